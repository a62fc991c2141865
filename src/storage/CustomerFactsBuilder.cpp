#include "storage/CustomerFactsBuilder.h"

#include "engine/Date.h"
#include "storage/PurchaseDays.h"
#include "storage/StorageError.h"
#include "storage/StringPool.h"
#include "storage/import/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <map>
#include <optional>
#include <tuple>

namespace attain::storage {

namespace {

using import::SqliteStatement;
using Index = std::int32_t;

// The scopes retention is kept for: the company, each dimension and each pair of dimensions (in
// the order of the key columns read below; a pair's id is "first|second"), and the rep
// credited. A rep combined with anything, and three dimensions, are answered from the deals.
constexpr std::array<const char *, 4> kDimensions{"team", "channel", "product_line", "region"};
constexpr std::size_t kCompanyKind = 0;
constexpr std::size_t kRepKind = 1;
constexpr std::size_t kFirstDimensionKind = 2; // then the four dimensions, then the six pairs

/// The scope kind names in kind order: company, rep, team … region, team_channel … product_line_region.
const std::vector<std::string> &scopeKinds()
{
    static const std::vector<std::string> kinds = [] {
        std::vector<std::string> names{"company", "rep"};
        for (const char *dimension : kDimensions)
            names.emplace_back(dimension);
        for (std::size_t a = 0; a < kDimensions.size(); ++a)
            for (std::size_t b = a + 1; b < kDimensions.size(); ++b)
                names.push_back(std::string(kDimensions[a]) + "_" + kDimensions[b]);
        return names;
    }();
    return kinds;
}

/// One customer's won deals: the first win and the days bought on per scope.
struct CustomerFacts
{
    struct FirstWin
    {
        Index closedOn = -1;
        std::int64_t rowid = 0;
        std::string dealId;
    };
    std::optional<FirstWin> first;
    std::map<std::pair<std::size_t, Index>, PurchaseDays> days; // (scope kind, scope id) → days
};

/// Reads rows of (customer, closed_on, rowid, id, team, channel, product line, region, credited
/// rep) into per-customer facts; a shared deal comes once per rep with a share.
class Collector
{
public:
    void read(SqliteStatement &rows, Index customer)
    {
        const Index closedOn = m_pool.intern(rows.columnText(1));
        const std::int64_t rowid = rows.columnInt(2);
        CustomerFacts &facts = m_customers[customer];
        // Earliest close day, then lowest rowid: the order engine::PreparedSales sees deals in.
        if (!facts.first || std::tie(m_pool.text(closedOn), rowid) < std::tie(m_pool.text(facts.first->closedOn),
                                                                              facts.first->rowid))
            facts.first = CustomerFacts::FirstWin{closedOn, rowid, std::string(rows.columnText(3))};
        const int day = dayNumber(closedOn);
        facts.days[{kCompanyKind, m_pool.intern("")}].add(day);
        facts.days[{kRepKind, m_pool.intern(rows.columnText(8))}].add(day);
        // A deal without a channel belongs to no channel's scope, nor to a pair with one.
        std::array<std::string_view, kDimensions.size()> ids;
        for (std::size_t d = 0; d < ids.size(); ++d) {
            ids[d] = rows.columnText(static_cast<int>(d) + 4);
            if (!ids[d].empty())
                facts.days[{kFirstDimensionKind + d, m_pool.intern(ids[d])}].add(day);
        }
        std::size_t pairKind = kFirstDimensionKind + ids.size();
        for (std::size_t a = 0; a < ids.size(); ++a)
            for (std::size_t b = a + 1; b < ids.size(); ++b, ++pairKind)
                if (!ids[a].empty() && !ids[b].empty()) {
                    std::string pair(ids[a]);
                    pair += '|';
                    pair += ids[b];
                    facts.days[{pairKind, m_pool.intern(pair)}].add(day);
                }
    }

    StringPool &pool() { return m_pool; }
    const std::map<Index, CustomerFacts> &customers() const { return m_customers; }

private:
    int dayNumber(Index date)
    {
        const auto found = m_days.find(date);
        if (found != m_days.end())
            return found->second;
        const auto parsed = engine::parseIsoDate(m_pool.text(date));
        if (!parsed)
            throw StorageError(QStringLiteral("Invalid deal close date: %1")
                                   .arg(QString::fromStdString(m_pool.text(date))));
        return m_days.emplace(date, engine::toDayNumber(*parsed)).first->second;
    }

