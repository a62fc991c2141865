#include "storage/CustomerFactsBuilder.h"

#include "engine/Date.h"
#include "storage/PurchaseDays.h"
#include "storage/StorageError.h"
#include "storage/StringPool.h"
#include "storage/import/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <span>
#include <tuple>
#include <unordered_map>

namespace attain::storage {

namespace {

using import::SqliteStatement;
using Index = std::int32_t;

// The scopes retention is kept for: the company, each dimension and each pair of dimensions (in
// the order of the key columns read below; a pair's id is "first|second"), and the rep
// credited. A rep combined with anything, and three dimensions, are answered from the deals.
constexpr std::array<const char *, 4> kDimensions { "team", "channel", "product_line", "region" };
constexpr std::size_t kCompanyKind = 0;
constexpr std::size_t kRepKind = 1;
constexpr std::size_t kFirstDimensionKind = 2; // then the four dimensions, then the six pairs

/// The scope kind names in kind order: company, rep, team … region, team_channel … product_line_region.
const std::vector<std::string> &scopeKinds()
{
    static const std::vector<std::string> kinds = [] {
        std::vector<std::string> names { "company", "rep" };
        for (const char *dimension : kDimensions)
            names.emplace_back(dimension);
        for (std::size_t a = 0; a < kDimensions.size(); ++a)
            for (std::size_t b = a + 1; b < kDimensions.size(); ++b)
                names.push_back(std::string(kDimensions[a]) + "_" + kDimensions[b]);
        return names;
    }();
    return kinds;
}

/// One customer's won deals: the first win and, per purchase, the scopes it counts in.
struct CustomerFacts
{
    struct FirstWin
    {
        Index closedOn = -1;
        std::int64_t rowid = 0;
        std::string dealId;
    };
    /// A purchase day in one scope: the kind and the interned id, or two ids for a pair.
    struct Entry
    {
        std::uint64_t scope;
        std::int32_t day;
        std::uint8_t kind;
    };
    std::optional<FirstWin> first;
    std::vector<Entry> entries; // sorted and grouped when written
};

/// Reads rows of (customer, closed_on, rowid, id, team, channel, product line, region) with the
/// reps credited with each into per-customer facts.
class Collector
{
public:
    void read(SqliteStatement &rows, Index customer, std::span<const Index> reps)
    {
        const Index closedOn = m_pool.intern(rows.columnText(1));
        const std::int64_t rowid = rows.columnInt(2);
        CustomerFacts &facts = m_customers[customer];
        // Earliest close day, then lowest rowid: the order engine::PreparedSales sees deals in.
        if (!facts.first
            || std::tie(m_pool.text(closedOn), rowid)
                < std::tie(m_pool.text(facts.first->closedOn), facts.first->rowid))
            facts.first = CustomerFacts::FirstWin { closedOn, rowid, std::string(rows.columnText(3)) };
        const int day = dayNumber(closedOn);
        const auto add = [&](std::size_t kind, std::uint64_t scope) {
            facts.entries.push_back({ scope, day, static_cast<std::uint8_t>(kind) });
        };
        add(kCompanyKind, 0);
        for (Index rep : reps)
            add(kRepKind, static_cast<std::uint64_t>(rep));
        // A deal without a channel belongs to no channel's scope, nor to a pair with one.
        std::array<Index, kDimensions.size()> ids;
        for (std::size_t d = 0; d < ids.size(); ++d) {
            const std::string_view id = rows.columnText(static_cast<int>(d) + 4);
            ids[d] = id.empty() ? -1 : m_pool.intern(id);
            if (ids[d] >= 0)
                add(kFirstDimensionKind + d, static_cast<std::uint64_t>(ids[d]));
        }
        std::size_t pairKind = kFirstDimensionKind + ids.size();
        for (std::size_t a = 0; a < ids.size(); ++a)
            for (std::size_t b = a + 1; b < ids.size(); ++b, ++pairKind)
                if (ids[a] >= 0 && ids[b] >= 0)
                    add(pairKind, static_cast<std::uint64_t>(ids[a]) << 32 | static_cast<std::uint32_t>(ids[b]));
    }

