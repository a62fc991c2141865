#include "storage/DealRepository.h"

#include "storage/DashboardFacts.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace attain::storage {

namespace {

// The last column says whether the rep bound to it shares the deal (NULL for a manager).
constexpr const char *kColumns
    = "SELECT d.id, d.owner_rep_id, coalesce(d.customer_id, ''), coalesce(d.channel_id, ''), "
      "coalesce(d.product_line_id, ''), coalesce(d.region_id, ''), d.amount_minor, d.currency, d.stage, d.created_on, "
      "d.closed_on, d.expected_close_on, coalesce(d.lost_reason, ''), coalesce(d.competitor, ''), "
      "coalesce(d.team_id, ''), coalesce(d.updated_at, ''), coalesce(r.name, ''), coalesce(c.name, ''), "
      "coalesce(ch.name, ''), coalesce(p.name, ''), "
      "EXISTS (SELECT 1 FROM deal_credits k WHERE k.deal_id = d.id AND k.rep_id = ?) FROM deals d "
      "LEFT JOIN reps r ON r.id = d.owner_rep_id LEFT JOIN customers c ON c.id = d.customer_id "
      "LEFT JOIN channels ch ON ch.id = d.channel_id LEFT JOIN product_lines p ON p.id = d.product_line_id";

// A rep's deals: owned or shared. Binds the rep id twice.
constexpr const char *kRepsDeals
    = " AND (d.owner_rep_id = ? OR EXISTS (SELECT 1 FROM deal_credits k WHERE k.deal_id = d.id AND k.rep_id = ?))";

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Deal readDeal(const QSqlQuery &query, const Actor &actor)
{
    Deal d;
    d.id = query.value(0).toString();
    d.ownerRepId = query.value(1).toString();
    d.customerId = query.value(2).toString();
    d.channelId = query.value(3).toString();
    d.productLineId = query.value(4).toString();
    d.regionId = query.value(5).toString();
    d.amountMinor = query.value(6).toLongLong();
    d.currency = query.value(7).toString();
    d.stage = query.value(8).toString();
    d.createdOn = dateOf(query.value(9));
    d.closedOn = dateOf(query.value(10));
    d.expectedCloseOn = dateOf(query.value(11));
    d.lostReason = query.value(12).toString();
    d.competitor = query.value(13).toString();
    d.teamId = query.value(14).toString();
    d.updatedAt = query.value(15).toString();
    d.ownerName = query.value(16).toString();
    d.customerName = query.value(17).toString();
    d.channelName = query.value(18).toString();
    d.productLineName = query.value(19).toString();
    d.sharedWithActor = !actor.isManager() && d.ownerRepId != actor.repId && query.value(20).toBool();
    return d;
}

/// Checks that `id` names a row of `table` (an empty id is "none" and passes).
void requireKnown(const QSqlDatabase &db, const char *table, const QString &id, const char *what)
{
    if (id.isEmpty())
        return;
    if (!textOf(db, QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(QLatin1String(table)), id))
        throw StorageError(QStringLiteral("Unknown %1: %2.").arg(QLatin1String(what), id));
}

} // namespace

std::vector<Deal> DealRepository::list(const DealFilter &filter, const Actor &actor) const
{
    QString sql = QLatin1String(kColumns) + QStringLiteral(" WHERE 1 = 1");
    QVariantList values {actor.repId};
    if (!actor.isManager()) {
        // Owned or shared deals only, whatever the filter asks for.
        sql += QLatin1String(kRepsDeals);
        values << actor.repId << actor.repId;
    } else if (!filter.ownerRepId.isEmpty()) {
        sql += QStringLiteral(" AND d.owner_rep_id = ?");
        values << filter.ownerRepId;
    }
    if (filter.stage == QLatin1String("open"))
        sql += QStringLiteral(" AND d.stage NOT IN ('won', 'lost')");
    else if (!filter.stage.isEmpty()) {
        sql += QStringLiteral(" AND d.stage = ?");
        values << filter.stage;
    }
    // In the range when created or closed in it: an open deal by its creation, a closed one by either.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND (d.created_on >= ? OR d.closed_on >= ?)");
        values << filter.from.toString(Qt::ISODate) << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND (d.created_on <= ? OR d.closed_on <= ?)");
        values << filter.to.toString(Qt::ISODate) << filter.to.toString(Qt::ISODate);
    }
    if (!filter.customerId.isEmpty()) {
        sql += QStringLiteral(" AND d.customer_id = ?");
        values << filter.customerId;
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        // instr(lower()) as for activities: no wildcard escaping; Chinese has no case.
        sql += QStringLiteral(" AND (instr(lower(coalesce(c.name, '')), lower(?)) > 0 "
                              "OR instr(lower(coalesce(d.competitor, '')), lower(?)) > 0 "
                              "OR instr(lower(coalesce(d.lost_reason, '')), lower(?)) > 0)");
        values << text << text << text;
    }
    sql += QStringLiteral(" ORDER BY d.created_on DESC, d.updated_at DESC, d.rowid DESC");
    QSqlQuery query = prepare(m_db, sql);
    query.setForwardOnly(true);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    std::vector<Deal> rows;
    while (query.next())
        rows.push_back(readDeal(query, actor));
    return rows;
}

