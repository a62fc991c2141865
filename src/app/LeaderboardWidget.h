#pragma once

#include "storage/DashboardTypes.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace attain::ui {

class LeaderboardModel;

/// The dashboard's ranking of reps: rank, rep, team, revenue, target, attainment, change
/// against the previous period and the monthly trend as a sparkline. The top three get a
/// medal with their rank and its name — recognition matters to reps. Plain data in: the page
/// passes DashboardSnapshot::leaderboard. Double-click or Enter on a rep emits repActivated.
class LeaderboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardWidget)

public:
    explicit LeaderboardWidget(QWidget *parent = nullptr);

    /// Shows `rows` sorted by rank; amounts are in minor units of `currency`. Empty rows show
    /// "No reps to rank." instead of the table.
    void setRows(const std::vector<storage::LeaderboardRow> &rows, const QString &currency);

    [[nodiscard]] LeaderboardModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }

Q_SIGNALS:
    /// The user asked to look into this rep (UUID): double-click or Enter.
    void repActivated(const QString &repId);

private:
    LeaderboardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_tableView;
    QLabel *m_emptyLabel;
};

} // namespace attain::ui