    StringPool &pool() { return m_pool; }
    std::map<Index, CustomerFacts> &customers() { return m_customers; }

    /// The text of a scope id: "" for the company, the id, or "first|second" for a pair.
    [[nodiscard]] std::string scopeText(std::size_t kind, std::uint64_t scope) const
    {
        if (kind == kCompanyKind)
            return {};
        if (kind < kFirstDimensionKind + kDimensions.size())
            return m_pool.text(static_cast<Index>(scope));
        return m_pool.text(static_cast<Index>(scope >> 32)) + '|'
            + m_pool.text(static_cast<Index>(scope & 0xFFFFFFFFu));
    }

private:
    int dayNumber(Index date)
    {
        const auto found = m_days.find(date);
        if (found != m_days.end())
            return found->second;
        const auto parsed = engine::parseIsoDate(m_pool.text(date));
        if (!parsed)
            throw StorageError(
                QStringLiteral("Invalid deal close date: %1").arg(QString::fromStdString(m_pool.text(date))));
        return m_days.emplace(date, engine::toDayNumber(*parsed)).first->second;
    }

    StringPool m_pool;
    std::map<Index, CustomerFacts> m_customers;
    std::unordered_map<Index, int> m_days;
};

void write(sqlite3 *db, Collector &collector)
{
    // Rows go in in primary-key order (customer_purchase_days is keyed by scope, then customer):
    // appending to the B-tree instead of landing all over it.
    struct DaysRow
    {
        std::uint8_t kind;
        std::string scope;
        const std::string *customer;
        PurchaseDays::Encoded days;
    };
    std::vector<DaysRow> rows;
    const StringPool &pool = collector.pool();
    SqliteStatement insertFirst(db,
        QStringLiteral("INSERT INTO customer_first_wins (customer_id, deal_id, closed_on) "
                       "VALUES (?1, ?2, ?3)"));
    std::vector<std::pair<const std::string *, const CustomerFacts::FirstWin *>> firsts;
    for (auto &[customer, facts] : collector.customers()) {
        const std::string &id = pool.text(customer);
        if (facts.first)
            firsts.emplace_back(&id, &*facts.first);
        auto &entries = facts.entries;
        std::sort(entries.begin(), entries.end(), [](const CustomerFacts::Entry &x, const CustomerFacts::Entry &y) {
            return std::tie(x.kind, x.scope, x.day) < std::tie(y.kind, y.scope, y.day);
        });
        for (std::size_t begin = 0; begin < entries.size();) {
            std::size_t end = begin;
            PurchaseDays days;
            while (end < entries.size() && entries[end].kind == entries[begin].kind
                && entries[end].scope == entries[begin].scope)
                days.add(entries[end++].day);
            rows.push_back({ entries[begin].kind, collector.scopeText(entries[begin].kind, entries[begin].scope), &id,
                days.encode() });
            begin = end;
        }
        entries = {}; // free as we go
    }
    std::sort(firsts.begin(), firsts.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
    for (const auto &[customer, first] : firsts) {
        insertFirst.bindText(1, *customer);
        insertFirst.bindText(2, first->dealId);
        insertFirst.bindText(3, pool.text(first->closedOn));
        insertFirst.step();
    }
    std::sort(rows.begin(), rows.end(), [](const DaysRow &a, const DaysRow &b) {
        const std::string &kindA = scopeKinds()[a.kind], &kindB = scopeKinds()[b.kind];
        return std::tie(kindA, a.scope, *a.customer) < std::tie(kindB, b.scope, *b.customer);
    });
    SqliteStatement insertDays(db,
        QStringLiteral("INSERT INTO customer_purchase_days (scope_kind, scope_id, "
                       "customer_id, first_day, days) VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const DaysRow &row : rows) {
        insertDays.bindText(1, std::string_view(scopeKinds()[row.kind]));
        insertDays.bindText(2, row.scope);
        insertDays.bindText(3, *row.customer);
        insertDays.bindInt(4, row.days.firstDay);
        insertDays.bindBlob(5, row.days.days);
        insertDays.step();
    }
}

// What a purchase is, as in engine::MetricCube: a won deal with a positive amount and a customer.
const char *const kPurchaseColumns = "d.closed_on, d.rowid, d.id, d.team_id, d.channel_id, d.product_line_id, "
                                     "d.region_id, d.owner_rep_id";

} // namespace

void CustomerFactsBuilder::rebuildAll()
{
    Collector collector;
    // The reps credited with each shared deal, read once (a join would look each deal up).
    std::unordered_map<std::string, std::vector<Index>, TransparentStringHash, std::equal_to<>> credited;
    {
        SqliteStatement credits(m_db, QStringLiteral("SELECT deal_id, rep_id FROM deal_credits"));
        while (credits.next())
            credited[std::string(credits.columnText(0))].push_back(collector.pool().intern(credits.columnText(1)));
    }
    {
        // NOT INDEXED: one pass over the table beats the won-deals index plus a lookup per deal.
        SqliteStatement rows(m_db,
            QStringLiteral("SELECT d.customer_id, %1 FROM deals d NOT INDEXED "
                           "WHERE d.stage = 'won' AND d.amount_minor > 0 "
                           "AND d.customer_id IS NOT NULL")
                .arg(QLatin1String(kPurchaseColumns)));
        while (rows.next()) {
            const auto shares = credited.find(rows.columnText(3));
            const Index owner = collector.pool().intern(rows.columnText(8));
            collector.read(rows, collector.pool().intern(rows.columnText(0)),
                shares != credited.end() ? std::span<const Index>(shares->second) : std::span<const Index>(&owner, 1));
        }
    }
    SqliteStatement(m_db, QStringLiteral("DELETE FROM customer_first_wins")).step();
    SqliteStatement(m_db, QStringLiteral("DELETE FROM customer_purchase_days")).step();
    write(m_db, collector);
}

std::set<QString> CustomerFactsBuilder::rebuild(const std::vector<QString> &customerIds)
{
    std::set<QString> changedMonths;
    Collector collector;
    // A shared deal comes once per rep with a share (column 9), its owner otherwise.
    SqliteStatement rows(m_db,
        QStringLiteral("SELECT ?1, %1, coalesce(c.rep_id, d.owner_rep_id) FROM deals d "
                       "LEFT JOIN deal_credits c ON c.deal_id = d.id "
                       "WHERE d.customer_id = ?1 AND d.stage = 'won' AND d.amount_minor > 0")
            .arg(QLatin1String(kPurchaseColumns)));
    SqliteStatement oldFirst(m_db,
        QStringLiteral("SELECT deal_id, closed_on FROM customer_first_wins "
                       "WHERE customer_id = ?1"));
    SqliteStatement clearFirst(m_db, QStringLiteral("DELETE FROM customer_first_wins WHERE customer_id = ?1"));
    for (const QString &id : customerIds) {
        const Index customer = collector.pool().intern(id.toStdString());
        rows.bindText(1, id);
        while (rows.next()) {
            const Index rep = collector.pool().intern(rows.columnText(9));
            collector.read(rows, customer, std::span<const Index>(&rep, 1));
        }

        oldFirst.bindText(1, id);
        std::optional<std::pair<std::string, std::string>> before;
        if (oldFirst.step())
            before.emplace(std::string(oldFirst.columnText(0)), std::string(oldFirst.columnText(1)));
        const auto found = collector.customers().find(customer);
        std::optional<std::pair<std::string, std::string>> after;
        if (found != collector.customers().end() && found->second.first)
            after.emplace(found->second.first->dealId, collector.pool().text(found->second.first->closedOn));
        if (before != after) {
            for (const auto &win : { before, after })
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
    SqliteStatement clearDays(m_db,
        QStringLiteral("DELETE FROM customer_purchase_days "
                       "WHERE customer_id IN (SELECT value FROM json_each(?1))"));
    clearDays.bindText(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    clearDays.step();
    write(m_db, collector);
    return changedMonths;
}

} // namespace attain::storage
