#include "app/ActivitiesPage.h"

#include "app/ActivitiesModel.h"
#include "app/ActivityCommands.h"
#include "app/ActivityDialog.h"
#include "app/ActivityEntryForm.h"
#include "app/ActivityFilterBar.h"
#include "app/ActivityStore.h"
#include "app/ActivityTypeText.h"
#include "app/AppSettings.h"
#include "app/TableViewCsv.h"
#include "app/UndoActions.h"
#include "app/ViewHelpers.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QScopedValueRollback>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace attain::ui {

namespace {
QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

ActivitiesPage::ActivitiesPage(AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_store(new ActivityStore(this))
    , m_undoStack(new QUndoStack(this))
    , m_form(new ActivityEntryForm(tr("&Add"), this))
    , m_filterBar(new ActivityFilterBar(this))
    , m_model(new ActivitiesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tableView(new QTableView(this))
    , m_noticeLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_editAction(new QAction(tr("Edit…"), this))
    , m_deleteAction(new QAction(tr("Delete"), this))
    , m_load(this, [this](ActivitiesData data) { showData(std::move(data)); })
{
    m_form->setObjectName(QStringLiteral("activityEntryForm"));
    m_filterBar->setObjectName(QStringLiteral("activityFilterBar"));
    m_tableView->setObjectName(QStringLiteral("activitiesTableView"));
    attachCsvExport(m_tableView, QStringLiteral("activities"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_form->setDealSource([this](const QString &customer, const QString &also) { return m_store->deals(customer, also); });

    auto *title = new QLabel(tr("Log an activity"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    const auto [undo, redo] = addUndoRedoActions(this, m_undoStack);
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_tableView->addAction(m_editAction);
    m_tableView->addAction(m_deleteAction);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    for (QAction *action : {m_editAction, m_deleteAction, undo, redo})
        header->addWidget(buttonFor(action, this));

    setUpRecordTable(m_tableView, m_proxy, m_model, ActivitiesModel::SortRole, ActivitiesModel::Date);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_form);
    layout->addWidget(line);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_countLabel);
    setTabOrder(m_form, m_filterBar);
    setTabOrder(m_filterBar, m_tableView);

    connect(m_form, &ActivityEntryForm::submitted, this, &ActivitiesPage::addFromForm);
    connect(m_store, &ActivityStore::changed, this, [this] {
        reload();
        Q_EMIT activitiesChanged();
    });
    // Refusals of the form's own writes are shown in the form; these are undo's and redo's.
    connect(m_store, &ActivityStore::failed, this, [this](const QString &message) {
        if (m_formWriting)
            return;
        m_noticeLabel->setText(message);
        m_noticeLabel->show();
    });
    connect(m_filterBar, &ActivityFilterBar::changed, this, &ActivitiesPage::reload);
    connect(m_tableView, &QTableView::activated, this, &ActivitiesPage::editCurrent);
    connect(m_editAction, &QAction::triggered, this, &ActivitiesPage::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &ActivitiesPage::deleteCurrent);
    setActor({});
    updateCount();
}

ActivitiesPage::~ActivitiesPage() = default;

void ActivitiesPage::setDatabasePath(const QString &path)
{
    m_undoStack->clear(); // its commands name another file's rows
    m_path = path;
    m_defaultsApplied = false;
    m_store->setDatabasePath(path);
    reload();
}

void ActivitiesPage::setActor(const storage::Actor &actor)
{
    if (actor.repId != m_actor.repId)
        m_undoStack->clear(); // the new person may not change what the old one did
    m_actor = actor;
    m_store->setActor(actor);
    m_form->setActor(actor);
    m_filterBar->setRepFilterVisible(actor.isManager());
    m_tableView->setColumnHidden(ActivitiesModel::Rep, !actor.isManager());
    if (!m_path.isEmpty())
        reload();
}

void ActivitiesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void ActivitiesPage::reload()
{
    if (m_path.isEmpty())
        return;
    // A hidden page loads when it is shown: the dashboard opening with the file has the cores.
    m_reloadWhenShown = !isVisible();
    if (m_reloadWhenShown)
        return;
    m_countLabel->setText(tr("Loading…"));
    // The task never captures `this`.
    m_load.start([path = m_path, filter = m_filterBar->filter(), actor = m_actor] { return loadActivities(path, filter, actor); });
}

void ActivitiesPage::showData(ActivitiesData data)
{
    if (data.databasePath != m_path)
        return;
    const QString selected = m_selectAfterLoad.isEmpty() ? currentId() : m_selectAfterLoad;
    m_selectAfterLoad.clear();
    m_noticeLabel->setText(data.error.isEmpty() ? QString() : tr("Could not load the activities: %1").arg(data.error));
    m_noticeLabel->setVisible(!data.error.isEmpty());
    // Refilled only when they changed: thousands of customers, and a reload after every entry.
    const auto sameCustomers = [](const storage::CustomerChoice &a, const storage::CustomerChoice &b) {
        return a.id == b.id && a.name == b.name;
    };
    if (!std::equal(m_customers.begin(), m_customers.end(), data.customers.begin(), data.customers.end(), sameCustomers)) {
        m_customers = std::move(data.customers);
        m_form->setCustomers(m_customers);
    }
    if (m_reps != data.reps) {
        m_reps = std::move(data.reps);
        m_form->setReps(m_reps);
        m_filterBar->setReps(m_reps);
    }
    if (!m_defaultsApplied) {
        m_defaultsApplied = true;
        applyDefaults(*m_form);
    }
    m_model->setActivities(std::move(data.activities));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    m_tableView->resizeColumnsToContents();
    updateCount();
    Q_EMIT loaded();
}

void ActivitiesPage::updateCount()
{
    const int total = m_model->rowCount();
    if (m_path.isEmpty())
        m_countLabel->clear();
    else if (total == 0)
        m_countLabel->setText(tr("No activities match these filters."));
    else
        m_countLabel->setText(tr("%n activities, %1 minutes", nullptr, total).arg(QLocale().toString(m_model->totalMinutes())));
}

void ActivitiesPage::applyDefaults(ActivityEntryForm &form) const
{
    const AppSettings::ActivityDefaults defaults = m_settings.activityDefaults(m_path);
    form.setDefaults(defaults.type, defaults.minutes, defaults.customerId);
}

void ActivitiesPage::rememberDefaults(const storage::Activity &activity)
{
    m_settings.setActivityDefaults(m_path, {activity.type, activity.minutes, activity.customerId});
}

void ActivitiesPage::addFromForm()
{
    const QScopedValueRollback writing(m_formWriting, true);
    storage::Activity activity = m_form->activity();
    activity.id.clear();
    if (!m_store->insert(activity)) {
        m_form->showProblem(m_store->lastError());
        return;
    }
    m_noticeLabel->hide();
    m_selectAfterLoad = activity.id;
    m_undoStack->push(new AddActivityCommand(*m_store, activity));
    rememberDefaults(activity);
    m_form->clearForNext();
}

bool ActivitiesPage::logActivity(QWidget *over)
{
    if (m_path.isEmpty())
        return false;
    ActivityDialog dialog(tr("Log Activity"), tr("&Log"), [this](const storage::Activity &entered) {
        const QScopedValueRollback writing(m_formWriting, true);
        storage::Activity activity = entered;
        activity.id.clear();
        if (!m_store->insert(activity))
            return m_store->lastError();
        m_selectAfterLoad = activity.id;
        m_undoStack->push(new AddActivityCommand(*m_store, activity));
        rememberDefaults(activity);
        return QString();
    }, over);
    if (m_customers.empty() || m_reps.empty()) {
        m_customers = m_store->customers();
        m_reps = m_store->reps();
        m_form->setCustomers(m_customers);
        m_form->setReps(m_reps);
        m_filterBar->setReps(m_reps);
    }
    ActivityEntryForm &form = *dialog.form();
    form.setDealSource([this](const QString &customer, const QString &also) { return m_store->deals(customer, also); });
    form.setActor(m_actor);
    form.setReps(m_reps);
    form.setCustomers(m_customers);
    applyDefaults(form);
    form.focusFirstField();
    return dialog.exec() == QDialog::Accepted;
}

QString ActivitiesPage::currentId() const
{
    const QModelIndex index = m_tableView->currentIndex();
    return index.isValid() ? index.data(ActivitiesModel::IdRole).toString() : QString();
}

void ActivitiesPage::editCurrent()
{
    const auto before = m_store->find(currentId());
    if (!before)
        return;
    ActivityDialog dialog(tr("Edit Activity"), tr("&Save"), [this, &before](const storage::Activity &after) {
        const QScopedValueRollback writing(m_formWriting, true);
        if (!m_store->update(after))
            return m_store->lastError();
        m_undoStack->push(new EditActivityCommand(*m_store, *before, after));
        return QString();
    }, this);
    ActivityEntryForm &form = *dialog.form();
    form.setDealSource([this](const QString &customer, const QString &also) { return m_store->deals(customer, also); });
    form.setActor(m_actor);
    form.setReps(m_reps);
    form.setCustomers(m_customers);
    form.setActivity(*before);
    form.focusFirstField();
    dialog.exec();
}

void ActivitiesPage::deleteCurrent()
{
    const auto activity = m_store->find(currentId());
    if (!activity)
        return;
    const QString what = tr("%1 with %2 on %3")
                             .arg(activityTypeNameOfKey(activity->type),
                                  activity->customerName.isEmpty() ? tr("no customer") : activity->customerName,
                                  activity->occurredOn.toString(Qt::ISODate));
    if (QMessageBox::question(this, tr("Delete Activity"), tr("Delete the activity “%1”?").arg(what))
        != QMessageBox::Yes)
        return;
    if (m_store->remove(activity->id))
        m_undoStack->push(new DeleteActivityCommand(*m_store, *activity));
}

} // namespace attain::ui