std::optional<Deal> DealRepository::find(const QString &id, const Actor &actor) const
{
    QString sql = QLatin1String(kColumns) + QStringLiteral(" WHERE d.id = ?");
    if (!actor.isManager())
        sql += QLatin1String(kRepsDeals);
    QSqlQuery query = prepare(m_db, sql);
    query.addBindValue(actor.repId);
    query.addBindValue(id);
    if (!actor.isManager()) {
        query.addBindValue(actor.repId);
        query.addBindValue(actor.repId);
    }
    exec(query);
    if (!query.next())
        return std::nullopt;
    Deal deal = readDeal(query, actor);
    QSqlQuery credits = prepare(m_db, QStringLiteral("SELECT rep_id, basis_points FROM deal_credits WHERE deal_id = ? "
                                                     "ORDER BY rep_id"));
    credits.addBindValue(id);
    exec(credits);
    while (credits.next())
        deal.credits.push_back({credits.value(0).toString(), credits.value(1).toInt()});
    return deal;
}

QStringList DealRepository::currencies() const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT currency FROM deals UNION SELECT from_currency FROM "
                                                   "exchange_rates UNION SELECT to_currency FROM exchange_rates"));
    query.setForwardOnly(true);
    exec(query);
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    codes.sort();
    return codes;
}

void DealRepository::validate(Deal &d, const Actor &actor) const
{
    if (!actor.isManager()) {
        if (!d.ownerRepId.isEmpty() && d.ownerRepId != actor.repId)
            throw StorageError(QStringLiteral("A rep's deals are their own; a manager may give a deal to another rep."));
        d.ownerRepId = actor.repId;
    }
    if (d.ownerRepId.isEmpty())
        throw StorageError(QStringLiteral("Choose the rep who owns the deal."));
    const auto team = textOf(m_db, QStringLiteral("SELECT coalesce(team_id, '') FROM reps WHERE id = ?"), d.ownerRepId);
    if (!team)
        throw StorageError(QStringLiteral("Unknown rep: %1.").arg(d.ownerRepId));
    d.teamId = *team;
    if (d.customerId.isEmpty())
        throw StorageError(QStringLiteral("Choose the deal's customer."));
    const auto customerRegion
        = textOf(m_db, QStringLiteral("SELECT coalesce(region_id, '') FROM customers WHERE id = ?"), d.customerId);
    if (!customerRegion)
        throw StorageError(QStringLiteral("Unknown customer: %1.").arg(d.customerId));
    if (d.regionId.isEmpty())
        d.regionId = *customerRegion;
    requireKnown(m_db, "channels", d.channelId, "channel");
    requireKnown(m_db, "product_lines", d.productLineId, "product line");
    requireKnown(m_db, "regions", d.regionId, "region");
    if (d.amountMinor < 0)
        throw StorageError(QStringLiteral("The amount cannot be negative."));
    d.currency = d.currency.trimmed().toUpper();
    static const QRegularExpression threeLetters(QStringLiteral("^[A-Z]{3}$"));
    if (!threeLetters.match(d.currency).hasMatch())
        throw StorageError(QStringLiteral("The currency must be a three-letter code such as CNY, not “%1”.").arg(d.currency));
    if (const QStringList known = currencies(); !known.contains(d.currency))
        throw StorageError(QStringLiteral("Unknown currency %1: this file has deals or exchange rates only in %2.")
                               .arg(d.currency, known.isEmpty() ? QStringLiteral("no currency") : known.join(QStringLiteral(", "))));
    const auto stages = std::begin(kDealStages);
    if (std::find_if(stages, std::end(kDealStages), [&](const char *key) { return d.stage == QLatin1String(key); })
        == std::end(kDealStages))
        throw StorageError(QStringLiteral("Unknown stage: “%1”. Use prospecting, qualification, proposal, "
                                          "negotiation, won or lost.").arg(d.stage));
    if (!d.createdOn.isValid())
        d.createdOn = m_today;
    if (!isClosedStage(d.stage)) {
        d.closedOn = {};
    } else {
        if (!d.closedOn.isValid())
            throw StorageError(QStringLiteral("A won or lost deal needs the date it closed."));
        if (d.closedOn < d.createdOn)
            throw StorageError(QStringLiteral("The deal cannot close on %1, before it was created on %2.")
                                   .arg(d.closedOn.toString(Qt::ISODate), d.createdOn.toString(Qt::ISODate)));
        // One day of slack, as for activities: a rep abroad may already be in tomorrow.
        if (d.closedOn > m_today.addDays(1))
            throw StorageError(QStringLiteral("The close date %1 is in the future; mark a deal won or lost once it closed.")
                                   .arg(d.closedOn.toString(Qt::ISODate)));
    }
    if (d.stage != QLatin1String("lost"))
        d.lostReason.clear();
    d.lostReason = d.lostReason.trimmed();
    d.competitor = d.competitor.trimmed();
    if (d.lostReason.size() > kMaxText || d.competitor.size() > kMaxText)
        throw StorageError(QStringLiteral("The lost reason and the competitor may have at most %1 characters.").arg(kMaxText));
}

