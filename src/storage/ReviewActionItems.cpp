// ReviewRepository's action items, their carry-over and the activities a briefing counts.
#include "storage/ReviewRepository.h"

#include "storage/ReviewRows.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/TargetRows.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace attain::storage {

using detail::Condition;
using detail::readItem;
using detail::requireManager;
using detail::run;

namespace {

/// The owner and the linked target, when named, must exist; the text must not be empty.
void requireValidItem(const QSqlDatabase &db, const ActionItem &item)
{
    if (item.text.trimmed().isEmpty())
        throw StorageError(QStringLiteral("An action item needs a text."));
    if (!item.ownerRepId.isEmpty()
        && !run(db, QStringLiteral("SELECT 1 FROM reps WHERE id = ?"), { item.ownerRepId }).next())
        throw StorageError(QStringLiteral("There is no rep with id %1 to own the action item.").arg(item.ownerRepId));
    if (!item.targetId.isEmpty()
        && !run(db, QStringLiteral("SELECT 1 FROM targets WHERE id = ?"), { item.targetId }).next())
        throw StorageError(QStringLiteral("There is no target with id %1 to link.").arg(item.targetId));
}

} // namespace

std::optional<ActionItem> ReviewRepository::findItem(const QString &itemId) const
{
    QSqlQuery query = run(m_db, detail::itemColumns() + QStringLiteral(" WHERE a.id = ?"), { itemId });
    if (!query.next())
        return std::nullopt;
    return readItem(query);
}

void ReviewRepository::insertItem(const ActionItem &item, const QString &id, engine::Date today) const
{
    requireValidItem(m_db, item);
    const bool closed = item.isClosed();
    run(m_db,
        QStringLiteral("INSERT INTO action_items (id, review_id, target_id, owner_rep_id, text, due_on, done_at, "
                       "status, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, item.reviewId, detail::textOrNull(item.targetId), detail::textOrNull(item.ownerRepId),
            item.text.trimmed(), detail::dateOrNull(item.dueOn),
            detail::dateOrNull(closed ? item.doneOn.value_or(today) : std::optional<engine::Date>()),
            actionStatusKey(item.status), toSqlDate(item.createdOn == engine::Date {} ? today : item.createdOn) });
}

std::vector<ActionItem> ReviewRepository::actionItems(const QString &reviewId, const Actor &actor) const
{
    requireVisible(reviewId, actor);
    QSqlQuery query
        = run(m_db, detail::itemColumns() + QStringLiteral(" WHERE a.review_id = ? ORDER BY a.rowid"), { reviewId });
    std::vector<ActionItem> items;
    while (query.next())
        items.push_back(readItem(query));
    return items;
}

std::vector<CarriedItem> ReviewRepository::carriedOver(const QString &reviewId, const Actor &actor) const
{
    const std::optional<Review> review = find(reviewId, actor);
    if (!review)
        throw StorageError(QStringLiteral("There is no review with id %1.").arg(reviewId));
    const QString date = toSqlDate(review->heldOn);
    const Condition scope = detail::sameScope(QStringLiteral("o"), review->scope);
    // Open then is open now, or closed on or after the review's day (done_at holds the day).
    QSqlQuery query = run(m_db,
        detail::itemColumns() + QStringLiteral(" WHERE o.held_on < ? AND ") + scope.sql
            + QStringLiteral(" AND (a.status IN ('open', 'in_progress') OR substr(a.done_at, 1, 10) >= ?) "
                             "ORDER BY o.held_on, o.id, a.rowid"),
        QVariantList { date } + scope.values + QVariantList { date });
    std::vector<CarriedItem> items;
    while (query.next()) {
        CarriedItem carried { readItem(query), query.value(detail::kItemColumnCount).toString(),
            query.value(detail::kItemColumnCount + 1).toString(),
            detail::dateFrom(query.value(detail::kItemColumnCount + 2)).value_or(engine::Date {}) };
        items.push_back(std::move(carried));
    }
    return items;
}

QString ReviewRepository::addActionItem(const ActionItem &item, const Actor &actor, engine::Date today)
{
    requireManager(actor, QStringLiteral("add an action item"));
    Transaction transaction(m_db);
    requireVisible(item.reviewId, actor);
    const QString id = item.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : item.id;
    if (findItem(id))
        throw StorageError(QStringLiteral("An action item with id %1 exists already.").arg(id));
    insertItem(item, id, today);
    touch(item.reviewId);
    transaction.commit();
    return id;
}

