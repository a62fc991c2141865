#include "app/ViewHelpers.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace attain::ui {

void makeTitle(QWidget *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void onOpen(QAbstractItemView *view, std::function<void(const QModelIndex &)> open)
{
    QObject::connect(view, &QAbstractItemView::doubleClicked, view, open);
    auto *action = new QAction(view);
    action->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view, open] {
        if (const QModelIndex index = view->currentIndex(); index.isValid())
            open(index);
    });
}

void setUpRecordTable(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *model, int sortRole,
                      int sortColumn)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Dense rows: a week of a team's calls fits on one screen.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 3 / 2);
    view->horizontalHeader()->setStretchLastSection(true);
}

void refillFilter(QComboBox *box, const std::vector<storage::OrganisationUnit> &units)
{
    const QSignalBlocker blocker(box);
    const QString current = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    for (const storage::OrganisationUnit &unit : units)
        box->addItem(unit.name, unit.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace attain::ui