    StringPool m_pool;
    std::map<Index, CustomerFacts> m_customers;
    std::map<Index, int> m_days;
};

void write(sqlite3 *db, Collector &collector)
{
    SqliteStatement insertFirst(db, QStringLiteral("INSERT INTO customer_first_wins (customer_id, deal_id, closed_on) "
                                                   "VALUES (?1, ?2, ?3)"));
    SqliteStatement insertDays(db, QStringLiteral("INSERT INTO customer_purchase_days (scope_kind, scope_id, "
                                                  "customer_id, first_day, days) VALUES (?1, ?2, ?3, ?4, ?5)"));
    const StringPool &pool = collector.pool();
    for (const auto &[customer, facts] : collector.customers()) {
        const std::string &id = pool.text(customer);
        if (facts.first) {
            insertFirst.bindText(1, id);
            insertFirst.bindText(2, facts.first->dealId);
            insertFirst.bindText(3, pool.text(facts.first->closedOn));
            insertFirst.step();
        }
        for (const auto &[scope, days] : facts.days) {
            const PurchaseDays::Encoded encoded = days.encode();
            insertDays.bindText(1, std::string_view(scopeKinds()[scope.first]));
            insertDays.bindText(2, pool.text(scope.second));
            insertDays.bindText(3, id);
            insertDays.bindInt(4, encoded.firstDay);
            insertDays.bindBlob(5, encoded.days);
            insertDays.step();
        }
    }
}

// What a purchase is, as in engine::MetricCube: a won deal with a positive amount and a customer,
// once per rep credited with it.
const char *const kPurchaseColumns = "d.closed_on, d.rowid, d.id, d.team_id, d.channel_id, d.product_line_id, "
                                     "d.region_id, coalesce(c.rep_id, d.owner_rep_id)";

} // namespace

void CustomerFactsBuilder::rebuildAll()
{
    Collector collector;
    {
        // NOT INDEXED: one pass over the table beats the won-deals index plus a lookup per deal.
        SqliteStatement rows(m_db, QStringLiteral("SELECT d.customer_id, %1 FROM deals d NOT INDEXED "
                                                  "LEFT JOIN deal_credits c ON c.deal_id = d.id WHERE d.stage = 'won' "
                                                  "AND d.amount_minor > 0 AND d.customer_id IS NOT NULL")
                                       .arg(QLatin1String(kPurchaseColumns)));
        while (rows.next())
            collector.read(rows, collector.pool().intern(rows.columnText(0)));
    }
    SqliteStatement(m_db, QStringLiteral("DELETE FROM customer_first_wins")).step();
    SqliteStatement(m_db, QStringLiteral("DELETE FROM customer_purchase_days")).step();
    write(m_db, collector);
}

std::set<QString> CustomerFactsBuilder::rebuild(const std::vector<QString> &customerIds)
{
    std::set<QString> changedMonths;
    Collector collector;
    SqliteStatement rows(m_db, QStringLiteral("SELECT ?1, %1 FROM deals d LEFT JOIN deal_credits c ON c.deal_id = d.id "
                                              "WHERE d.customer_id = ?1 AND d.stage = 'won' AND d.amount_minor > 0")
                                   .arg(QLatin1String(kPurchaseColumns)));
    SqliteStatement oldFirst(m_db, QStringLiteral("SELECT deal_id, closed_on FROM customer_first_wins "
                                                  "WHERE customer_id = ?1"));
    SqliteStatement clearFirst(m_db, QStringLiteral("DELETE FROM customer_first_wins WHERE customer_id = ?1"));
    for (const QString &id : customerIds) {
        const Index customer = collector.pool().intern(id.toStdString());
        rows.bindText(1, id);
        while (rows.next())
            collector.read(rows, customer);

        oldFirst.bindText(1, id);
        std::optional<std::pair<std::string, std::string>> before;
        if (oldFirst.step())
            before.emplace(std::string(oldFirst.columnText(0)), std::string(oldFirst.columnText(1)));
        const auto found = collector.customers().find(customer);
        std::optional<std::pair<std::string, std::string>> after;
        if (found != collector.customers().end() && found->second.first)
            after.emplace(found->second.first->dealId, collector.pool().text(found->second.first->closedOn));
        if (before != after) {
            for (const auto &win : {before, after})
                if (win)
                    changedMonths.insert(QString::fromStdString(win->second.substr(0, 7)));
        }
        clearFirst.bindText(1, id);
        clearFirst.step();
    }
    // One pass over the table for all of them: an index on customer_id would double its size.
    QJsonArray ids;
    for (const QString &id : customerIds)
        ids.append(id);
    SqliteStatement clearDays(m_db, QStringLiteral("DELETE FROM customer_purchase_days "
                                                   "WHERE customer_id IN (SELECT value FROM json_each(?1))"));
    clearDays.bindText(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    clearDays.step();
    write(m_db, collector);
    return changedMonths;
}

} // namespace attain::storage
