#include "storage/FeedbackSql.h"

#include "storage/Actor.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

namespace attain::storage::feedback_sql {

void Where::addIfSet(const QString &condition, const QString &value)
{
    if (!value.isEmpty())
        add(condition, value);
}

void Where::add(const QString &condition, const QVariant &value)
{
    m_conditions << condition;
    m_values << value;
}

void Where::add(const QString &condition)
{
    m_conditions << condition;
}

void Where::addPeriod(const FeedbackPeriod &period)
{
    add(QStringLiteral("b.received_on >= ?"), toSqlDate(period.first));
    add(QStringLiteral("b.received_on <= ?"), toSqlDate(period.last));
}

void Where::addActor(const Actor &actor)
{
    if (!actor.isManager())
        add(QStringLiteral("b.rep_id = ?"), actor.repId);
}

QString Where::text() const
{
    return m_conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void Where::bind(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

QString entryColumns()
{
    return QStringLiteral("b.id, b.customer_id, c.name, b.rep_id, r.name, b.received_on, b.score, b.complaint, "
                          "b.resolved, b.notes, b.resolution, b.resolved_on, b.updated_at");
}

QString entryJoins()
{
    return QStringLiteral(" FROM feedback b LEFT JOIN customers c ON c.id = b.customer_id "
                          "LEFT JOIN reps r ON r.id = b.rep_id");
}

engine::Date parseDate(const QString &text, const QString &feedbackId)
{
    const auto date = engine::parseIsoDate(text.toStdString());
    if (!date)
        throw StorageError(QStringLiteral("Feedback %1 has an invalid date: %2").arg(feedbackId, text));
    return *date;
}

FeedbackEntry readEntry(const QSqlQuery &query)
{
    FeedbackEntry entry;
    entry.id = query.value(0).toString();
    entry.customerId = query.value(1).toString();
    entry.customerName = query.value(2).toString();
    entry.repId = query.value(3).toString();
    entry.repName = query.value(4).toString();
    entry.receivedOn = parseDate(query.value(5).toString(), entry.id);
    entry.score = query.value(6).toInt();
    entry.complaint = query.value(7).toInt() != 0;
    entry.resolved = query.value(8).toInt() != 0;
    entry.notes = query.value(9).toString();
    entry.resolution = query.value(10).toString();
    if (!query.value(11).isNull() && !query.value(11).toString().isEmpty())
        entry.resolvedOn = parseDate(query.value(11).toString(), entry.id);
    entry.updatedAt = query.value(12).toString();
    return entry;
}

} // namespace attain::storage::feedback_sql
