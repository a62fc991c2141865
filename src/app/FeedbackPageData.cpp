// The feedback page's data and commands: loading on a worker, showing what loaded, and the
// undoable changes run on the page's own connection.
#include "app/CsatSummaryWidget.h"
#include "app/CsatTableModel.h"
#include "app/FeedbackDialog.h"
#include "app/FeedbackFilterModel.h"
#include "app/FeedbackModel.h"
#include "app/FeedbackPage.h"
#include "app/ResolveComplaintDialog.h"
#include "storage/Database.h"
#include "storage/FeedbackRepository.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtConcurrent>

namespace attain::ui {

void FeedbackPage::setDatabasePath(const QString &path)
{
    m_path = path;
    m_commandDatabase.reset();
    m_undoStack->clear();
    reload();
}

void FeedbackPage::setActor(const storage::Actor &actor)
{
    if (actor.name == m_actor.name && actor.repId == m_actor.repId)
        return;
    m_actor = actor;
    // Undoing another person's change is not this person's to do.
    m_undoStack->clear();
    reload();
}

void FeedbackPage::setAsOf(engine::Date asOf)
{
    m_asOf = asOf;
    reload();
}

void FeedbackPage::setPeriodPreset(PeriodPreset preset)
{
    m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(static_cast<int>(preset)));
    reload();
}

void FeedbackPage::reload()
{
    if (m_path.isEmpty()) {
        m_model->setEntries({});
        m_customerModel->setRows({});
        m_repModel->setRows({});
        m_summary->clear();
        updateActions();
        return;
    }
    if (!isVisible()) {
        // Nobody is looking: load when the page is shown (the dashboard loads first at startup).
        m_reloadWhenShown = true;
        return;
    }
    m_reloadWhenShown = false;
    m_summary->clear();
    const quint64 generation = ++*m_generation;
    // Superseded requests are dropped; the task captures values and the shared counter only.
    m_watcher.setFuture(
        QtConcurrent::run([path = m_path, period = period(), actor = m_actor, generation, latest = m_generation]() {
            FeedbackData data = loadFeedback(path, period, actor);
            data.stale = generation != latest->load();
            return data;
        }));
}

void FeedbackPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void FeedbackPage::showData(const FeedbackData &data)
{
    if (!data.error.isEmpty()) {
        showNotice(tr("Could not load the feedback: %1").arg(data.error));
        Q_EMIT loaded();
        return;
    }
    const QString selectedId = selectedEntry() ? selectedEntry()->id : QString();
    const QString customer = m_proxy->customerId();
    const QString rep = m_proxy->repId();
    const bool repFilter = m_proxy->repFilterIsSet();
    m_data = data;
    m_summary->setSummary(data.total);
    m_model->setEntries(data.entries);
    m_customerModel->setRows(data.byCustomer);
    m_repModel->setRows(data.byRep);
    // Keep what the user picked in the tables; a customer or rep without feedback any more
    // (another period) lets go of the filter.
    const auto reselect = [](QTableView *view, int sourceRow) {
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
        if (sourceRow >= 0)
            view->setCurrentIndex(proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0)));
    };
    {
        const QSignalBlocker customers(m_customerView->selectionModel());
        const QSignalBlocker reps(m_repView->selectionModel());
        if (!customer.isEmpty())
            reselect(m_customerView, m_customerModel->rowOf(customer));
        if (repFilter)
            reselect(m_repView, m_repModel->rowOf(rep));
    }
    if (!customer.isEmpty() && m_customerModel->rowOf(customer) < 0)
        m_proxy->setCustomerId({});
    if (repFilter && m_repModel->rowOf(rep) < 0)
        m_proxy->setRepId({});
    if (const int row = m_model->rowOf(selectedId); row >= 0)
        m_tableView->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    updateCount();
    updateActions();
    Q_EMIT loaded();
}

void FeedbackPage::showBreakdownSelection()
{
    // The current tab's selection narrows the list; the other tab's is cleared.
    const bool byCustomer = m_breakdownTabs->currentWidget() == m_customerView;
    QTableView *view = byCustomer ? m_customerView : m_repView;
    {
        QItemSelectionModel *other = (byCustomer ? m_repView : m_customerView)->selectionModel();
        const QSignalBlocker blocker(other);
        other->clear();
    }
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const QModelIndex current = rows.isEmpty() ? QModelIndex() : rows.first();
    const QString id = current.isValid() ? current.data(CsatTableModel::IdRole).toString() : QString();
    m_proxy->setCustomerId(byCustomer ? id : QString());
    m_proxy->setRepId(byCustomer ? QString() : id, !byCustomer && current.isValid());
    updateCount();
}

namespace {
QString selectedName(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}
} // namespace

void FeedbackPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    QString whose;
    if (!m_proxy->customerId().isEmpty())
        whose = tr("customer %1").arg(selectedName(m_customerView));
    else if (m_proxy->repFilterIsSet())
        whose = tr("rep %1").arg(selectedName(m_repView));
    const QString of = QLocale().toString(m_model->rowCount());
    m_showingLabel->setText(m_model->rowCount() == 0 ? tr("No feedback received in this period.")
            : whose.isEmpty() ? tr("Showing %1 of %2 feedback records").arg(QLocale().toString(shown), of)
                              : tr("Showing %1 of %2 feedback records: %3").arg(QLocale().toString(shown), of, whose));
    m_showAllButton->setEnabled(!whose.isEmpty());
}

const storage::FeedbackEntry *FeedbackPage::selectedEntry() const
{
    const QModelIndex index = m_tableView->currentIndex();
    return index.isValid() ? m_model->entry(m_proxy->mapToSource(index).row()) : nullptr;
}

void FeedbackPage::updateActions()
{
    const storage::FeedbackEntry *entry = selectedEntry();
    m_recordAction->setEnabled(!m_path.isEmpty());
    m_editAction->setEnabled(entry);
    m_deleteAction->setEnabled(entry);
    m_resolveAction->setEnabled(entry && entry->complaint);
    m_reopenAction->setEnabled(entry && entry->status() == storage::ComplaintStatus::Resolved);
    QStringList detail;
    if (entry && !entry->notes.isEmpty())
        detail << tr("Notes: %1").arg(entry->notes);
    if (entry && !entry->resolution.isEmpty())
        detail << (entry->resolvedOn
                ? tr("Resolution (%1): %2")
                      .arg(QString::fromStdString(engine::toIsoString(*entry->resolvedOn)), entry->resolution)
                : tr("Resolution: %1").arg(entry->resolution));
    m_detailLabel->setText(detail.join(QLatin1Char('\n')));
    m_detailLabel->setVisible(!detail.isEmpty());
}

void FeedbackPage::showNotice(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

bool FeedbackPage::run(const FeedbackStep &step)
{
    try {
        if (!m_commandDatabase) {
            auto opened = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
            if (!opened.database)
                throw storage::StorageError(opened.message);
            m_commandDatabase = std::move(opened.database);
        }
        storage::FeedbackRepository repository(m_commandDatabase->connection());
        step(repository, m_actor);
    } catch (const storage::StorageError &error) {
        showNotice(tr("Could not save the change: %1").arg(error.message()));
        return false;
    }
    showNotice({});
    reload();
    Q_EMIT feedbackChanged();
    return true;
}

void FeedbackPage::push(std::unique_ptr<FeedbackCommand> command)
{
    if (command)
        m_undoStack->push(command.release());
}

void FeedbackPage::recordFeedback()
{
    if (m_path.isEmpty())
        return;
    auto *dialog = new FeedbackDialog(m_data.customers, m_data.reps, m_actor, m_asOf, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const storage::FeedbackDraft draft = dialog->draft();
        storage::FeedbackEntry entry;
        entry.customerId = draft.customerId;
        entry.repId = draft.repId;
        entry.receivedOn = draft.receivedOn;
        entry.score = draft.score;
        entry.complaint = draft.complaint;
        entry.notes = draft.notes;
        push(ui::recordFeedback([this](const FeedbackStep &step) { return run(step); }, entry));
    });
    dialog->open();
}

void FeedbackPage::editSelected()
{
    const storage::FeedbackEntry *selected = selectedEntry();
    if (!selected)
        return;
    const storage::FeedbackEntry before = *selected;
    const storage::FeedbackDraft initial { before.customerId, before.repId, before.receivedOn, before.score,
        before.complaint, before.notes };
    auto *dialog = new FeedbackDialog(m_data.customers, m_data.reps, m_actor, m_asOf, initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, initial] {
        if (const storage::FeedbackDraft after = dialog->draft(); after != initial)
            push(editFeedback([this](const FeedbackStep &step) { return run(step); }, before, after));
    });
    dialog->open();
}

void FeedbackPage::resolveSelected()
{
    const storage::FeedbackEntry *selected = selectedEntry();
    if (!selected || !selected->complaint)
        return;
    const storage::FeedbackEntry before = *selected;
    auto *dialog = new ResolveComplaintDialog(before, m_asOf, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        push(resolveComplaint([this](const FeedbackStep &step) { return run(step); }, before, dialog->resolution()));
    });
    dialog->open();
}

void FeedbackPage::reopenSelected()
{
    if (const storage::FeedbackEntry *selected = selectedEntry())
        push(reopenComplaint([this](const FeedbackStep &step) { return run(step); }, *selected));
}

void FeedbackPage::deleteSelected()
{
    // Undoable (Ctrl+Z), so no confirmation in the way.
    if (const storage::FeedbackEntry *selected = selectedEntry())
        push(deleteFeedback([this](const FeedbackStep &step) { return run(step); }, *selected));
}

} // namespace attain::ui
