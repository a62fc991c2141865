#include "app/MetricFormat.h"

#include <array>

#include <QCoreApplication>

#include "app/MoneyFormat.h"

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::MetricFormat", text);
}

/// Hundredths as a plain number with up to two decimals: 1250 → "12.5".
QString hundredths(qint64 value, const QLocale &locale)
{
    QString text = locale.toString(static_cast<double>(value) / 100.0, 'f', 2);
    const QString decimal = locale.decimalPoint();
    if (text.endsWith(locale.zeroDigit() + locale.zeroDigit()))
        text.chop(2 + decimal.size());
    else if (text.endsWith(locale.zeroDigit()))
        text.chop(1);
    return text;
}

} // namespace

QString metricName(engine::MetricId metric)
{
    switch (metric) {
    case engine::MetricId::Revenue:
        return tr("Revenue");
    case engine::MetricId::Units:
        return tr("Units sold");
    case engine::MetricId::DealsWon:
        return tr("Deals won");
    case engine::MetricId::NewCustomers:
        return tr("New customers");
    case engine::MetricId::ConversionRate:
        return tr("Conversion rate");
    case engine::MetricId::RetentionRate:
        return tr("Retention rate");
    case engine::MetricId::AverageDealSize:
        return tr("Average deal size");
    case engine::MetricId::SalesCycleDays:
        return tr("Sales cycle");
    case engine::MetricId::CustomerSatisfaction:
        return tr("Customer satisfaction");
    case engine::MetricId::Activities:
        return tr("Activities");
    case engine::MetricId::MarketShare:
        return tr("Market share");
    case engine::MetricId::GrowthRate:
        return tr("Growth rate");
    case engine::MetricId::OpenPipeline:
        return tr("Open pipeline");
    }
    return {};
}

QString formatMetricValue(qint64 value, engine::MetricId metric, const QString &currency, const QLocale &locale)
{
    switch (engine::definition(metric).unit) {
    case engine::Unit::Money:
        return formatMoney(value, currency, locale);
    case engine::Unit::BasisPoints:
        return formatBasisPoints(value, locale);
    case engine::Unit::Days:
        return tr("%1 days").arg(hundredths(value, locale));
    case engine::Unit::Count:
    case engine::Unit::Score:
        return hundredths(value, locale);
    }
    return {};
}

QString scopeKindName(const QString &scopeKind)
{
    static const std::array<std::pair<const char *, const char *>, 8> kNames { {
        { "company", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Company") },
        { "team", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Team") },
        { "rep", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Rep") },
        { "channel", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Channel") },
        { "product_line", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Product line") },
        { "region", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Region") },
        { "customer", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Customer") },
        { "customer_group", QT_TRANSLATE_NOOP("attain::ui::MetricFormat", "Customer group") },
    } };
    for (const auto &[key, name] : kNames)
        if (scopeKind == QLatin1String(key))
            return tr(name);
    return scopeKind;
}

QString statusName(engine::Status status)
{
    switch (status) {
    case engine::Status::Ahead:
        return tr("Ahead");
    case engine::Status::OnTrack:
        return tr("On track");
    case engine::Status::AtRisk:
        return tr("At risk");
    case engine::Status::OffTrack:
        return tr("Off track");
    case engine::Status::NotStarted:
        return tr("Not started");
    case engine::Status::Finished:
        return tr("Finished");
    case engine::Status::NoData:
        return tr("No data");
    }
    return {};
}

QColor statusColor(engine::Status status)
{
    switch (status) {
    case engine::Status::Ahead:
        return { 0x00, 0x9E, 0x73 }; // bluish green
    case engine::Status::OnTrack:
        return { 0x56, 0xB4, 0xE9 }; // sky blue
    case engine::Status::AtRisk:
        return { 0xE6, 0x9F, 0x00 }; // orange
    case engine::Status::OffTrack:
        return { 0xD5, 0x5E, 0x00 }; // vermillion
    case engine::Status::NotStarted:
    case engine::Status::Finished:
    case engine::Status::NoData:
        return { 0x99, 0x99, 0x99 };
    }
    return {};
}

QString reasonName(storage::RevisionReason reason)
{
    switch (reason) {
    case storage::RevisionReason::MarketChange:
        return tr("Market change");
    case storage::RevisionReason::ResourceChange:
        return tr("Resource change");
    case storage::RevisionReason::Difficulty:
        return tr("Difficulty");
    case storage::RevisionReason::Other:
        return tr("Other");
    }
    return {};
}

QString revisionStatusName(const QString &status)
{
    if (status == QLatin1String("proposed"))
        return tr("Proposed");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

} // namespace attain::ui
