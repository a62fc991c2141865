// ReviewsPage's commands: scheduling, marking held, action items, notes; and the storage
// connection they run on.
#include "app/ReviewsPage.h"

#include "app/ActionItemsModel.h"
#include "app/NewReviewDialog.h"
#include "app/ReviewDetailWidget.h"
#include "app/ReviewListModel.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/ReviewTemplates.h"
#include "storage/StorageError.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace attain::ui {

bool ReviewsPage::runCommand(const std::function<void(storage::ReviewRepository &)> &command)
{
    try {
        if (!m_commandDatabase) {
            auto opened = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
            if (!opened.database)
                throw storage::StorageError(opened.message);
            m_commandDatabase = std::move(opened.database);
        }
        storage::ReviewRepository reviews(m_commandDatabase->connection());
        command(reviews);
        return true;
    } catch (const storage::StorageError &error) {
        showError(error.message());
        return false;
    }
}

void ReviewsPage::showError(const QString &message)
{
    m_noticeLabel->setText(message);
    m_noticeLabel->setVisible(!message.isEmpty());
}

bool ReviewsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut
        && (watched == m_detailWidget->notesEdit || watched == m_detailWidget->decisionsEdit))
        saveTexts();
    return QWidget::eventFilter(watched, event);
}

void ReviewsPage::saveTexts()
{
    m_saveTimer->stop();
    if (!m_detail.review || !m_actor.isManager())
        return;
    const QString notes = m_detailWidget->notesEdit->toPlainText();
    const QString decisions = m_detailWidget->decisionsEdit->toPlainText();
    if (notes == m_detail.review->notes && decisions == m_detail.review->decisions)
        return;
    storage::Review after = *m_detail.review;
    after.notes = notes;
    after.decisions = decisions;
    m_undo->push(new EditReviewCommand(
        *this, *m_detail.review, after, notes != m_detail.review->notes ? tr("Edit notes") : tr("Edit decisions")));
}

void ReviewsPage::reviewChanged(const storage::Review &review)
{
    if (!m_detail.review || m_detail.review->id != review.id)
        return;
    const bool statusChanged = m_detail.review->status != review.status || m_detail.review->heldOn != review.heldOn;
    m_detail.review = review;
    m_fillingTexts = true;
    if (m_detailWidget->notesEdit->toPlainText() != review.notes)
        m_detailWidget->notesEdit->setPlainText(review.notes);
    if (m_detailWidget->decisionsEdit->toPlainText() != review.decisions)
        m_detailWidget->decisionsEdit->setPlainText(review.decisions);
    m_fillingTexts = false;
    showHeader();
    updateActions();
    if (statusChanged)
        reload(); // the list's order and status column
}

void ReviewsPage::itemAdded(const storage::ActionItem &item)
{
    if (m_detail.review && item.reviewId == m_detail.review->id)
        m_items->insertItem(item);
    m_detailWidget->fitTables();
    updateItemTitles();
}

void ReviewsPage::itemRemoved(const QString &id)
{
    m_items->removeItem(id);
    m_detailWidget->fitTables();
    updateItemTitles();
}

void ReviewsPage::itemChanged(const storage::ActionItem &item)
{
    m_items->replaceItem(item);
    m_carried->replaceItem(item);
    updateItemTitles();
    updateActions();
}

void ReviewsPage::updateItemTitles()
{
    const int overdue = m_carried->overdueCount();
    QString carried = tr("Carried over from earlier reviews (%n)", nullptr, m_carried->rowCount());
    if (overdue > 0)
        carried += QStringLiteral(" — ") + tr("⚠ %n overdue", nullptr, overdue);
    m_detailWidget->carriedTitle->setText(carried);
    m_detailWidget->itemsTitle->setText(tr("Action items of this review (%n)", nullptr, m_items->rowCount()));
}

