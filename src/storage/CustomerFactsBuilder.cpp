#include "storage/CustomerFactsBuilder.h"

#include "engine/Date.h"
#include "storage/PurchaseDays.h"
#include "storage/StorageError.h"
#include "storage/StringPool.h"
#include "storage/import/SqliteStatement.h"

#include <array>
#include <map>
#include <optional>
#include <tuple>

namespace attain::storage {

namespace {

using import::SqliteStatement;
using Index = std::int32_t;

// The scopes retention is kept for, in the order of the key columns read below; reps and
// combinations are answered from the deals themselves (a rep's purchases are few).
constexpr std::array<const char *, 5> kScopeKinds{"company", "team", "channel", "product_line", "region"};

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

/// Reads rows of (customer, closed_on, rowid, id, team, channel, product line, region) into
/// per-customer facts.
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
        facts.days[{0, m_pool.intern("")}].add(day);
        for (std::size_t kind = 1; kind < kScopeKinds.size(); ++kind) {
            const std::string_view scope = rows.columnText(static_cast<int>(kind) + 3);
            if (!scope.empty()) // a deal without a channel belongs to no channel's scope
                facts.days[{kind, m_pool.intern(scope)}].add(day);
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
                                                  "customer_id, first_day, bits) VALUES (?1, ?2, ?3, ?4, ?5)"));
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
            insertDays.bindText(1, std::string_view(kScopeKinds[scope.first]));
            insertDays.bindText(2, pool.text(scope.second));
            insertDays.bindText(3, id);
            insertDays.bindInt(4, encoded.firstDay);
            insertDays.bindBlob(5, encoded.bits);
            insertDays.step();
        }
    }
}

// What a purchase is, as in engine::MetricCube: a won deal with a positive amount and a customer.
const char *const kPurchaseColumns = "closed_on, rowid, id, team_id, channel_id, product_line_id, region_id";

} // namespace

void CustomerFactsBuilder::rebuildAll()
{
    Collector collector;
    {
        // NOT INDEXED: one pass over the table beats the won-deals index plus a lookup per deal.
        SqliteStatement rows(m_db, QStringLiteral("SELECT customer_id, %1 FROM deals NOT INDEXED WHERE stage = 'won' "
                                                  "AND amount_minor > 0 AND customer_id IS NOT NULL")
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
    SqliteStatement rows(m_db, QStringLiteral("SELECT ?1, %1 FROM deals WHERE customer_id = ?1 AND stage = 'won' "
                                              "AND amount_minor > 0")
                                   .arg(QLatin1String(kPurchaseColumns)));
    SqliteStatement oldFirst(m_db, QStringLiteral("SELECT deal_id, closed_on FROM customer_first_wins "
                                                  "WHERE customer_id = ?1"));
    SqliteStatement clearFirst(m_db, QStringLiteral("DELETE FROM customer_first_wins WHERE customer_id = ?1"));
    SqliteStatement clearDays(m_db, QStringLiteral("DELETE FROM customer_purchase_days WHERE customer_id = ?1"));
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
        clearDays.bindText(1, id);
        clearDays.step();
    }
    write(m_db, collector);
    return changedMonths;
}

} // namespace attain::storage
