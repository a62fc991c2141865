#include "storage/ReviewRows.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <array>
#include <chrono>

namespace attain::storage {

namespace {

constexpr std::array<std::pair<ReviewKind, const char *>, 3> kKinds { {
    { ReviewKind::TeamMeeting, "team_meeting" },
    { ReviewKind::OneOnOne, "one_on_one" },
    { ReviewKind::Periodic, "periodic" },
} };

constexpr std::array<std::pair<ActionStatus, const char *>, 4> kStatuses { {
    { ActionStatus::Open, "open" },
    { ActionStatus::InProgress, "in_progress" },
    { ActionStatus::Done, "done" },
    { ActionStatus::Dropped, "dropped" },
} };

} // namespace

QString reviewKindKey(ReviewKind kind)
{
    for (const auto &[value, key] : kKinds)
        if (value == kind)
            return QLatin1String(key);
    return {};
}

std::optional<ReviewKind> reviewKindFromKey(const QString &key)
{
    for (const auto &[value, text] : kKinds)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

QString actionStatusKey(ActionStatus status)
{
    for (const auto &[value, key] : kStatuses)
        if (value == status)
            return QLatin1String(key);
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    for (const auto &[value, text] : kStatuses)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

engine::Date nextReviewDate(ReviewKind kind, engine::Date date)
{
    switch (kind) {
    case ReviewKind::TeamMeeting:
        return engine::addDays(date, 7);
    case ReviewKind::OneOnOne:
        return engine::addDays(date, 14);
    case ReviewKind::Periodic:
        break;
    }
    // Same day next month, or the month's last day when it is shorter (Jan 31 → Feb 28/29).
    const std::chrono::year_month next
        = std::chrono::year_month { date.year(), date.month() } + std::chrono::months { 1 };
    const unsigned last = static_cast<unsigned>(
        engine::daysInMonth(static_cast<int>(next.year()), static_cast<unsigned>(next.month())));
    const unsigned day = std::min(static_cast<unsigned>(date.day()), last);
    return engine::Date { next.year(), next.month(), std::chrono::day { day } };
}

namespace detail {

QString reviewColumns()
{
    return QStringLiteral(
        "SELECT r.id, r.kind, COALESCE(r.team_id, ''), COALESCE(r.rep_id, ''), "
        "COALESCE((SELECT name FROM reps WHERE id = r.rep_id), (SELECT name FROM teams WHERE id = r.team_id), ''), "
        "r.held_on, r.status, r.title, r.agenda, r.notes, r.decisions, r.created_by, COALESCE(r.updated_at, '') "
        "FROM reviews r");
}

Review readReview(const QSqlQuery &query)
{
    Review review;
    review.id = query.value(0).toString();
    review.kind = reviewKindFromKey(query.value(1).toString()).value_or(ReviewKind::TeamMeeting);
    // A rep's review is theirs even when an old row also names a team.
    review.scope.repId = query.value(3).toString();
    review.scope.teamId = review.scope.repId.isEmpty() ? query.value(2).toString() : QString();
    review.scopeName = query.value(4).toString();
    review.heldOn = dateFrom(query.value(5)).value_or(engine::Date {});
    review.status = query.value(6).toString() == QLatin1String("held") ? ReviewStatus::Held : ReviewStatus::Scheduled;
    review.title = query.value(7).toString();
    review.agenda = query.value(8).toString();
    review.notes = query.value(9).toString();
    review.decisions = query.value(10).toString();
    review.createdBy = query.value(11).toString();
    review.updatedAt = query.value(12).toString();
    return review;
}

QString itemColumns()
{
    return QStringLiteral(
        "SELECT a.id, a.review_id, a.text, COALESCE(a.owner_rep_id, ''), COALESCE(a.target_id, ''), a.due_on, "
        "a.status, substr(a.done_at, 1, 10), COALESCE(a.created_on, o.held_on), "
        "COALESCE((SELECT name FROM reps WHERE id = a.owner_rep_id), ''), "
        "COALESCE((SELECT title FROM targets WHERE id = a.target_id), ''), o.id, o.title, o.held_on "
        "FROM action_items a JOIN reviews o ON o.id = a.review_id");
}

ActionItem readItem(const QSqlQuery &query)
{
    ActionItem item;
    item.id = query.value(0).toString();
    item.reviewId = query.value(1).toString();
    item.text = query.value(2).toString();
    item.ownerRepId = query.value(3).toString();
    item.targetId = query.value(4).toString();
    item.dueOn = dateFrom(query.value(5));
    item.status = actionStatusFromKey(query.value(6).toString()).value_or(ActionStatus::Open);
    item.doneOn = item.isClosed() ? dateFrom(query.value(7)) : std::nullopt;
    item.createdOn = dateFrom(query.value(8)).value_or(engine::Date {});
    item.ownerName = query.value(9).toString();
    item.targetTitle = query.value(10).toString();
    return item;
}

Condition sameScope(const QString &alias, const ReviewScope &scope)
{
    if (scope.isRep())
        return { QStringLiteral("%1.rep_id = ?").arg(alias), { scope.repId } };
    if (scope.isTeam())
        return { QStringLiteral("(%1.rep_id IS NULL AND %1.team_id = ?)").arg(alias), { scope.teamId } };
    return { QStringLiteral("(%1.rep_id IS NULL AND %1.team_id IS NULL)").arg(alias), {} };
}

Condition visibleTo(const QString &alias, const Actor &actor, const QString &teamOfRep)
{
    if (actor.isManager())
        return { QStringLiteral("1"), {} };
    return {
        QStringLiteral("(%1.rep_id = ? OR (%1.rep_id IS NULL AND (%1.team_id IS NULL OR %1.team_id = ?)))").arg(alias),
        { actor.repId, teamOfRep }
    };
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant dateOrNull(const std::optional<engine::Date> &date)
{
    return toSqlDate(date);
}

std::optional<engine::Date> dateFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return engine::parseIsoDate(value.toString().left(10).toStdString());
}

} // namespace detail

} // namespace attain::storage
