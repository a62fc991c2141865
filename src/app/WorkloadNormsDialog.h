#pragma once

#include "engine/Workload.h"

#include <QDialog>

#include <array>

class QDoubleSpinBox;
class QSpinBox;

namespace attain::ui {

/// Workload ▸ Norms…: the activities and hours a rep is expected to log in a full week, for
/// all activities together and, optionally, per type (0 = no norm of its own). Managers only;
/// storage refuses the change for a rep as well.
class WorkloadNormsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadNormsDialog)

public:
    explicit WorkloadNormsDialog(const engine::WorkloadNorms &norms, QWidget *parent = nullptr);

    [[nodiscard]] engine::WorkloadNorms norms() const;

    /// Row 0: all activities; rows 1… the types in engine::kActivityTypes order.
    [[nodiscard]] QSpinBox *countBox(std::size_t row) const { return m_counts[row]; }
    [[nodiscard]] QDoubleSpinBox *hoursBox(std::size_t row) const { return m_hours[row]; }

private:
    static constexpr std::size_t kRows = engine::kActivityTypes.size() + 1;
    std::array<QSpinBox *, kRows> m_counts {};
    std::array<QDoubleSpinBox *, kRows> m_hours {};
};

} // namespace attain::ui
