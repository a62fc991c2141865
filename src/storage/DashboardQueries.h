#pragma once

#include "engine/ExchangeRates.h"
#include "engine/Metric.h"
#include "storage/DashboardTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

struct sqlite3;

namespace attain::storage {

/// A closed range of days; empty when last is before first.
struct DayRange
{
    engine::Date first {};
    engine::Date last {};
    [[nodiscard]] bool empty() const { return last < first; }
};

/// The deal sums behind revenue, deals won, new customers, conversion, average deal size and
/// cycle days, in the reporting currency. A rep's sums carry their credit shares in basis
/// points (weight 10000), exactly as engine::MetricCube keeps them, so values are exact fractions.
struct DealSums
{
    std::int64_t weight = 1;
    std::int64_t revenue = 0, wonAmount = 0, won = 0, lost = 0, cycleDays = 0, newCustomers = 0;
    bool overflow = false; ///< a sum left 64 bits: every value is undefined, as in the engine

    void add(const DealSums &other);
    /// The metric as MetricCube::value gives it (Revenue, DealsWon, NewCustomers, ConversionRate,
    /// AverageDealSize, SalesCycleDays); undefined for others.
    [[nodiscard]] engine::MetricValue value(engine::MetricId metric) const;
    /// Revenue in whole minor units (a rep's shares rounded once).
    [[nodiscard]] std::int64_t revenueMinor() const;
};

/// One row of deal sums as a statement returned it, before conversion.
struct SumsRow
{
    QString group, bucket;
    std::string currency;
    DealSums sums;
};

/// Activities and feedback of a scope (they have no channel or product line).
struct PeopleSums
{
    std::int64_t activities = 0, scoreSum = 0, scoreCount = 0;
    void add(const PeopleSums &other);
};

/// The dashboard's reads: facts where they answer the question (whole months from the monthly
/// tables, the days of partial months from the daily ones), the records themselves where they
/// do not (a rep combined with a channel, product line or region; retention for reps). Amounts
/// are kept per currency and month by the SQL and converted here with the month's rate (or the
/// latest earlier one, as TargetsLoader does); what cannot be converted is reported in the
/// notices and left out. Every statement binds its values.
class DashboardQueries
{
public:
    DashboardQueries(
        const QSqlDatabase &db, QString currency, const engine::ExchangeRates &rates, DashboardNotices &notices);

    enum class Bucket { Month, Day };
    /// group ("" when not grouped, or for records without one) → bucket ("YYYY-MM" or
    /// "YYYY-MM-DD") → sums.
    using Grouped = std::map<QString, std::map<QString, DealSums>>;

    /// Deal sums of `scope` over `range`, by `by` (none: one group "") and by month or day.
    [[nodiscard]] Grouped dealSums(const DashboardScope &scope, DayRange range,
        std::optional<DashboardDimension> by = std::nullopt, Bucket bucket = Bucket::Month);
    /// All buckets of one group added up.
    [[nodiscard]] static DealSums total(const Grouped &grouped, const QString &group = QString());

    /// Activities and feedback of `scope` over `range`, by rep when `byRep`; nullopt when the
    /// scope names a channel or product line (activities and feedback have neither).
    [[nodiscard]] std::optional<std::map<QString, PeopleSums>> peopleSums(
        const DashboardScope &scope, DayRange range, bool byRep);

    struct Retention
    {
        std::int64_t retained = 0; ///< customers who bought in both ranges
        std::int64_t base = 0; ///< customers who bought in `base`
    };
    struct RetentionWindows
    {
        DayRange base, current;
    };
    /// For each pair of windows, the customers of `scope` who bought in `base` and again in
    /// `current`, from one pass over the scope's customers.
    [[nodiscard]] std::vector<Retention> retention(
        const DashboardScope &scope, std::span<const RetentionWindows> windows);

    /// The market of the scope's region and product line over `range` in the reporting
    /// currency, a month partly inside counting by its days (MetricCube's rule); nullopt without
    /// figures.
    [[nodiscard]] std::optional<std::int64_t> marketSize(const DashboardScope &scope, DayRange range);

private:
    void addConverted(DealSums &sums, const QString &month, const std::string &currency, DealSums row);
    [[nodiscard]] bool convert(std::int64_t &amount, const std::string &from, int year, unsigned month);

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    std::map<QString, std::vector<SumsRow>> m_rows; // statement and values → rows read
    std::string m_currency;
    const engine::ExchangeRates &m_rates;
    DashboardNotices &m_notices;
};

} // namespace attain::storage
