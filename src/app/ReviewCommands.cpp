#include "app/ReviewCommands.h"

#include "storage/ReviewRepository.h"

#include <QCoreApplication>

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::ReviewCommands", text);
}

bool sameDetails(const storage::ActionItem &a, const storage::ActionItem &b)
{
    return a.text == b.text && a.ownerRepId == b.ownerRepId && a.dueOn == b.dueOn && a.targetId == b.targetId;
}

} // namespace

AddActionItemCommand::AddActionItemCommand(ReviewCommandTarget &target, storage::ActionItem item, bool remove)
    : QUndoCommand(remove ? tr("Delete action item") : tr("Add action item"))
    , m_target(target)
    , m_item(std::move(item))
    , m_remove(remove)
{
}

void AddActionItemCommand::add()
{
    const engine::Date today = m_target.today();
    if (m_item.createdOn == engine::Date {})
        m_item.createdOn = today;
    if (!m_target.runCommand(
            [&](storage::ReviewRepository &reviews) { reviews.addActionItem(m_item, m_target.actor(), today); })) {
        setObsolete(true);
        return;
    }
    m_target.itemAdded(m_item);
}

void AddActionItemCommand::remove()
{
    if (!m_target.runCommand(
            [&](storage::ReviewRepository &reviews) { reviews.removeActionItem(m_item.id, m_target.actor()); })) {
        setObsolete(true);
        return;
    }
    m_target.itemRemoved(m_item.id);
}

void AddActionItemCommand::redo()
{
    m_remove ? remove() : add();
}

void AddActionItemCommand::undo()
{
    m_remove ? add() : remove();
}

EditActionItemCommand::EditActionItemCommand(
    ReviewCommandTarget &target, storage::ActionItem before, storage::ActionItem after)
    : QUndoCommand(before.status != after.status && sameDetails(before, after) ? tr("Change action item status")
                                                                               : tr("Edit action item"))
    , m_target(target)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool EditActionItemCommand::apply(const storage::ActionItem &from, storage::ActionItem to)
{
    const engine::Date today = m_target.today();
    // Closing records the day (undoing a reopen restores the first closing day); reopening clears it.
    if (to.isClosed() && !from.isClosed())
        to.doneOn = to.doneOn.value_or(today);
    else if (!to.isClosed())
        to.doneOn.reset();
    else
        to.doneOn = from.doneOn;
    // One transaction for details and status: a refused or failed status change leaves the
    // details as they were, so the undo stack and the database stay in step.
    const bool ok = m_target.runCommand([&](storage::ReviewRepository &reviews) {
        reviews.saveActionItem(to, m_target.actor(), to.doneOn.value_or(today));
    });
    if (ok)
        m_target.itemChanged(to);
    return ok;
}

void EditActionItemCommand::redo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

void EditActionItemCommand::undo()
{
    // Refused (the item was deleted elsewhere): drop the command rather than move past it.
    if (!apply(m_after, m_before))
        setObsolete(true);
}

EditReviewCommand::EditReviewCommand(
    ReviewCommandTarget &target, storage::Review before, storage::Review after, const QString &text)
    : QUndoCommand(text)
    , m_target(target)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditReviewCommand::redo()
{
    if (!m_target.runCommand([&](storage::ReviewRepository &reviews) { reviews.update(m_after, m_target.actor()); })) {
        setObsolete(true);
        return;
    }
    m_target.reviewChanged(m_after);
}

void EditReviewCommand::undo()
{
    if (!m_target.runCommand([&](storage::ReviewRepository &reviews) { reviews.update(m_before, m_target.actor()); })) {
        setObsolete(true);
        return;
    }
    m_target.reviewChanged(m_before);
}

} // namespace attain::ui
