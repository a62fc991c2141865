#include "app/LeaderboardWidget.h"

#include "app/LeaderboardModel.h"
#include "app/SparklineDelegate.h"
#include "app/TableViewCsv.h"
#include "app/ViewHelpers.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace attain::ui {

LeaderboardWidget::LeaderboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new LeaderboardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new QLabel(tr("No reps to rank."), this))
{
    auto *title = new QLabel(tr("Leaderboard"), this);
    title->setObjectName(QStringLiteral("leaderboardTitleLabel"));
    makeTitle(title, 1.2);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LeaderboardModel::SortRole);
    m_tableView->setObjectName(QStringLiteral("leaderboardTableView"));
    attachCsvExport(m_tableView, QStringLiteral("leaderboard"));
    m_tableView->setAccessibleName(tr("Leaderboard"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->setItemDelegateForColumn(
        LeaderboardModel::TrendColumn, new SparklineDelegate(LeaderboardModel::TrendRole, m_tableView));
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The spare width goes to the trend, where it shows more, not to a gap after short names.
    header->setSectionResizeMode(LeaderboardModel::TrendColumn, QHeaderView::Stretch);
    // Icons follow the font, so the medal stays legible beside the text on any screen.
    const int icon = fontMetrics().height();
    m_tableView->setIconSize(QSize(icon, icon));

    m_emptyLabel->setObjectName(QStringLiteral("leaderboardEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_tableView);

    // Double-click and Enter drill in.
    onOpen(m_tableView, [this](const QModelIndex &index) {
        if (const QString id = index.data(LeaderboardModel::RepIdRole).toString(); !id.isEmpty())
            Q_EMIT repActivated(id);
    });
    m_stack->setCurrentWidget(m_emptyLabel);
}

void LeaderboardWidget::setRows(const std::vector<storage::LeaderboardRow> &rows, const QString &currency)
{
    std::vector<storage::LeaderboardRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const storage::LeaderboardRow &a, const storage::LeaderboardRow &b) { return a.rank < b.rank; });
    m_model->setRows(std::move(sorted), currency);
    m_tableView->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    m_stack->setCurrentWidget(rows.empty() ? static_cast<QWidget *>(m_emptyLabel) : m_tableView);
}

} // namespace attain::ui
