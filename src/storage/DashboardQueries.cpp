#include "storage/DashboardQueries.h"

#include "engine/Money.h"
#include "engine/Period.h"
#include "engine/WideInt.h"
#include "storage/PurchaseDays.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/import/SqliteStatement.h"

#include <QStringList>

#include <algorithm>
#include <set>
#include <vector>

namespace attain::storage {

namespace {

using engine::Date;
using import::SqliteStatement;

constexpr std::int64_t kWholeShare = 10000;

QString iso(Date date)
{
    return toSqlDate(date);
}

Date firstOfMonth(Date date)
{
    return engine::makeDate(static_cast<int>(date.year()), static_cast<unsigned>(date.month()), 1);
}

Date lastOfMonth(Date date)
{
    return engine::Period::month(static_cast<int>(date.year()), static_cast<unsigned>(date.month())).last;
}

/// A piece of a day range read from one table: whole months from a monthly table ("YYYY-MM"
/// bounds), or days of one month from a daily one ("YYYY-MM-DD" bounds).
struct Segment
{
    bool monthly = false;
    QString first, last;
    Date firstDay {}, lastDay {};
};

/// Whole months of `range` in one segment, and the days of months it covers only in part, one
/// segment per month. A quarter is one monthly segment; 2026-01-01 … 2026-11-25 is
/// January–October plus 25 days of November. `daysOnly` gives day segments for every month.
std::vector<Segment> segmentsOf(DayRange range, bool daysOnly)
{
    std::vector<Segment> segments;
    if (range.empty())
        return segments;
    for (Date month = firstOfMonth(range.first); month <= range.last; month = engine::addDays(lastOfMonth(month), 1)) {
        const Date first = std::max(month, range.first);
        const Date last = std::min(lastOfMonth(month), range.last);
        if (!daysOnly && first == month && last == lastOfMonth(month)) {
            if (!segments.empty() && segments.back().monthly) {
                segments.back().last = iso(last).left(7);
                segments.back().lastDay = last;
            } else {
                segments.push_back({ true, iso(first).left(7), iso(last).left(7), first, last });
            }
        } else {
            segments.push_back({ false, iso(first), iso(last), first, last });
        }
    }
    return segments;
}

/// Reads a row of (group, bucket, currency, revenue, won amount, won, lost, cycle days, new customers).
SumsRow sumsRow(const SqliteStatement &statement)
{
    SumsRow row;
    row.group = statement.columnString(0);
    row.bucket = statement.columnString(1);
    row.currency = std::string(statement.columnText(2));
    row.sums.revenue = statement.columnInt(3);
    row.sums.wonAmount = statement.columnInt(4);
    row.sums.won = statement.columnInt(5);
    row.sums.lost = statement.columnInt(6);
    row.sums.cycleDays = statement.columnInt(7);
    row.sums.newCustomers = statement.columnInt(8);
    return row;
}

void subtract(DealSums &sums, const DealSums &before)
{
    sums.revenue -= before.revenue;
    sums.wonAmount -= before.wonAmount;
    sums.won -= before.won;
    sums.lost -= before.lost;
    sums.cycleDays -= before.cycleDays;
    sums.newCustomers -= before.newCustomers;
}

/// Conditions with numbered parameters after the range's ?1 and ?2.
class Conditions
{
public:
    void add(const QString &column, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_values.push_back(value);
        m_text += QStringLiteral(" AND %1 = ?%2").arg(column).arg(m_values.size() + 2);
    }
    /// The parameter a value is bound to (reused for the same value, e.g. a rep in two branches).
    [[nodiscard]] QString parameter(const QString &value)
    {
        m_values.push_back(value);
        return QStringLiteral("?%1").arg(m_values.size() + 2);
    }
    [[nodiscard]] const QString &text() const { return m_text; }
    /// The bound values as text, to recognise a statement run before.
    [[nodiscard]] QString values(const QString &first, const QString &last) const
    {
        QStringList all { first, last };
        for (const QString &value : m_values)
            all << value;
        return all.join(QLatin1Char('\x1f'));
    }
    void bind(SqliteStatement &statement, const QString &first, const QString &last) const
    {
        statement.bindText(1, first);
        statement.bindText(2, last);
        for (std::size_t i = 0; i < m_values.size(); ++i)
            statement.bindText(static_cast<int>(i) + 3, m_values[i]);
    }

private:
    QString m_text;
    std::vector<QString> m_values;
};

enum class Source { DealFacts, RepFacts, RepMarket };

bool narrowsMarket(const DashboardScope &scope)
{
    return !scope.channelId.isEmpty() || !scope.productLineId.isEmpty() || !scope.regionId.isEmpty();
}

QString dimensionColumn(DashboardDimension dimension)
{
    switch (dimension) {
    case DashboardDimension::Team:
        return QStringLiteral("team_id");
    case DashboardDimension::Rep:
        return QStringLiteral("rep_id");
    case DashboardDimension::Channel:
        return QStringLiteral("channel_id");
    case DashboardDimension::ProductLine:
        return QStringLiteral("product_line_id");
    case DashboardDimension::Region:
        return QStringLiteral("region_id");
    }
    return {};
}

/// The deals of a range meeting `condition` (on `d`, the deals table: raw columns, so that their
/// indexes serve) as rows of (deal columns, credited rep_id, weight w): a rep's own deals without
/// shares at 10000 plus their shares of shared deals (driven by the rep's indexes) when
/// `repParameter` is given, every deal once per share otherwise, or every deal once with weight 1
/// when not `repWeighted`. ?1 and ?2 are the first and last day.
QString dealsSource(bool repWeighted, const QString &repParameter, const QString &condition)
{
    const QString columns = QStringLiteral(
        "d.id, d.closed_on, d.created_on, d.stage, d.amount_minor, d.currency, coalesce(d.team_id, '') AS team_id, "
        "coalesce(d.channel_id, '') AS channel_id, coalesce(d.product_line_id, '') AS product_line_id, "
        "coalesce(d.region_id, '') AS region_id, d.customer_id");
    const QString when = QStringLiteral("d.closed_on BETWEEN ?1 AND ?2 AND %1").arg(condition);
    if (!repWeighted)
        return QStringLiteral("SELECT %1, d.owner_rep_id AS rep_id, 1 AS w FROM deals d WHERE %2").arg(columns, when);
    if (repParameter.isEmpty())
        return QStringLiteral("SELECT %1, coalesce(c.rep_id, d.owner_rep_id) AS rep_id, "
                              "coalesce(c.basis_points, 10000) AS w "
                              "FROM deals d LEFT JOIN deal_credits c ON c.deal_id = d.id WHERE %2")
            .arg(columns, when);
    return QStringLiteral("SELECT %1, d.owner_rep_id AS rep_id, 10000 AS w FROM deals d "
                          "WHERE d.owner_rep_id = %3 AND %2 "
                          "AND NOT EXISTS (SELECT 1 FROM deal_credits c WHERE c.deal_id = d.id) "
                          "UNION ALL "
                          "SELECT %1, k.rep_id, k.basis_points FROM deal_credit_days k CROSS JOIN deals d "
                          "ON d.id = k.deal_id WHERE k.rep_id = %3 AND k.closed_on BETWEEN ?1 AND ?2 AND %2")
        .arg(columns, when, repParameter);
}

void addChecked(std::int64_t &sum, std::int64_t value, bool &overflow)
{
    if (!engine::addProduct(sum, value, 1))
        overflow = true;
}

} // namespace

void DealSums::add(const DealSums &other)
{
    if (other.weight != weight && (other.revenue != 0 || other.won != 0 || other.lost != 0))
        throw StorageError(QStringLiteral("Dashboard: whole and credit-weighted sums mixed"));
    addChecked(revenue, other.revenue, overflow);
    addChecked(wonAmount, other.wonAmount, overflow);
    addChecked(won, other.won, overflow);
    addChecked(lost, other.lost, overflow);
    addChecked(cycleDays, other.cycleDays, overflow);
    addChecked(newCustomers, other.newCustomers, overflow);
    overflow = overflow || other.overflow;
}

engine::MetricValue DealSums::value(engine::MetricId metric) const
{
    using engine::MetricId;
    if (overflow)
        return { 0, 0, 0, 1 };
    switch (metric) {
    case MetricId::Revenue:
        return { revenue, weight, 0, 1 };
    case MetricId::DealsWon:
        return { won, weight, 0, 100 };
    case MetricId::NewCustomers:
        return { newCustomers, weight, 0, 100 };
    case MetricId::ConversionRate:
        return { won, won + lost, 0, 10000 };
    case MetricId::AverageDealSize:
        return { wonAmount, won, 0, 1 };
    case MetricId::SalesCycleDays:
        return { cycleDays, won, 0, 100 };
    default:
        return { 0, 0, 0, 1 };
    }
}

std::int64_t DealSums::revenueMinor() const
{
    return engine::mulDivRounded(revenue, 1, weight).value_or(0);
}

void PeopleSums::add(const PeopleSums &other)
{
    activities += other.activities;
    scoreSum += other.scoreSum;
    scoreCount += other.scoreCount;
}

DashboardQueries::DashboardQueries(
    const QSqlDatabase &db, QString currency, const engine::ExchangeRates &rates, DashboardNotices &notices)
    : m_db(db)
    , m_handle(SqliteStatement::handle(db))
    , m_currency(currency.toStdString())
    , m_rates(rates)
    , m_notices(notices)
{
}

bool DashboardQueries::convert(std::int64_t &amount, const std::string &from, int year, unsigned month)
{
    const auto converted
        = m_rates.convert({ amount, from }, m_currency, year, month, engine::ExchangeRates::Fallback::LatestEarlier);
    if (converted) {
        amount = converted->minor;
        return true;
    }
    return false;
}

void DashboardQueries::addConverted(DealSums &sums, const QString &month, const std::string &currency, DealSums row)
{
    if (currency != m_currency) {
        const int year = month.left(4).toInt();
        const auto monthNumber = month.mid(5, 2).toUInt();
        if (!m_rates.rate(currency, m_currency, year, monthNumber, engine::ExchangeRates::Fallback::LatestEarlier)) {
            const engine::MissingRate missing { currency, m_currency, year, monthNumber };
            if (std::find(m_notices.missingRates.begin(), m_notices.missingRates.end(), missing)
                == m_notices.missingRates.end())
                m_notices.missingRates.push_back(missing);
            return; // left out, and said so
        }
        // With a rate, a failed conversion is a result beyond 64 bits.
        if (!convert(row.revenue, currency, year, monthNumber) || !convert(row.wonAmount, currency, year, monthNumber))
            row.overflow = true;
    }
    sums.add(row);
}

DashboardQueries::Grouped DashboardQueries::dealSums(
    const DashboardScope &scope, DayRange range, std::optional<DashboardDimension> by, Bucket bucket)
{
    const bool repWeighted = !scope.repId.isEmpty() || by == DashboardDimension::Rep;
    const bool market = narrowsMarket(scope) || by == DashboardDimension::Channel
        || by == DashboardDimension::ProductLine || by == DashboardDimension::Region;
    const Source source = repWeighted && market ? Source::RepMarket
        : repWeighted                           ? Source::RepFacts
                                                : Source::DealFacts;
    const std::int64_t weight = repWeighted ? kWholeShare : 1;
    const QString group = by ? dimensionColumn(*by) : QStringLiteral("''");

    Grouped grouped;
    const auto add = [&](const SumsRow &row) {
        DealSums sums = row.sums;
        sums.weight = weight;
        DealSums &total = grouped[row.group][row.bucket];
        total.weight = weight;
        addConverted(total, row.bucket.left(7), row.currency, sums);
    };
    // Panels ask for the same month or part of a month more than once (a leaderboard's trend and
    // its period to date): a statement is run once per computation.
    const auto readOnce = [&](const QString &sql, const Conditions &where, const QString &first, const QString &last) {
        const QString key = sql + QLatin1Char('\x1f') + where.values(first, last);
        auto found = m_rows.find(key);
        if (found == m_rows.end()) {
            std::vector<SumsRow> rows;
            SqliteStatement statement(m_handle, sql);
            where.bind(statement, first, last);
            while (statement.next())
                rows.push_back(sumsRow(statement));
            found = m_rows.emplace(key, std::move(rows)).first;
        }
        for (const SumsRow &row : found->second)
            add(row);
    };

    if (source == Source::RepMarket) {
        // Whole months from a rep's shares by channel, product line and region; the days of
        // partial months from the deals themselves.
        for (const Segment &segment : segmentsOf(range, bucket == Bucket::Day)) {
            Conditions where;
            if (segment.monthly) {
                where.add(QStringLiteral("rep_id"), scope.repId);
                where.add(QStringLiteral("team_id"), scope.teamId);
                where.add(QStringLiteral("channel_id"), scope.channelId);
                where.add(QStringLiteral("product_line_id"), scope.productLineId);
                where.add(QStringLiteral("region_id"), scope.regionId);
                readOnce(
                    QStringLiteral("SELECT %1, month, currency, sum(revenue_bp), sum(won_amount_bp), sum(won_bp), "
                                   "sum(lost_bp), sum(cycle_days_bp), sum(new_customers_bp) "
                                   "FROM rep_market_facts_monthly WHERE month BETWEEN ?1 AND ?2%2 GROUP BY 1, 2, 3")
                        .arg(group, where.text()),
                    where, segment.first, segment.last);
                continue;
            }
            const QString rep = scope.repId.isEmpty() ? QString() : where.parameter(scope.repId);
            where.add(QStringLiteral("d.team_id"), scope.teamId);
            where.add(QStringLiteral("d.channel_id"), scope.channelId);
            where.add(QStringLiteral("d.product_line_id"), scope.productLineId);
            where.add(QStringLiteral("d.region_id"), scope.regionId);
            const QString wonDeal = QStringLiteral("x.stage = 'won' AND x.amount_minor >= 0");
            readOnce(
                QStringLiteral(
                    "SELECT %1, %2, x.currency, "
                    "sum(CASE WHEN x.stage = 'won' THEN x.amount_minor * x.w ELSE 0 END), "
                    "sum(CASE WHEN %3 THEN x.amount_minor * x.w ELSE 0 END), "
                    "sum(CASE WHEN %3 THEN x.w ELSE 0 END), "
                    "sum(CASE WHEN x.stage = 'lost' THEN x.w ELSE 0 END), "
                    "sum(CASE WHEN %3 THEN CAST(julianday(x.closed_on) - julianday(x.created_on) AS INTEGER) "
                    "    * x.w ELSE 0 END), "
                    "sum(CASE WHEN %3 AND EXISTS (SELECT 1 FROM customer_first_wins f WHERE f.deal_id = x.id) "
                    "    THEN x.w ELSE 0 END) "
                    "FROM (%4) x GROUP BY 1, 2, 3")
                    .arg(by ? QStringLiteral("x.") + group : group,
                        bucket == Bucket::Day ? QStringLiteral("x.closed_on")
                                              : QStringLiteral("substr(x.closed_on, 1, 7)"),
                        wonDeal, dealsSource(true, rep, QStringLiteral("d.stage IN ('won', 'lost')") + where.text())),
                where, segment.first, segment.last);
        }
        return grouped;
    }

    const bool reps = source == Source::RepFacts;
    const QString table = reps ? QStringLiteral("rep") : QStringLiteral("deal");
    const QStringList columns = reps
        ? QStringList { QStringLiteral("revenue_bp"), QStringLiteral("won_amount_bp"), QStringLiteral("won_bp"),
              QStringLiteral("lost_bp"), QStringLiteral("cycle_days_bp"), QStringLiteral("new_customers_bp") }
        : QStringList { QStringLiteral("revenue_minor"), QStringLiteral("won_amount_minor"),
              QStringLiteral("won_count"), QStringLiteral("lost_count"), QStringLiteral("cycle_days"),
              QStringLiteral("new_customers") };
    const auto sums = [&](const QString &pattern) {
        QStringList parts;
        for (const QString &column : columns)
            parts << pattern.arg(column);
        return parts.join(QStringLiteral(", "));
    };
    const auto filters = [&](Conditions &where) {
        where.add(QStringLiteral("team_id"), scope.teamId);
        if (reps) {
            where.add(QStringLiteral("rep_id"), scope.repId);
        } else {
            where.add(QStringLiteral("channel_id"), scope.channelId);
            where.add(QStringLiteral("product_line_id"), scope.productLineId);
            where.add(QStringLiteral("region_id"), scope.regionId);
        }
    };
    for (const Segment &segment : segmentsOf(range, bucket == Bucket::Day)) {
        Conditions where;
        filters(where);
        const QString dayBefore = static_cast<unsigned>(segment.firstDay.day()) == 1
            ? QString() // the month's start: nothing to take away
            : iso(engine::addDays(segment.firstDay, -1));
        if (segment.monthly) {
            readOnce(QStringLiteral("SELECT %1, month, currency, %2 FROM %3_facts_monthly "
                                    "WHERE month BETWEEN ?1 AND ?2%4 GROUP BY 1, 2, 3")
                         .arg(group, sums(QStringLiteral("sum(%1)")), table, where.text()),
                where, segment.first, segment.last);
        } else if (bucket == Bucket::Month) {
            // Daily rows are cumulative within the month: the last day's minus the day before the first.
            readOnce(QStringLiteral("SELECT %1, substr(day, 1, 7), currency, %2 FROM %3_facts_daily "
                                    "WHERE day IN (?1, ?2)%4 GROUP BY 1, 2, 3")
                         .arg(group, sums(QStringLiteral("sum(CASE WHEN day = ?1 THEN %1 ELSE -%1 END)")), table,
                             where.text()),
                where, segment.last, dayBefore);
        } else {
            // Day by day: each day's sums are its cumulative row minus the previous day's.
            SqliteStatement statement(m_handle,
                QStringLiteral("SELECT %1, day, currency, %2 FROM %3_facts_daily "
                               "WHERE day BETWEEN ?1 AND ?2%4 GROUP BY 1, 2, 3 "
                               "ORDER BY 1, 3, 2")
                    .arg(group, sums(QStringLiteral("sum(%1)")), table, where.text()));
            where.bind(statement, dayBefore.isEmpty() ? segment.first : dayBefore, segment.last);
            QString previousKey;
            DealSums previous;
            while (statement.next()) {
                SumsRow row = sumsRow(statement);
                const QString key = row.group + QLatin1Char('|') + QString::fromStdString(row.currency);
                if (key != previousKey) {
                    previousKey = key;
                    previous = DealSums {};
                }
                const DealSums cumulative = row.sums;
                subtract(row.sums, previous);
                previous = cumulative;
                if (row.bucket != dayBefore) // the day before is only the baseline
                    add(row);
            }
        }
    }
    return grouped;
}

DealSums DashboardQueries::total(const Grouped &grouped, const QString &group)
{
    DealSums sums;
    const auto found = grouped.find(group);
    if (found == grouped.end())
        return sums;
    bool first = true;
    for (const auto &[bucket, bucketSums] : found->second) {
        if (first)
            sums.weight = bucketSums.weight;
        first = false;
        sums.add(bucketSums);
    }
    return sums;
}

std::optional<std::map<QString, PeopleSums>> DashboardQueries::peopleSums(
    const DashboardScope &scope, DayRange range, bool byRep)
{
    if (!scope.channelId.isEmpty() || !scope.productLineId.isEmpty())
        return std::nullopt;
    std::map<QString, PeopleSums> sums;
    // A rep's team is their team now (reps.team_id), the customer's region its region now: the
    // engine's customer-side rules.
    const auto filters = [&](Conditions &where, const QString &rep, const QString &region) {
        where.add(QStringLiteral("r.team_id"), scope.teamId);
        where.add(rep, scope.repId);
        where.add(region, scope.regionId);
    };
    const auto teamJoin = [&](const char *rep) {
        return scope.teamId.isEmpty() ? QString() : QStringLiteral(" JOIN reps r ON r.id = %1").arg(QLatin1String(rep));
    };
    const auto regionJoin = [&](const char *customer) {
        return scope.regionId.isEmpty()
            ? QString()
            : QStringLiteral(" LEFT JOIN customers c ON c.id = %1").arg(QLatin1String(customer));
    };
    for (const Segment &segment : segmentsOf(range, false)) {
        if (segment.monthly) {
            Conditions where;
            filters(where, QStringLiteral("f.rep_id"), QStringLiteral("f.region_id"));
            SqliteStatement statement(m_handle,
                QStringLiteral("SELECT %1, sum(f.activities), sum(f.feedback_score_sum), sum(f.feedback_count) "
                               "FROM activity_facts_monthly f%2 WHERE f.month BETWEEN ?1 AND ?2%3 GROUP BY 1")
                    .arg(
                        byRep ? QStringLiteral("f.rep_id") : QStringLiteral("''"), teamJoin("f.rep_id"), where.text()));
            where.bind(statement, segment.first, segment.last);
            while (statement.next()) {
                PeopleSums &s = sums[statement.columnString(0)];
                s.add({ statement.columnInt(1), statement.columnInt(2), statement.columnInt(3) });
            }
            continue;
        }
        {
            Conditions where;
            filters(where, QStringLiteral("a.rep_id"), QStringLiteral("coalesce(c.region_id, '')"));
            SqliteStatement statement(m_handle,
                QStringLiteral(
                    "SELECT %1, count(*) FROM activities a%2%3 WHERE a.occurred_on BETWEEN ?1 AND ?2%4 GROUP BY 1")
                    .arg(byRep ? QStringLiteral("a.rep_id") : QStringLiteral("''"), teamJoin("a.rep_id"),
                        regionJoin("a.customer_id"), where.text()));
            where.bind(statement, segment.first, segment.last);
            while (statement.next())
                sums[statement.columnString(0)].activities += statement.columnInt(1);
        }
        {
            Conditions where;
            filters(where, QStringLiteral("b.rep_id"), QStringLiteral("coalesce(c.region_id, '')"));
            SqliteStatement statement(m_handle,
                QStringLiteral(
                    "SELECT %1, sum(b.score), count(*) FROM feedback b%2%3 WHERE b.received_on BETWEEN ?1 AND ?2%4 "
                    "GROUP BY 1")
                    .arg(byRep ? QStringLiteral("coalesce(b.rep_id, '')") : QStringLiteral("''"), teamJoin("b.rep_id"),
                        regionJoin("b.customer_id"), where.text()));
            where.bind(statement, segment.first, segment.last);
            while (statement.next()) {
                PeopleSums &s = sums[statement.columnString(0)];
                s.scoreSum += statement.columnInt(1);
                s.scoreCount += statement.columnInt(2);
            }
        }
    }
    return sums;
}

std::vector<DashboardQueries::Retention> DashboardQueries::retention(
    const DashboardScope &scope, std::span<const RetentionWindows> windows)
{
    std::vector<Retention> results(windows.size());
    struct Days
    {
        int baseFirst, baseLast, currentFirst, currentLast;
        bool current;
    };
    std::vector<Days> days;
    DayRange span { engine::makeDate(9999, 12, 31), engine::makeDate(1, 1, 1) };
    for (const RetentionWindows &w : windows) {
        days.push_back({ engine::toDayNumber(w.base.first), engine::toDayNumber(w.base.last),
            engine::toDayNumber(w.current.first), engine::toDayNumber(w.current.last), !w.current.empty() });
        for (const DayRange &range : { w.base, w.current })
            if (!range.empty()) {
                span.first = std::min(span.first, range.first);
                span.last = std::max(span.last, range.last);
            }
    }
    if (span.empty())
        return results;

    // The company, a rep alone, one dimension or a pair: customer_purchase_days, one row per
    // customer of the scope; a pair is keyed "first|second" in the order team, channel, product
    // line, region.
    const std::vector<std::pair<const char *, QString>> dimensions { { "team", scope.teamId },
        { "channel", scope.channelId }, { "product_line", scope.productLineId }, { "region", scope.regionId } };
    std::vector<std::pair<const char *, QString>> set;
    for (const auto &dimension : dimensions)
        if (!dimension.second.isEmpty())
            set.push_back(dimension);
    std::optional<std::pair<std::string, QString>> kept;
    if (!scope.repId.isEmpty()) {
        if (set.empty())
            kept.emplace("rep", scope.repId);
    } else if (set.empty()) {
        kept.emplace("company", QString());
    } else if (set.size() == 1) {
        kept.emplace(set[0].first, set[0].second);
    } else if (set.size() == 2) {
        kept.emplace(std::string(set[0].first) + "_" + set[1].first, set[0].second + QLatin1Char('|') + set[1].second);
    }
    if (kept) {
        SqliteStatement statement(m_handle,
            QStringLiteral("SELECT first_day, days FROM customer_purchase_days "
                           "WHERE scope_kind = ?1 AND scope_id = ?2"));
        statement.bindText(1, std::string_view(kept->first));
        statement.bindText(2, kept->second);
        while (statement.next()) {
            const auto firstDay = static_cast<int>(statement.columnInt(0));
            const std::span<const std::uint8_t> bought = statement.columnBlob(1);
            for (std::size_t i = 0; i < days.size(); ++i) {
                const Days &d = days[i];
                if (d.baseFirst > d.baseLast || !PurchaseDays::anyBetween(firstDay, bought, d.baseFirst, d.baseLast))
                    continue;
                ++results[i].base;
                if (d.current && PurchaseDays::anyBetween(firstDay, bought, d.currentFirst, d.currentLast))
                    ++results[i].retained;
            }
        }
        return results;
    }

    // A rep with a dimension, and three dimensions or more: the purchases themselves (a rep's
    // are few, through the rep's indexes; three dimensions are rare).
    Conditions where;
    const QString rep = scope.repId.isEmpty() ? QString() : where.parameter(scope.repId);
    where.add(QStringLiteral("d.team_id"), scope.teamId);
    where.add(QStringLiteral("d.channel_id"), scope.channelId);
    where.add(QStringLiteral("d.product_line_id"), scope.productLineId);
    where.add(QStringLiteral("d.region_id"), scope.regionId);
    SqliteStatement statement(m_handle,
        QStringLiteral("SELECT DISTINCT x.customer_id, x.closed_on FROM (%1) x")
            .arg(dealsSource(!rep.isEmpty(), rep,
                QStringLiteral("d.stage = 'won' AND d.amount_minor > 0 "
                               "AND d.customer_id IS NOT NULL")
                    + where.text())));
    where.bind(statement, iso(span.first), iso(span.last));
    std::vector<std::set<std::string>> inBase(windows.size()), inCurrent(windows.size());
    while (statement.next()) {
        const auto day = engine::parseIsoDate(statement.columnText(1));
        if (!day)
            continue;
        const int number = engine::toDayNumber(*day);
        for (std::size_t i = 0; i < days.size(); ++i) {
            if (number >= days[i].baseFirst && number <= days[i].baseLast)
                inBase[i].emplace(statement.columnText(0));
            if (days[i].current && number >= days[i].currentFirst && number <= days[i].currentLast)
                inCurrent[i].emplace(statement.columnText(0));
        }
    }
    for (std::size_t i = 0; i < windows.size(); ++i) {
        results[i].base = static_cast<std::int64_t>(inBase[i].size());
        for (const std::string &customer : inBase[i])
            if (inCurrent[i].contains(customer))
                ++results[i].retained;
    }
    return results;
}

std::optional<std::int64_t> DashboardQueries::marketSize(const DashboardScope &scope, DayRange range)
{
    if (range.empty())
        return std::nullopt;
    SqliteStatement statement(m_handle,
        QStringLiteral("SELECT month, market_size_minor, currency FROM market_figures WHERE month BETWEEN ?1 AND ?2 "
                       "AND region_id IS ?3 AND product_line_id IS ?4"));
    statement.bindText(1, iso(range.first).left(7));
    statement.bindText(2, iso(range.last).left(7));
    if (scope.regionId.isEmpty())
        statement.bindNull(3);
    else
        statement.bindText(3, scope.regionId);
    if (scope.productLineId.isEmpty())
        statement.bindNull(4);
    else
        statement.bindText(4, scope.productLineId);
    std::optional<std::int64_t> size;
    while (statement.next()) {
        if (statement.columnText(2) != m_currency) {
            ++m_notices.skippedMarketFigures;
            continue;
        }
        const QString month = statement.columnString(0);
        const engine::Period whole = engine::Period::month(month.left(4).toInt(), month.mid(5, 2).toUInt());
        const Date first = std::max(whole.first, range.first);
        const Date last = std::min(whole.last, range.last);
        if (last < first)
            continue;
        // A month partly inside counts by its share of days, like the revenue it is compared with.
        size = size.value_or(0)
            + engine::mulDivRounded(statement.columnInt(1), engine::daysBetween(first, last) + 1, whole.dayCount())
                  .value_or(0);
    }
    return size;
}

} // namespace attain::storage
