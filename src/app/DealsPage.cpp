#include "app/DealsPage.h"

#include "app/ActivityText.h"
#include "app/DealCommands.h"
#include "app/DealDialog.h"
#include "app/DealFilterBar.h"
#include "app/DealStore.h"
#include "app/DealsModel.h"
#include "app/TableViewCsv.h"
#include "app/UndoActions.h"
#include "app/ViewHelpers.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace attain::ui {

namespace {
/// "12 deals, 5 open worth ¥1,200,000"; the worth only when the open deals share a currency.
QString countText(int total, int open, const QString &worth)
{
    if (open == total)
        return worth.isEmpty() ? DealsPage::tr("%n open deals", nullptr, open)
                               : DealsPage::tr("%n open deals worth %1", nullptr, open).arg(worth);
    return worth.isEmpty() ? DealsPage::tr("%n deals, %1 open", nullptr, total).arg(open)
                           : DealsPage::tr("%n deals, %1 open worth %2", nullptr, total).arg(open).arg(worth);
}
} // namespace

DealsPage::DealsPage(QWidget *parent)
    : QWidget(parent)
    , m_store(new DealStore(this))
    , m_undoStack(new QUndoStack(this))
    , m_filterBar(new DealFilterBar(this))
    , m_model(new DealsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tableView(new QTableView(this))
    , m_noticeLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_newAction(new QAction(tr("&New Deal…"), this))
    , m_editAction(new QAction(tr("Edit…"), this))
    , m_wonAction(new QAction(tr("Mark Won"), this))
    , m_lostAction(new QAction(tr("Mark Lost…"), this))
    , m_deleteAction(new QAction(tr("Delete"), this))
    , m_load(this, [this](DealsData data) { showData(std::move(data)); })
{
    m_filterBar->setObjectName(QStringLiteral("dealFilterBar"));
    m_tableView->setObjectName(QStringLiteral("dealsTableView"));
    attachCsvExport(m_tableView, QStringLiteral("deals"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_newAction->setObjectName(QStringLiteral("newDealAction"));
    m_wonAction->setObjectName(QStringLiteral("markWonAction"));
    m_lostAction->setObjectName(QStringLiteral("markLostAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteDealAction"));

    auto *title = new QLabel(tr("Deals"), this);
    makeTitle(title, 1.2);
    const auto [undo, redo] = addUndoRedoActions(this, m_undoStack);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(tr("New deal (Ctrl+Shift+D)"));
    addAction(m_newAction);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_tableView->addAction(m_deleteAction);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    for (QAction *action : {m_newAction, m_editAction, m_wonAction, m_lostAction, m_deleteAction, undo, redo}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
        if (action == m_deleteAction)
            m_deleteButton = button; // a tool button stays visible with a hidden action
    }

    setUpRecordTable(m_tableView, m_proxy, m_model, DealsModel::SortRole, DealsModel::Created);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_countLabel);
    setTabOrder(m_filterBar, m_tableView);

    connect(m_store, &DealStore::changed, this, [this] {
        reload();
        Q_EMIT dealsChanged();
    });
    // Refusals of the dialog's writes show in the dialog; these are undo's, redo's and quick actions.
    connect(m_store, &DealStore::failed, this, &DealsPage::showNotice);
    connect(m_filterBar, &DealFilterBar::changed, this, &DealsPage::reload);
    onOpen(m_tableView, [this](const QModelIndex &) { editCurrent(); });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DealsPage::updateActions);
    connect(m_newAction, &QAction::triggered, this, &DealsPage::newDeal);
    connect(m_editAction, &QAction::triggered, this, &DealsPage::editCurrent);
    connect(m_wonAction, &QAction::triggered, this, &DealsPage::markCurrentWon);
    connect(m_lostAction, &QAction::triggered, this, &DealsPage::markCurrentLost);
    connect(m_deleteAction, &QAction::triggered, this, &DealsPage::deleteCurrent);
    setActor({});
    updateCount();
}

DealsPage::~DealsPage() = default;

void DealsPage::setDatabasePath(const QString &path)
{
    m_undoStack->clear(); // its commands name another file's rows
    m_path = path;
    m_choices = {};
    m_store->setDatabasePath(path);
    reload();
}

void DealsPage::setActor(const storage::Actor &actor)
{
    if (actor.repId != m_actor.repId)
        m_undoStack->clear(); // the new person may not change what the old one did
    m_actor = actor;
    m_store->setActor(actor);
    m_filterBar->setOwnerFilterVisible(actor.isManager());
    m_tableView->setColumnHidden(DealsModel::Owner, !actor.isManager());
    m_deleteAction->setVisible(actor.isManager()); // reps never delete deals
    m_deleteButton->setVisible(actor.isManager());
    if (!m_path.isEmpty())
        reload();
    updateActions();
}

void DealsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void DealsPage::reload()
{
    if (m_path.isEmpty())
        return;
    m_reloadWhenShown = !isVisible();
    if (m_reloadWhenShown)
        return;
    m_countLabel->setText(tr("Loading…"));
    // The task never captures `this`.
    m_load.start([path = m_path, filter = m_filterBar->filter(), actor = m_actor] { return loadDeals(path, filter, actor); });
}

void DealsPage::showData(DealsData data)
{
    if (data.databasePath != m_path)
        return;
    const QString selected = m_selectAfterLoad.isEmpty() ? currentId() : m_selectAfterLoad;
    m_selectAfterLoad.clear();
    if (!data.error.isEmpty())
        showNotice(tr("Could not load the deals: %1").arg(data.error));
    if (m_choices.reps != data.choices.reps)
        m_filterBar->setReps(data.choices.reps);
    m_choices = std::move(data.choices);
    m_model->setDeals(std::move(data.deals));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    m_tableView->resizeColumnsToContents();
    updateCount();
    updateActions();
    Q_EMIT loaded();
}

void DealsPage::updateCount()
{
    const int total = m_model->rowCount();
    if (m_path.isEmpty())
        m_countLabel->clear();
    else if (total == 0)
        m_countLabel->setText(m_actor.isManager() ? tr("No deals match these filters.")
                                                  : tr("None of your deals match these filters."));
    else
        m_countLabel->setText(countText(total, m_model->openCount(), m_model->openPipeline()));
}

void DealsPage::updateActions()
{
    const storage::Deal *deal = m_model->deal(m_proxy->mapToSource(m_tableView->currentIndex()).row());
    const bool mayChange = deal && !deal->sharedWithActor;
    m_editAction->setEnabled(mayChange);
    m_wonAction->setEnabled(mayChange && deal->stage != QLatin1String("won"));
    m_lostAction->setEnabled(mayChange && deal->stage != QLatin1String("lost"));
    m_deleteAction->setEnabled(mayChange && m_actor.isManager());
    m_newAction->setEnabled(!m_path.isEmpty());
}

void DealsPage::showNotice(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

QString DealsPage::currentId() const
{
    const QModelIndex index = m_tableView->currentIndex();
    return index.isValid() ? index.data(DealsModel::IdRole).toString() : QString();
}

std::optional<storage::Deal> DealsPage::currentEditable()
{
    auto deal = m_store->find(currentId());
    if (deal && deal->sharedWithActor) {
        showNotice(tr("This deal is shared with you; only its owner, %1, or a manager can change it.").arg(deal->ownerName));
        return std::nullopt;
    }
    return deal;
}

bool DealsPage::newDeal()
{
    if (m_path.isEmpty())
        return false;
    if (m_choices.customers.empty())
        m_choices = loadDealChoices(m_path);
    DealDialog dialog(tr("New Deal"), m_actor, m_choices, [this](const storage::Deal &entered) {
        storage::Deal deal = entered;
        deal.id.clear();
        if (!m_store->insert(deal))
            return m_store->lastError();
        showNotice({});
        m_selectAfterLoad = deal.id;
        // Undoing a new deal deletes it, which only a manager may; a rep marks it lost instead.
        if (m_actor.isManager())
            m_undoStack->push(new AddDealCommand(*m_store, deal));
        return QString();
    }, this);
    return dialog.exec() == QDialog::Accepted;
}

void DealsPage::editCurrent()
{
    const auto before = currentEditable();
    if (!before)
        return;
    DealDialog dialog(tr("Edit Deal"), m_actor, m_choices, [this, &before](const storage::Deal &after) {
        if (!m_store->update(after))
            return m_store->lastError();
        showNotice({});
        m_undoStack->push(new EditDealCommand(*m_store, *before, after));
        return QString();
    }, this);
    dialog.setDeal(*before);
    dialog.exec();
}

void DealsPage::changeCurrent(const std::function<void(storage::Deal &)> &change)
{
    const auto before = currentEditable();
    if (!before)
        return;
    storage::Deal after = *before;
    change(after);
    if (m_store->update(after)) {
        // The row may leave an "Open" list: say what happened and how to take it back.
        showNotice(tr("The deal with %1 is now %2. Ctrl+Z undoes it.").arg(after.customerName, dealStageName(after.stage)));
        m_undoStack->push(new EditDealCommand(*m_store, *before, after));
    }
}

void DealsPage::markCurrentWon()
{
    changeCurrent([](storage::Deal &deal) {
        deal.stage = QStringLiteral("won");
        deal.closedOn = QDate::currentDate();
    });
}

void DealsPage::markCurrentLost()
{
    const auto deal = currentEditable();
    if (!deal)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Mark Lost"), tr("Why was the deal with %1 lost?").arg(deal->customerName),
                                                 QLineEdit::Normal, deal->lostReason, &ok);
    if (!ok)
        return;
    changeCurrent([&reason](storage::Deal &lost) {
        lost.stage = QStringLiteral("lost");
        lost.closedOn = QDate::currentDate();
        lost.lostReason = reason;
    });
}

void DealsPage::deleteCurrent()
{
    if (!m_actor.isManager())
        return;
    const auto deal = m_store->find(currentId());
    if (!deal)
        return;
    if (QMessageBox::question(this, tr("Delete Deal"), tr("Delete the deal with %1?").arg(deal->customerName))
        != QMessageBox::Yes)
        return;
    if (m_store->remove(deal->id))
        m_undoStack->push(new DeleteDealCommand(*m_store, *deal));
}

} // namespace attain::ui
