#include "app/MetricText.h"

#include "app/MoneyFormat.h"
#include "engine/ExchangeRates.h"

#include <QCoreApplication>

#include <cmath>

namespace attain::ui {

namespace {

using engine::MetricId;

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("attain::ui::MetricText", text, disambiguation);
}

std::int64_t minorPerUnit(const QString &currency)
{
    const int digits = engine::minorUnitDigits(currency.toStdString()).value_or(2);
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return scale;
}

/// Hundredths as a whole number when they are one ("40"), else with `decimals` places ("12.50").
QString hundredths(std::int64_t value, const QLocale &locale, int decimals)
{
    if (value % 100 == 0)
        return locale.toString(value / 100);
    return locale.toString(static_cast<double>(value) / 100.0, 'f', decimals);
}

} // namespace

QString metricName(MetricId metric)
{
    switch (metric) {
    case MetricId::Revenue:
        return tr("Revenue");
    case MetricId::Units:
        return tr("Units sold");
    case MetricId::DealsWon:
        return tr("Deals won");
    case MetricId::NewCustomers:
        return tr("New customers");
    case MetricId::ConversionRate:
        return tr("Conversion rate");
    case MetricId::RetentionRate:
        return tr("Retention rate");
    case MetricId::AverageDealSize:
        return tr("Average deal size");
    case MetricId::SalesCycleDays:
        return tr("Sales cycle");
    case MetricId::CustomerSatisfaction:
        return tr("Customer satisfaction");
    case MetricId::Activities:
        return tr("Activities");
    case MetricId::MarketShare:
        return tr("Market share");
    case MetricId::GrowthRate:
        return tr("Revenue growth");
    case MetricId::OpenPipeline:
        return tr("Open pipeline");
    }
    return {};
}

QString metricDescription(MetricId metric)
{
    switch (metric) {
    case MetricId::Revenue:
        return tr("The net amount of the deals won in the period, converted at each month's exchange rate; "
                  "returns and refunds count as negative amounts.");
    case MetricId::Units:
        return tr("The units sold on the deals won in the period.");
    case MetricId::DealsWon:
        return tr("The number of deals won in the period; a rep's share of a shared deal counts as a fraction.");
    case MetricId::NewCustomers:
        return tr("Customers whose first ever won deal closed in the period.");
    case MetricId::ConversionRate:
        return tr("Deals won divided by deals closed (won or lost) in the period.");
    case MetricId::RetentionRate:
        return tr("The share of the customers who bought in the previous period who bought again in this one.");
    case MetricId::AverageDealSize:
        return tr("The amount of the deals won divided by their number (returns left out).");
    case MetricId::SalesCycleDays:
        return tr("The average number of days from a deal's creation to its close, over the deals won in the "
                  "period; lower is better.");
    case MetricId::CustomerSatisfaction:
        return tr("The mean score (1 to 5) of the customer feedback received in the period.");
    case MetricId::Activities:
        return tr("Calls, visits and meetings logged in the period.");
    case MetricId::MarketShare:
        return tr("Revenue divided by the market size of the scope's region and product line.");
    case MetricId::GrowthRate:
        return tr("Revenue growth over the same period one year earlier.");
    case MetricId::OpenPipeline:
        return tr("The amount of the deals still open at the end of the period.");
    }
    return {};
}

QString metricInputUnit(MetricId metric, const QString &currency)
{
    switch (engine::definition(metric).unit) {
    case engine::Unit::Money:
        return currency == QLatin1String("CNY") ? tr("yuan") : currency;
    case engine::Unit::BasisPoints:
        return tr("%");
    case engine::Unit::Days:
        return tr("days");
    case engine::Unit::Score:
        return tr("points (1–5)");
    case engine::Unit::Count:
        switch (metric) {
        case MetricId::DealsWon:
            return tr("deals");
        case MetricId::NewCustomers:
            return tr("customers");
        case MetricId::Activities:
            return tr("activities");
        default:
            return tr("units");
        }
    }
    return {};
}

std::int64_t displayScale(MetricId metric, const QString &currency)
{
    const engine::Unit unit = engine::definition(metric).unit;
    if (unit == engine::Unit::Money)
        return minorPerUnit(currency);
    if (unit == engine::Unit::BasisPoints)
        return 100;
    return engine::unitScale(unit);
}

QString formatMetricValue(MetricId metric, std::int64_t value, const QString &currency, const QLocale &locale)
{
    switch (engine::definition(metric).unit) {
    case engine::Unit::Money:
        return formatMoney(value, currency, locale);
    case engine::Unit::BasisPoints:
        return formatBasisPoints(value, locale);
    case engine::Unit::Count:
        return hundredths(value, locale, 2);
    case engine::Unit::Days:
        return tr("%1 days").arg(locale.toString(static_cast<double>(value) / 100.0, 'f', 1));
    case engine::Unit::Score:
        return locale.toString(static_cast<double>(value) / 100.0, 'f', 2);
    }
    return {};
}

QString formatMetricValueCompact(MetricId metric, std::int64_t value, const QString &currency, const QLocale &locale)
{
    if (engine::definition(metric).unit == engine::Unit::Money)
        return formatMoneyCompact(value, currency, locale);
    return formatMetricValue(metric, value, currency, locale);
}

std::optional<std::int64_t> parseMetricValue(
    MetricId metric, const QString &text, const QString &currency, const QLocale &locale)
{
    QString number = text.simplified();
    number.remove(QLatin1Char(' '));
    const QString symbol = currencySymbol(currency).trimmed();
    if (!symbol.isEmpty())
        number.remove(symbol);
    number.remove(QLatin1Char('%'));
    number.remove(locale.percent());
    double multiplier = 1.0;
    if (!number.isEmpty()) {
        const QChar last = number.back();
        static const QString suffixes = QStringLiteral("kKmMbB万亿萬億");
        static const double factors[] = { 1e3, 1e3, 1e6, 1e6, 1e9, 1e9, 1e4, 1e8, 1e4, 1e8 };
        if (const auto at = suffixes.indexOf(last); at >= 0) {
            multiplier = factors[at];
            number.chop(1);
        }
    }
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(number, &ok);
    if (!ok)
        value = QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    // Display input only: rounded once to the stored unit, far inside double's exact range.
    const double stored = value * multiplier * static_cast<double>(displayScale(metric, currency));
    if (std::fabs(stored) > 9e15)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(stored));
}

} // namespace attain::ui
