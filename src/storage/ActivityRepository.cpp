#include "storage/ActivityRepository.h"

#include "engine/ActivityType.h"
#include "storage/DashboardFacts.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace attain::storage {

namespace {

constexpr const char *kColumns
    = "SELECT a.id, a.rep_id, a.customer_id, a.deal_id, a.type, a.occurred_on, a.minutes, a.outcome, a.notes, "
      "a.updated_at, r.name, c.name, d.stage, d.currency, d.amount_minor FROM activities a "
      "LEFT JOIN reps r ON r.id = a.rep_id LEFT JOIN customers c ON c.id = a.customer_id "
      "LEFT JOIN deals d ON d.id = a.deal_id";

Activity readActivity(const QSqlQuery &query)
{
    Activity a;
    a.id = query.value(0).toString();
    a.repId = query.value(1).toString();
    a.customerId = query.value(2).toString();
    a.dealId = query.value(3).toString();
    a.type = query.value(4).toString();
    a.occurredOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    a.minutes = query.value(6).toInt();
    a.outcome = query.value(7).toString();
    a.notes = query.value(8).toString();
    a.updatedAt = query.value(9).toString();
    a.repName = query.value(10).toString();
    a.customerName = query.value(11).toString();
    a.dealStage = query.value(12).toString();
    a.dealCurrency = query.value(13).toString();
    a.dealAmountMinor = query.value(14).toLongLong();
    return a;
}

} // namespace

std::vector<Activity> ActivityRepository::list(const ActivityFilter &filter, const Actor &actor) const
{
    QString sql = QLatin1String(kColumns) + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    // A rep's own rows only, whatever the filter asks for.
    const QString repId = actor.isManager() ? filter.repId : actor.repId;
    if (!repId.isEmpty()) {
        sql += QStringLiteral(" AND a.rep_id = ?");
        values << repId;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.occurred_on >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.occurred_on <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.type.isEmpty()) {
        sql += QStringLiteral(" AND a.type = ?");
        values << filter.type;
    }
    if (!filter.customerId.isEmpty()) {
        sql += QStringLiteral(" AND a.customer_id = ?");
        values << filter.customerId;
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        // instr(lower()) rather than LIKE: no wildcard escaping, and SQLite's lower() is ASCII
        // only, which leaves Chinese text as it is (it has no case).
        sql += QStringLiteral(" AND (instr(lower(coalesce(a.notes, '')), lower(?)) > 0 "
                              "OR instr(lower(coalesce(c.name, '')), lower(?)) > 0)");
        values << text << text;
    }
    sql += QStringLiteral(" ORDER BY a.occurred_on DESC, a.updated_at DESC, a.rowid DESC");
    QSqlQuery query = prepare(m_db, sql);
    query.setForwardOnly(true);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    std::vector<Activity> rows;
    while (query.next())
        rows.push_back(readActivity(query));
    return rows;
}

std::optional<Activity> ActivityRepository::find(const QString &id, const Actor &actor) const
{
    QSqlQuery query = prepare(m_db, QLatin1String(kColumns) + QStringLiteral(" WHERE a.id = ?"));
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    Activity activity = readActivity(query);
    if (!actor.isManager() && activity.repId != actor.repId)
        return std::nullopt;
    return activity;
}

