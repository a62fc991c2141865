#pragma once

#include "storage/DashboardTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace attain::ui {

/// The leaderboard's rows: one rep each, in the order given (by rank), with revenue, target,
/// attainment, the change against the previous period and the monthly trend. Display text is
/// for people; SortRole holds raw numbers, TrendRole the trend for SparklineDelegate.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardModel)

public:
    enum Column {
        RankColumn,
        RepColumn,
        TeamColumn,
        RevenueColumn,
        TargetColumn,
        AttainmentColumn,
        ChangeColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        RepIdRole, ///< the rep's UUID, on every column
        TrendRole, ///< QList<qint64>: monthly revenue, oldest first (SparklineDelegate)
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setRows(std::vector<storage::LeaderboardRow> rows, const QString &currency);
    [[nodiscard]] const std::vector<storage::LeaderboardRow> &rows() const { return m_rows; }
    /// True for a rep who earned a medal: ranks 1–3 by attainment (reps without a target are
    /// ranked after those with one, by revenue, and earn none).
    [[nodiscard]] static bool hasMedal(const storage::LeaderboardRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QVariant display(const storage::LeaderboardRow &row, int column) const;
    [[nodiscard]] QVariant toolTip(const storage::LeaderboardRow &row, int column) const;
    [[nodiscard]] QVariant sortKey(const storage::LeaderboardRow &row, int column) const;

    std::vector<storage::LeaderboardRow> m_rows;
    QString m_currency;
};

} // namespace attain::ui
