#include "storage/ReviewRepository.h"

#include "storage/ReviewRows.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/TargetRows.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace attain::storage {

using detail::Condition;
using detail::readReview;
using detail::requireManager;
using detail::reviewColumns;
using detail::run;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString statusKey(ReviewStatus status)
{
    return status == ReviewStatus::Held ? QStringLiteral("held") : QStringLiteral("scheduled");
}

/// The kind must fit the scope, and the scope's team or rep must exist.
void requireValidDraft(const QSqlDatabase &db, ReviewKind kind, const ReviewScope &scope, const QString &title)
{
    if (title.trimmed().isEmpty())
        throw StorageError(QStringLiteral("A review needs a title."));
    switch (kind) {
    case ReviewKind::TeamMeeting:
        if (!scope.isTeam())
            throw StorageError(QStringLiteral("A weekly team review is held for a team."));
        break;
    case ReviewKind::OneOnOne:
        if (!scope.isRep())
            throw StorageError(QStringLiteral("A one-on-one is held with a rep."));
        break;
    case ReviewKind::Periodic:
        if (scope.isRep())
            throw StorageError(QStringLiteral("A monthly business review is held for the company or a team."));
        break;
    }
    if (scope.isRep() && !run(db, QStringLiteral("SELECT 1 FROM reps WHERE id = ?"), { scope.repId }).next())
        throw StorageError(QStringLiteral("There is no rep with id %1.").arg(scope.repId));
    if (scope.isTeam() && !run(db, QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), { scope.teamId }).next())
        throw StorageError(QStringLiteral("There is no team with id %1.").arg(scope.teamId));
}

} // namespace

QString ReviewRepository::teamOfRep(const QString &repId) const
{
    QSqlQuery query = run(m_db, QStringLiteral("SELECT COALESCE(team_id, '') FROM reps WHERE id = ?"), { repId });
    return query.next() ? query.value(0).toString() : QString();
}

std::vector<Review> ReviewRepository::list(const ReviewFilter &filter, const Actor &actor) const
{
    QString sql = reviewColumns() + QStringLiteral(" WHERE ");
    const Condition visible
        = detail::visibleTo(QStringLiteral("r"), actor, actor.isManager() ? QString() : teamOfRep(actor.repId));
    sql += visible.sql;
    QVariantList values = visible.values;
    if (filter.scope) {
        const Condition scope = detail::sameScope(QStringLiteral("r"), *filter.scope);
        sql += QStringLiteral(" AND ") + scope.sql;
        values += scope.values;
    }
    if (filter.from) {
        sql += QStringLiteral(" AND r.held_on >= ?");
        values << toSqlDate(*filter.from);
    }
    if (filter.to) {
        sql += QStringLiteral(" AND r.held_on <= ?");
        values << toSqlDate(*filter.to);
    }
    // Upcoming meetings first, soonest first; then the record of held ones, newest first.
    sql += QStringLiteral(" ORDER BY r.status = 'held', CASE WHEN r.status = 'held' THEN '' ELSE r.held_on END, "
                          "r.held_on DESC, r.title, r.id");
    QSqlQuery query = run(m_db, sql, values);
    std::vector<Review> reviews;
    while (query.next())
        reviews.push_back(readReview(query));
    return reviews;
}

std::optional<Review> ReviewRepository::find(const QString &id, const Actor &actor) const
{
    const Condition visible
        = detail::visibleTo(QStringLiteral("r"), actor, actor.isManager() ? QString() : teamOfRep(actor.repId));
    QSqlQuery query = run(m_db, reviewColumns() + QStringLiteral(" WHERE r.id = ? AND ") + visible.sql,
        QVariantList { id } + visible.values);
    if (!query.next())
        return std::nullopt;
    return readReview(query);
}

std::optional<Review> ReviewRepository::previous(const Review &review, const Actor &actor) const
{
    const Condition scope = detail::sameScope(QStringLiteral("r"), review.scope);
    const Condition visible
        = detail::visibleTo(QStringLiteral("r"), actor, actor.isManager() ? QString() : teamOfRep(actor.repId));
    QSqlQuery query = run(m_db,
        reviewColumns() + QStringLiteral(" WHERE ") + scope.sql + QStringLiteral(" AND ") + visible.sql
            + QStringLiteral(" AND r.held_on < ? ORDER BY r.held_on DESC, r.id LIMIT 1"),
        scope.values + visible.values + QVariantList { toSqlDate(review.heldOn) });
    if (!query.next())
        return std::nullopt;
    return readReview(query);
}