void ActivityRepository::validate(Activity &a, const Actor &actor) const
{
    if (!actor.isManager()) {
        if (!a.repId.isEmpty() && a.repId != actor.repId)
            throw StorageError(QStringLiteral("A rep logs only their own activities."));
        a.repId = actor.repId;
    }
    if (a.repId.isEmpty())
        throw StorageError(QStringLiteral("Choose the rep who did the activity."));
    if (!textOf(m_db, QStringLiteral("SELECT name FROM reps WHERE id = ?"), a.repId))
        throw StorageError(QStringLiteral("Unknown rep: %1.").arg(a.repId));
    if (!engine::activityTypeFromKey(a.type.toStdString()))
        throw StorageError(QStringLiteral("Unknown activity type: “%1”. Use call, visit, meeting, demo or email.")
                               .arg(a.type));
    if (!a.occurredOn.isValid())
        throw StorageError(QStringLiteral("The activity needs a date."));
    // One day of slack: a rep abroad may already be in tomorrow.
    if (a.occurredOn > m_today.addDays(1))
        throw StorageError(QStringLiteral("The activity's date %1 is in the future; log activities once they took place.")
                               .arg(a.occurredOn.toString(Qt::ISODate)));
    if (a.minutes < 0 || a.minutes > kMaxMinutes)
        throw StorageError(QStringLiteral("The duration must be 0 to %1 minutes, not %2.").arg(kMaxMinutes).arg(a.minutes));
    if (!a.outcome.isEmpty() && a.outcome != QLatin1String("positive") && a.outcome != QLatin1String("neutral")
        && a.outcome != QLatin1String("negative"))
        throw StorageError(QStringLiteral("Unknown outcome: “%1”. Use positive, neutral or negative.").arg(a.outcome));
    if (a.notes.size() > kMaxNotes)
        throw StorageError(QStringLiteral("The notes are longer than %1 characters.").arg(kMaxNotes));
    if (!a.customerId.isEmpty() && !textOf(m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), a.customerId))
        throw StorageError(QStringLiteral("Unknown customer: %1.").arg(a.customerId));
    if (a.dealId.isEmpty())
        return;
    const auto dealCustomer = textOf(m_db, QStringLiteral("SELECT coalesce(customer_id, '') FROM deals WHERE id = ?"), a.dealId);
    if (!dealCustomer)
        throw StorageError(QStringLiteral("Unknown deal: %1.").arg(a.dealId));
    if (a.customerId.isEmpty())
        a.customerId = *dealCustomer;
    else if (*dealCustomer != a.customerId)
        throw StorageError(QStringLiteral("The deal belongs to another customer; choose one of this customer's deals."));
    if (!actor.isManager()) {
        // A link the activity already has (a manager set it) stays when the rep edits the rest.
        QSqlQuery query = prepare(m_db, QStringLiteral(
            "SELECT 1 FROM deals d WHERE d.id = ? AND (d.owner_rep_id = ? OR EXISTS "
            "(SELECT 1 FROM deal_credits k WHERE k.deal_id = d.id AND k.rep_id = ?) OR EXISTS "
            "(SELECT 1 FROM activities x WHERE x.id = ? AND x.rep_id = ? AND x.deal_id = d.id))"));
        query.addBindValue(a.dealId);
        query.addBindValue(actor.repId);
        query.addBindValue(actor.repId);
        query.addBindValue(a.id);
        query.addBindValue(actor.repId);
        exec(query);
        if (!query.next())
            throw StorageError(QStringLiteral("That deal is neither yours nor shared with you."));
    }
}

void ActivityRepository::requireMayChange(const QString &id, const Actor &actor) const
{
    const auto owner = textOf(m_db, QStringLiteral("SELECT rep_id FROM activities WHERE id = ?"), id);
    // Another rep's activity is reported as missing: a rep does not learn it exists.
    if (!owner || (!actor.isManager() && *owner != actor.repId))
        throw StorageError(QStringLiteral("The activity no longer exists (it may have been deleted)."));
}

