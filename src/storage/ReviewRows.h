#pragma once

// Internal to the ReviewRepository files: the columns its queries read, how rows become
// reviews and items, and the rules shared by its commands. Not for other callers.

#include "storage/Actor.h"
#include "storage/ReviewTypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace attain::storage::detail {

/// SELECT … FROM reviews r: what readReview() reads.
[[nodiscard]] QString reviewColumns();
[[nodiscard]] Review readReview(const QSqlQuery &query);
/// SELECT … FROM action_items a JOIN reviews o: what readItem() reads (the origin review's id,
/// title and date follow at readItem's kItemColumnCount …).
[[nodiscard]] QString itemColumns();
inline constexpr int kItemColumnCount = 11;
[[nodiscard]] ActionItem readItem(const QSqlQuery &query);

/// A WHERE condition on the reviews alias `alias` matching `scope` exactly (a rep's reviews,
/// a team's own reviews without a rep, or the company's), with its bound values.
struct Condition
{
    QString sql;
    QVariantList values;
};
[[nodiscard]] Condition sameScope(const QString &alias, const ReviewScope &scope);
/// What a rep may see: their own reviews, their team's and the company's (true for a manager).
[[nodiscard]] Condition visibleTo(const QString &alias, const Actor &actor, const QString &teamOfRep);

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
[[nodiscard]] QVariant dateOrNull(const std::optional<engine::Date> &date);
[[nodiscard]] std::optional<engine::Date> dateFrom(const QVariant &value);

} // namespace attain::storage::detail
