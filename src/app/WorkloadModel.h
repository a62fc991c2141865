#pragma once

#include "engine/Workload.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace attain::ui {

/// The workload grid: one row per rep, a column per ISO week ("7 · 5.5 h": activities and
/// hours, the load class as a colour and a mark), then the rep's mean hours a week, load and
/// class over the range. The week cells' tooltips break the week down by activity type.
class WorkloadModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadModel)

public:
    enum Role {
        LoadClassRole = Qt::UserRole + 1, ///< int (engine::LoadClass) or an invalid QVariant
        SortRole,                          ///< a number to sort by
    };
    /// What the week cells say.
    enum class CellText { CountAndHours, Hours, Count };

    explicit WorkloadModel(QObject *parent = nullptr);

    /// Shows `result`; with a non-empty `onlyRepId` (a rep looking at their own workload) only
    /// that rep's row.
    void setResult(const engine::WorkloadResult &result, const QString &onlyRepId = {});
    void setCellText(CellText text);
    [[nodiscard]] CellText cellText() const { return m_cellText; }

    [[nodiscard]] int weekCount() const { return static_cast<int>(m_weeks.size()); }
    [[nodiscard]] int firstWeekColumn() const { return 1; }
    [[nodiscard]] int meanHoursColumn() const { return 1 + weekCount(); }
    [[nodiscard]] int loadColumn() const { return 2 + weekCount(); }
    [[nodiscard]] int classColumn() const { return 3 + weekCount(); }
    [[nodiscard]] const engine::RepWorkload &repAt(int row) const { return m_reps[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant weekData(const engine::RepWorkload &rep, const engine::WeekLoad &week, int role) const;
    [[nodiscard]] QString weekText(const engine::WeekLoad &week) const;
    [[nodiscard]] QString weekToolTip(const engine::RepWorkload &rep, const engine::WeekLoad &week) const;

    std::vector<engine::IsoWeek> m_weeks;
    std::vector<engine::RepWorkload> m_reps;
    CellText m_cellText = CellText::CountAndHours;
};

} // namespace attain::ui