void ReviewRepository::writeItemDetails(const ActionItem &item, const Actor &actor) const
{
    requireManager(actor, QStringLiteral("edit an action item"));
    requireValidItem(m_db, item);
    run(m_db,
        QStringLiteral("UPDATE action_items SET text = ?, owner_rep_id = ?, due_on = ?, target_id = ? WHERE id = ?"),
        { item.text.trimmed(), detail::textOrNull(item.ownerRepId), detail::dateOrNull(item.dueOn),
            detail::textOrNull(item.targetId), item.id });
}

void ReviewRepository::writeItemStatus(
    const ActionItem &stored, ActionStatus status, const Actor &actor, engine::Date today) const
{
    if (!actor.isManager() && stored.ownerRepId != actor.repId)
        throw StorageError(
            QStringLiteral("“%1” is not yours: a rep can only update the action items they own.").arg(stored.text));
    ActionItem changed = stored;
    changed.status = status;
    // Closing again keeps the first closing day; reopening forgets it.
    const std::optional<engine::Date> doneOn = changed.isClosed()
        ? (stored.isClosed() ? stored.doneOn.value_or(today) : today)
        : std::optional<engine::Date>();
    run(m_db, QStringLiteral("UPDATE action_items SET status = ?, done_at = ? WHERE id = ?"),
        { actionStatusKey(status), detail::dateOrNull(doneOn), stored.id });
}

void ReviewRepository::updateActionItem(const ActionItem &item, const Actor &actor)
{
    requireManager(actor, QStringLiteral("edit an action item"));
    Transaction transaction(m_db);
    const std::optional<ActionItem> stored = findItem(item.id);
    if (!stored)
        throw StorageError(QStringLiteral("There is no action item with id %1.").arg(item.id));
    writeItemDetails(item, actor);
    touch(stored->reviewId);
    transaction.commit();
}

void ReviewRepository::setActionStatus(
    const QString &itemId, ActionStatus status, const Actor &actor, engine::Date today)
{
    Transaction transaction(m_db);
    const std::optional<ActionItem> stored = findItem(itemId);
    if (!stored)
        throw StorageError(QStringLiteral("There is no action item with id %1.").arg(itemId));
    writeItemStatus(*stored, status, actor, today);
    touch(stored->reviewId);
    transaction.commit();
}

void ReviewRepository::saveActionItem(const ActionItem &item, const Actor &actor, engine::Date today)
{
    Transaction transaction(m_db);
    const std::optional<ActionItem> stored = findItem(item.id);
    if (!stored)
        throw StorageError(QStringLiteral("There is no action item with id %1.").arg(item.id));
    if (item.text.trimmed() != stored->text || item.ownerRepId != stored->ownerRepId || item.dueOn != stored->dueOn
        || item.targetId != stored->targetId)
        writeItemDetails(item, actor);
    if (item.status != stored->status)
        writeItemStatus(*stored, item.status, actor, today);
    touch(stored->reviewId);
    transaction.commit();
}

void ReviewRepository::removeActionItem(const QString &itemId, const Actor &actor)
{
    requireManager(actor, QStringLiteral("delete an action item"));
    Transaction transaction(m_db);
    const std::optional<ActionItem> stored = findItem(itemId);
    if (!stored)
        throw StorageError(QStringLiteral("There is no action item with id %1.").arg(itemId));
    run(m_db, QStringLiteral("DELETE FROM action_items WHERE id = ?"), { itemId });
    touch(stored->reviewId);
    transaction.commit();
}

std::vector<ActivityTally> ReviewRepository::activitiesBetween(
    const ReviewScope &scope, engine::Date after, engine::Date upTo, const Actor &actor) const
{
    if (!actor.isManager()
        && ((scope.isRep() && scope.repId != actor.repId)
            || (scope.isTeam() && scope.teamId != teamOfRep(actor.repId))))
        throw StorageError(QStringLiteral("A rep sees the activities of their own reviews only."));
    QString sql
        = QStringLiteral("SELECT a.rep_id, p.name, a.type, count(*), COALESCE(sum(a.minutes), 0) FROM activities a "
                         "JOIN reps p ON p.id = a.rep_id WHERE a.occurred_on > ? AND a.occurred_on <= ?");
    QVariantList values { toSqlDate(after), toSqlDate(upTo) };
    if (scope.isRep()) {
        sql += QStringLiteral(" AND a.rep_id = ?");
        values << scope.repId;
    } else if (scope.isTeam()) {
        sql += QStringLiteral(" AND p.team_id = ?");
        values << scope.teamId;
    }
    sql += QStringLiteral(" GROUP BY a.rep_id, p.name, a.type ORDER BY p.name, a.rep_id, a.type");
    QSqlQuery query = run(m_db, sql, values);
    std::vector<ActivityTally> tallies;
    while (query.next())
        tallies.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(), query.value(4).toInt() });
    return tallies;
}

} // namespace attain::storage