void ReviewRepository::requireVisible(const QString &reviewId, const Actor &actor) const
{
    if (!find(reviewId, actor))
        throw StorageError(QStringLiteral("There is no review with id %1.").arg(reviewId));
}

void ReviewRepository::touch(const QString &reviewId) const
{
    run(m_db, QStringLiteral("UPDATE reviews SET updated_at = ? WHERE id = ?"), { detail::nowUtc(), reviewId });
}

QString ReviewRepository::create(const ReviewDraft &draft, const Actor &actor, engine::Date today)
{
    requireManager(actor, QStringLiteral("schedule a review"));
    Transaction transaction(m_db);
    requireValidDraft(m_db, draft.kind, draft.scope, draft.title);
    const QString id = newId();
    run(m_db,
        QStringLiteral("INSERT INTO reviews (id, kind, held_on, team_id, rep_id, title, agenda, status, created_by, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, reviewKindKey(draft.kind), toSqlDate(draft.heldOn), detail::textOrNull(draft.scope.teamId),
            detail::textOrNull(draft.scope.repId), draft.title.trimmed(), detail::textOrEmpty(draft.agenda),
            statusKey(draft.status), detail::signature(actor), detail::nowUtc() });
    for (ActionItem item : draft.actionItems) {
        item.reviewId = id;
        insertItem(item, newId(), today);
    }
    transaction.commit();
    return id;
}

void ReviewRepository::update(const Review &review, const Actor &actor)
{
    requireManager(actor, QStringLiteral("edit a review"));
    Transaction transaction(m_db);
    const std::optional<Review> stored = find(review.id, actor);
    if (!stored)
        throw StorageError(QStringLiteral("There is no review with id %1.").arg(review.id));
    requireValidDraft(m_db, stored->kind, stored->scope, review.title);
    run(m_db,
        QStringLiteral("UPDATE reviews SET title = ?, agenda = ?, held_on = ?, status = ?, notes = ?, decisions = ?, "
                       "updated_at = ? WHERE id = ?"),
        { review.title.trimmed(), detail::textOrEmpty(review.agenda), toSqlDate(review.heldOn),
            statusKey(review.status), detail::textOrEmpty(review.notes), detail::textOrEmpty(review.decisions),
            detail::nowUtc(), review.id });
    transaction.commit();
}

void ReviewRepository::remove(const QString &reviewId, const Actor &actor)
{
    requireManager(actor, QStringLiteral("delete a review"));
    Transaction transaction(m_db);
    const std::optional<Review> stored = find(reviewId, actor);
    if (!stored)
        throw StorageError(QStringLiteral("There is no review with id %1.").arg(reviewId));
    if (stored->status == ReviewStatus::Held)
        throw StorageError(
            QStringLiteral("“%1” was held; the record of a meeting cannot be deleted.").arg(stored->title));
    // action_items go with it (ON DELETE CASCADE).
    run(m_db, QStringLiteral("DELETE FROM reviews WHERE id = ?"), { reviewId });
    transaction.commit();
}

QString ReviewRepository::scheduleNext(const QString &reviewId, const QString &title, const Actor &actor)
{
    requireManager(actor, QStringLiteral("schedule a review"));
    Transaction transaction(m_db);
    const std::optional<Review> source = find(reviewId, actor);
    if (!source)
        throw StorageError(QStringLiteral("There is no review with id %1.").arg(reviewId));
    const engine::Date next = nextReviewDate(source->kind, source->heldOn);
    const Condition scope = detail::sameScope(QStringLiteral("r"), source->scope);
    if (run(m_db, QStringLiteral("SELECT 1 FROM reviews r WHERE r.kind = ? AND r.held_on = ? AND ") + scope.sql,
            QVariantList { reviewKindKey(source->kind), toSqlDate(next) } + scope.values)
            .next())
        throw StorageError(QStringLiteral("The next review is already scheduled for %1.").arg(toSqlDate(next)));
    ReviewDraft draft;
    draft.kind = source->kind;
    draft.scope = source->scope;
    draft.heldOn = next;
    draft.title = title;
    draft.agenda = source->agenda;
    requireValidDraft(m_db, draft.kind, draft.scope, draft.title);
    const QString id = newId();
    run(m_db,
        QStringLiteral("INSERT INTO reviews (id, kind, held_on, team_id, rep_id, title, agenda, status, created_by, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)"),
        { id, reviewKindKey(draft.kind), toSqlDate(next), detail::textOrNull(draft.scope.teamId),
            detail::textOrNull(draft.scope.repId), draft.title.trimmed(), detail::textOrEmpty(draft.agenda),
            detail::signature(actor), detail::nowUtc() });
    transaction.commit();
    return id;
}

} // namespace attain::storage