void ReviewsPage::updateActions()
{
    const bool manager = m_actor.isManager();
    const bool shown = m_detail.review.has_value();
    ReviewDetailWidget *d = m_detailWidget;
    const bool scheduled = shown && m_detail.review->status == storage::ReviewStatus::Scheduled;
    d->markHeldButton->setEnabled(manager && scheduled);
    d->scheduleNextButton->setEnabled(manager && shown);
    d->deleteReviewButton->setEnabled(manager && scheduled);
    d->addItemButton->setEnabled(manager && shown);
    d->notesEdit->setReadOnly(!manager);
    d->decisionsEdit->setReadOnly(!manager);
    const auto closable = [&](const ActionItemsModel *model, const QTableView *view) {
        const storage::ActionItem *item = model->item(view->currentIndex().row());
        return item && !item->isClosed() && (manager || item->ownerRepId == m_actor.repId);
    };
    d->closeItemButton->setEnabled(closable(m_items, d->itemsView));
    d->closeCarriedButton->setEnabled(closable(m_carried, d->carriedView));
    d->deleteItemButton->setEnabled(manager && m_items->item(d->itemsView->currentIndex().row()));
}

void ReviewsPage::newReview()
{
    if (m_path.isEmpty() || !m_actor.isManager()) {
        showError(tr("Only a manager can schedule a review."));
        return;
    }
    NewReviewDialog dialog(m_list.teams, m_list.reps, m_asOf, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const storage::ReviewDraft draft = dialog.draft();
    QString id;
    if (runCommand([&](storage::ReviewRepository &reviews) { id = reviews.create(draft, m_actor, m_asOf); })) {
        showError({});
        m_wanted = id;
        reload();
    }
}

void ReviewsPage::markHeld()
{
    if (!m_detail.review || m_detail.review->status == storage::ReviewStatus::Held)
        return;
    saveTexts();
    storage::Review after = *m_detail.review;
    after.status = storage::ReviewStatus::Held;
    // Held early: it took place today, which is what carry-over counts from.
    after.heldOn = std::min(after.heldOn, m_asOf);
    m_undo->push(new EditReviewCommand(*this, *m_detail.review, after, tr("Mark as held")));
}

void ReviewsPage::scheduleNext()
{
    if (!m_detail.review)
        return;
    const storage::Review &review = *m_detail.review;
    const QString title = storage::reviewTitle(review.kind, review.scope.isCompany() ? QString() : review.scopeName,
        storage::nextReviewDate(review.kind, review.heldOn));
    QString id;
    if (runCommand([&](storage::ReviewRepository &reviews) { id = reviews.scheduleNext(review.id, title, m_actor); })) {
        showError({});
        m_wanted = id;
        reload();
    }
}

void ReviewsPage::deleteReview()
{
    if (!m_detail.review)
        return;
    const storage::Review review = *m_detail.review;
    if (QMessageBox::question(
            this, tr("Delete Review"), tr("Delete “%1” and its action items? This cannot be undone.").arg(review.title))
        != QMessageBox::Yes)
        return;
    if (runCommand([&](storage::ReviewRepository &reviews) { reviews.remove(review.id, m_actor); })) {
        m_detail = {};
        reload();
    }
}

void ReviewsPage::addActionItem()
{
    if (!m_detail.review)
        return;
    storage::ActionItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.reviewId = m_detail.review->id;
    item.text = tr("New action item");
    item.ownerRepId = m_detail.review->scope.repId;
    item.dueOn = engine::addDays(std::max(m_detail.review->heldOn, m_asOf), 7);
    m_undo->push(new AddActionItemCommand(*this, item));
    if (const int row = m_items->rowOf(item.id); row >= 0) {
        QTableView *view = m_detailWidget->itemsView;
        view->setCurrentIndex(m_items->index(row, ActionItemsModel::TextColumn));
        view->setFocus();
        view->edit(view->currentIndex());
    }
}

void ReviewsPage::closeActionItem(bool carried)
{
    ActionItemsModel *model = carried ? m_carried : m_items;
    const QTableView *view = carried ? m_detailWidget->carriedView : m_detailWidget->itemsView;
    const storage::ActionItem *item = model->item(view->currentIndex().row());
    if (!item || item->isClosed())
        return;
    storage::ActionItem after = *item;
    after.status = storage::ActionStatus::Done;
    m_undo->push(new EditActionItemCommand(*this, *item, after));
}

void ReviewsPage::deleteActionItem()
{
    const storage::ActionItem *item = m_items->item(m_detailWidget->itemsView->currentIndex().row());
    if (item)
        m_undo->push(new AddActionItemCommand(*this, *item, true));
}

} // namespace attain::ui
