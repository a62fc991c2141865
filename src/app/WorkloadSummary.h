#pragma once

#include "engine/Workload.h"

#include <QFrame>

class QLabel;

namespace attain::ui {

/// The strip above the workload grid: the team's mean load and hours, how even the load is
/// (spread), and who is overloaded and who is idle. A rep sees the team's mean only.
class WorkloadSummary final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadSummary)

public:
    explicit WorkloadSummary(QWidget *parent = nullptr);

    /// `teamOnly` shows the team mean alone (rep mode).
    void setResult(const engine::WorkloadResult &result, bool teamOnly);
    void clear();

    [[nodiscard]] QLabel *meanLabel() const { return m_mean; }
    [[nodiscard]] QLabel *spreadLabel() const { return m_spread; }
    [[nodiscard]] QLabel *overloadedLabel() const { return m_overloaded; }
    [[nodiscard]] QLabel *idleLabel() const { return m_idle; }

private:
    QLabel *addTile(const QString &title, const QString &objectName);

    QLabel *m_mean;
    QLabel *m_spread;
    QLabel *m_overloaded;
    QLabel *m_idle;
};

} // namespace attain::ui
