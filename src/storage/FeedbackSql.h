#pragma once

// Internal to the FeedbackRepository files: the WHERE clause builder and row reading they share.

#include "storage/FeedbackTypes.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace attain::storage {
struct Actor;
}

namespace attain::storage::feedback_sql {

/// " WHERE a AND b …" with its bound values in order (positional placeholders only).
class Where
{
public:
    /// Adds `condition` (with one "?") bound to `value`, unless `value` is an empty text.
    void addIfSet(const QString &condition, const QString &value);
    void add(const QString &condition, const QVariant &value);
    void add(const QString &condition);
    /// b.received_on within the period.
    void addPeriod(const FeedbackPeriod &period);
    /// A rep sees only the feedback attributed to them.
    void addActor(const Actor &actor);

    [[nodiscard]] QString text() const;
    void bind(QSqlQuery &query) const;

private:
    QStringList m_conditions;
    QVariantList m_values;
};

/// The feedback columns readEntry() expects first, from `feedback b` with customers c and reps r joined.
[[nodiscard]] QString entryColumns();
[[nodiscard]] QString entryJoins();
[[nodiscard]] FeedbackEntry readEntry(const QSqlQuery &query);

/// Parses a stored ISO date; throws StorageError naming the feedback record when it is not one.
[[nodiscard]] engine::Date parseDate(const QString &text, const QString &feedbackId);

} // namespace attain::storage::feedback_sql