Deal DealRepository::requireMayChange(const QString &id, const Actor &actor) const
{
    // Another rep's deal is reported as missing: a rep does not learn it exists.
    const std::optional<Deal> stored = find(id, actor);
    if (!stored)
        throw StorageError(QStringLiteral("The deal no longer exists (it may have been deleted)."));
    if (!actor.isManager() && stored->ownerRepId != actor.repId)
        throw StorageError(QStringLiteral("Only the deal's owner, %1, or a manager may change this shared deal.")
                               .arg(stored->ownerName));
    return *stored;
}

void DealRepository::write(const Deal &d, bool insert) const
{
    QSqlQuery query = prepare(m_db,
        insert ? QStringLiteral("INSERT INTO deals (owner_rep_id, team_id, customer_id, channel_id, product_line_id, "
                                "region_id, amount_minor, currency, stage, created_on, closed_on, expected_close_on, "
                                "lost_reason, competitor, updated_at, id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE deals SET owner_rep_id = ?, team_id = ?, customer_id = ?, channel_id = ?, "
                                "product_line_id = ?, region_id = ?, amount_minor = ?, currency = ?, stage = ?, "
                                "created_on = ?, closed_on = ?, expected_close_on = ?, lost_reason = ?, "
                                "competitor = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(d.ownerRepId);
    query.addBindValue(nullIfEmpty(d.teamId));
    query.addBindValue(d.customerId);
    query.addBindValue(nullIfEmpty(d.channelId));
    query.addBindValue(nullIfEmpty(d.productLineId));
    query.addBindValue(nullIfEmpty(d.regionId));
    query.addBindValue(QVariant::fromValue<qlonglong>(d.amountMinor));
    query.addBindValue(d.currency);
    query.addBindValue(d.stage);
    query.addBindValue(d.createdOn.toString(Qt::ISODate));
    query.addBindValue(sqlDate(d.closedOn));
    query.addBindValue(sqlDate(d.expectedCloseOn));
    query.addBindValue(nullIfEmpty(d.lostReason));
    query.addBindValue(nullIfEmpty(d.competitor));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(d.id);
    exec(query);
}

QString DealRepository::insert(Deal deal, const Actor &actor)
{
    Transaction transaction(m_db);
    validate(deal, actor);
    if (deal.id.isEmpty())
        deal.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (textOf(m_db, QStringLiteral("SELECT id FROM deals WHERE id = ?"), deal.id))
        throw StorageError(QStringLiteral("A deal with id %1 exists already.").arg(deal.id));
    write(deal, true);
    // Shares come back only with a manager's undo of a delete; a rep's new deal has none.
    if (actor.isManager()) {
        for (const DealCredit &credit : deal.credits) {
            requireKnown(m_db, "reps", credit.repId, "rep");
            QSqlQuery query = prepare(m_db, QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) "
                                                           "VALUES (?, ?, ?)"));
            query.addBindValue(deal.id);
            query.addBindValue(credit.repId);
            query.addBindValue(credit.basisPoints);
            exec(query);
        }
    }
    DashboardFacts(m_db).refresh();
    transaction.commit();
    return deal.id;
}

void DealRepository::update(Deal deal, const Actor &actor)
{
    Transaction transaction(m_db);
    const Deal stored = requireMayChange(deal.id, actor);
    deal.createdOn = stored.createdOn;
    validate(deal, actor);
    write(deal, false);
    DashboardFacts(m_db).refresh();
    transaction.commit();
}

void DealRepository::remove(const QString &id, const Actor &actor)
{
    Transaction transaction(m_db);
    if (!actor.isManager())
        throw StorageError(QStringLiteral("A rep cannot delete deals; mark the deal lost instead."));
    static_cast<void>(requireMayChange(id, actor));
    QSqlQuery linked = prepare(m_db, QStringLiteral("SELECT count(*) FROM activities WHERE deal_id = ?"));
    linked.addBindValue(id);
    exec(linked);
    if (const int count = linked.next() ? linked.value(0).toInt() : 0; count > 0)
        throw StorageError(QStringLiteral("The deal cannot be deleted: %1 activities are linked to it. "
                                          "Mark it lost instead.").arg(count));
    // The shares explicitly: ON DELETE CASCADE needs foreign keys on, which a tool may not set.
    for (const char *sql : {"DELETE FROM deal_credits WHERE deal_id = ?", "DELETE FROM deals WHERE id = ?"}) {
        QSqlQuery query = prepare(m_db, QLatin1String(sql));
        query.addBindValue(id);
        exec(query);
    }
    DashboardFacts(m_db).refresh();
    transaction.commit();
}

} // namespace attain::storage