void ActivityRepository::write(const Activity &a, bool insert) const
{
    QSqlQuery query = prepare(m_db,
        insert ? QStringLiteral("INSERT INTO activities (rep_id, customer_id, deal_id, type, occurred_on, minutes, "
                                "outcome, notes, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE activities SET rep_id = ?, customer_id = ?, deal_id = ?, type = ?, "
                                "occurred_on = ?, minutes = ?, outcome = ?, notes = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(a.repId);
    query.addBindValue(nullIfEmpty(a.customerId));
    query.addBindValue(nullIfEmpty(a.dealId));
    query.addBindValue(a.type);
    query.addBindValue(a.occurredOn.toString(Qt::ISODate));
    query.addBindValue(a.minutes);
    query.addBindValue(nullIfEmpty(a.outcome));
    query.addBindValue(nullIfEmpty(a.notes));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(a.id);
    exec(query);
}

QString ActivityRepository::insert(Activity activity, const Actor &actor)
{
    Transaction transaction(m_db);
    validate(activity, actor);
    if (activity.id.isEmpty())
        activity.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (textOf(m_db, QStringLiteral("SELECT id FROM activities WHERE id = ?"), activity.id))
        throw StorageError(QStringLiteral("An activity with id %1 exists already.").arg(activity.id));
    write(activity, true);
    DashboardFacts(m_db).refresh();
    transaction.commit();
    return activity.id;
}

void ActivityRepository::update(Activity activity, const Actor &actor)
{
    Transaction transaction(m_db);
    requireMayChange(activity.id, actor);
    validate(activity, actor);
    write(activity, false);
    DashboardFacts(m_db).refresh();
    transaction.commit();
}

void ActivityRepository::remove(const QString &id, const Actor &actor)
{
    Transaction transaction(m_db);
    requireMayChange(id, actor);
    QSqlQuery query = prepare(m_db, QStringLiteral("DELETE FROM activities WHERE id = ?"));
    query.addBindValue(id);
    exec(query);
    DashboardFacts(m_db).refresh();
    transaction.commit();
}

std::vector<CustomerChoice> ActivityRepository::customers() const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT id, name FROM customers ORDER BY name, id"));
    query.setForwardOnly(true);
    exec(query);
    std::vector<CustomerChoice> rows;
    while (query.next())
        rows.push_back({query.value(0).toString(), query.value(1).toString()});
    return rows;
}

std::vector<DealChoice> ActivityRepository::deals(const QString &customerId, const Actor &actor, const QString &alsoId) const
{
    QString sql = QStringLiteral(
        "SELECT d.id, coalesce(d.customer_id, ''), d.stage, d.currency, d.owner_rep_id, d.amount_minor, d.created_on, "
        "d.closed_on, d.expected_close_on FROM deals d WHERE d.customer_id = ? "
        "AND (d.id = ? OR d.stage NOT IN ('won', 'lost') OR d.closed_on >= ?)");
    // A rep's own and shared deals, and the one their edited activity already links (a
    // manager set it) so that saving the edit keeps the link.
    if (!actor.isManager())
        sql += QStringLiteral(" AND (d.owner_rep_id = ? OR EXISTS "
                              "(SELECT 1 FROM deal_credits k WHERE k.deal_id = d.id AND k.rep_id = ?) OR "
                              "(d.id = ? AND EXISTS (SELECT 1 FROM activities x WHERE x.deal_id = d.id AND x.rep_id = ?)))");
    sql += QStringLiteral(" ORDER BY d.stage IN ('won', 'lost'), "
                          "coalesce(d.closed_on, d.expected_close_on, d.created_on) DESC, d.id");
    QSqlQuery query = prepare(m_db, sql);
    query.addBindValue(customerId);
    query.addBindValue(alsoId);
    query.addBindValue(m_today.addDays(-kRecentDealDays).toString(Qt::ISODate));
    if (!actor.isManager()) {
        query.addBindValue(actor.repId);
        query.addBindValue(actor.repId);
        query.addBindValue(alsoId);
        query.addBindValue(actor.repId);
    }
    exec(query);
    std::vector<DealChoice> rows;
    while (query.next()) {
        DealChoice deal;
        deal.id = query.value(0).toString();
        deal.customerId = query.value(1).toString();
        deal.stage = query.value(2).toString();
        deal.currency = query.value(3).toString();
        deal.ownerRepId = query.value(4).toString();
        deal.amountMinor = query.value(5).toLongLong();
        deal.createdOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        deal.closedOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        deal.expectedCloseOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        rows.push_back(deal);
    }
    return rows;
}

} // namespace attain::storage
