#include "app/DashboardTileText.h"

#include "app/MetricFormat.h"
#include "app/MetricText.h"
#include "app/MoneyFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace attain::ui {

namespace {

using storage::DashboardTileId;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("attain::ui::DashboardTileText", text, disambiguation, n);
}

QString isoText(engine::Date date)
{
    return QString::fromStdString(engine::toIsoString(date));
}

/// "+12.3%" / "−4.0%": a sign on both sides, so a change never reads as a level.
QString signedPercent(std::int64_t basisPoints, const QLocale &locale)
{
    return (basisPoints > 0 ? QStringLiteral("+") : QString()) + formatBasisPoints(basisPoints, locale);
}

} // namespace

QString tileTitle(DashboardTileId id)
{
    switch (id) {
    case DashboardTileId::Revenue: return metricName(engine::MetricId::Revenue);
    case DashboardTileId::Attainment: return tr("Attainment");
    case DashboardTileId::Pace: return tr("Pace");
    case DashboardTileId::Gap: return tr("Gap to target");
    case DashboardTileId::DealsWon: return metricName(engine::MetricId::DealsWon);
    case DashboardTileId::ConversionRate: return metricName(engine::MetricId::ConversionRate);
    case DashboardTileId::AverageDealSize: return metricName(engine::MetricId::AverageDealSize);
    case DashboardTileId::SalesCycleDays: return metricName(engine::MetricId::SalesCycleDays);
    case DashboardTileId::NewCustomers: return metricName(engine::MetricId::NewCustomers);
    case DashboardTileId::RetentionRate: return metricName(engine::MetricId::RetentionRate);
    case DashboardTileId::Csat: return tr("CSAT");
    case DashboardTileId::MarketShare: return metricName(engine::MetricId::MarketShare);
    }
    return {};
}

QString tileDescription(DashboardTileId id)
{
    switch (id) {
    case DashboardTileId::Attainment:
        return tr("Revenue to date as a share of the period's revenue target.");
    case DashboardTileId::Pace:
        return tr("Revenue to date as a share of what the target expects by now (by working days); "
                  "100% means on schedule.");
    case DashboardTileId::Gap:
        return tr("How much revenue is still needed to reach the target; negative once it is exceeded.");
    case DashboardTileId::Revenue: return metricDescription(engine::MetricId::Revenue);
    case DashboardTileId::DealsWon: return metricDescription(engine::MetricId::DealsWon);
    case DashboardTileId::ConversionRate: return metricDescription(engine::MetricId::ConversionRate);
    case DashboardTileId::AverageDealSize: return metricDescription(engine::MetricId::AverageDealSize);
    case DashboardTileId::SalesCycleDays: return metricDescription(engine::MetricId::SalesCycleDays);
    case DashboardTileId::NewCustomers: return metricDescription(engine::MetricId::NewCustomers);
    case DashboardTileId::RetentionRate: return metricDescription(engine::MetricId::RetentionRate);
    case DashboardTileId::Csat: return metricDescription(engine::MetricId::CustomerSatisfaction);
    case DashboardTileId::MarketShare: return metricDescription(engine::MetricId::MarketShare);
    }
    return {};
}

QString tileValueText(const storage::DashboardTile &tile, std::int64_t value, const QString &currency, bool exact,
                      const QLocale &locale)
{
    switch (tile.unit) {
    case engine::Unit::Money:
        return exact ? formatMoney(value, currency, locale) : formatMoneyCompact(value, currency, locale);
    case engine::Unit::BasisPoints:
        return formatBasisPoints(value, locale);
    case engine::Unit::Count:
    case engine::Unit::Days:
    case engine::Unit::Score:
        return formatMetricValue(tile.metric, value, currency, locale);
    }
    return {};
}

QString tileValueText(const storage::DashboardTile &tile, const QString &currency, const QLocale &locale)
{
    return tile.value ? tileValueText(tile, *tile.value, currency, false, locale) : QStringLiteral("—");
}

QString tileChangeText(const storage::DashboardTile &tile, const QString &currency, const QLocale &locale)
{
    if (!tile.change)
        return {};
    const std::int64_t change = *tile.change;
    // The arrow gives the direction of the number; the trend word, whether that is good.
    const QString arrow = change > 0 ? QStringLiteral("▲") : change < 0 ? QStringLiteral("▼") : QStringLiteral("=");
    QString amount;
    if (tile.unit == engine::Unit::BasisPoints) {
        // Rates change in percentage points: 30% → 33% is +3.0 pp, not +10%.
        amount = tr("%1 pp", "percentage points")
                     .arg((change > 0 ? QStringLiteral("+") : QString())
                          + locale.toString(static_cast<double>(change) / 100.0, 'f', 1));
    } else if (tile.changeBp) {
        amount = signedPercent(*tile.changeBp, locale);
    } else {
        amount = (change > 0 ? QStringLiteral("+") : QString()) + tileValueText(tile, change, currency, false, locale);
    }
    return arrow + QLatin1Char(' ') + amount;
}

QString trendName(storage::Trend trend)
{
    switch (trend) {
    case storage::Trend::Better: return tr("better");
    case storage::Trend::Worse: return tr("worse");
    case storage::Trend::Same: return tr("no change");
    case storage::Trend::Unknown: break;
    }
    return {};
}

QString tileStatusText(const storage::DashboardTile &tile)
{
    return tile.status ? statusName(*tile.status) : tr("No target");
}

QString tileTargetText(const storage::DashboardTile &tile, const storage::DashboardSnapshot &snapshot,
                       const QString &currency, const QLocale &locale)
{
    // Attainment and pace aim at 100 %: their line says what that is in money.
    const std::optional<engine::PaceReport> &pace = snapshot.revenuePace;
    switch (tile.id) {
    case DashboardTileId::Attainment:
        if (!snapshot.tiles.empty() && snapshot.tiles.front().target)
            return tr("Target %1").arg(formatMoneyCompact(*snapshot.tiles.front().target, currency, locale));
        return {};
    case DashboardTileId::Pace:
        return pace ? tr("Expected by now %1").arg(formatMoneyCompact(pace->expectedToDate, currency, locale)) : QString();
    case DashboardTileId::Gap:
        if (!pace || pace->gap <= 0 || !pace->rates.requiredPerDay)
            return {};
        return (pace->rates.unit == engine::DayKind::Working ? tr("Needs %1 a working day") : tr("Needs %1 a day"))
            .arg(formatMoneyCompact(*pace->rates.requiredPerDay, currency, locale));
    default:
        break;
    }
    if (!tile.target)
        return {};
    return tr("Target %1").arg(tileValueText(tile, *tile.target, currency, false, locale));
}

QString tileReasonText(const storage::DashboardTile &tile)
{
    if (!tile.status)
        return tr("No target is set for this metric, scope and period.");
    const engine::StatusReason &reason = tile.reason;
    QString text;
    switch (reason.basis) {
    case engine::StatusBasis::BeforePeriod:
        return tr("The period has not started yet.");
    case engine::StatusBasis::NothingExpectedYet:
        return tr("Nothing was expected by this date yet.");
    case engine::StatusBasis::TargetMet:
        return tr("The target is already reached.");
    case engine::StatusBasis::NoRatio:
        return tr("No ratio can be computed for this target; it is judged by whether it is met.");
    case engine::StatusBasis::Pace:
        text = tr("Actual is %1 of what was expected by now.").arg(formatBasisPoints(reason.measuredBp.value_or(0)));
        break;
    case engine::StatusBasis::FinalAttainment:
        text = tr("The period is over: %1 of the target was reached.")
                   .arg(formatBasisPoints(reason.measuredBp.value_or(0)));
        break;
    case engine::StatusBasis::LevelAttainment:
        text = tr("The current value is %1 of the target.").arg(formatBasisPoints(reason.measuredBp.value_or(0)));
        break;
    }
    const engine::Status status = *tile.status;
    if ((status == engine::Status::AtRisk || status == engine::Status::OffTrack) && reason.nextThresholdBp)
        text += QLatin1Char(' ')
                + tr("%1 needs %2.")
                      .arg(statusName(status == engine::Status::AtRisk ? engine::Status::OnTrack
                                                                       : engine::Status::AtRisk),
                           formatBasisPoints(*reason.nextThresholdBp));
    return text;
}

QString tileToolTip(const storage::DashboardTile &tile, const storage::DashboardSnapshot &snapshot,
                    const QString &currency, const QLocale &locale)
{
    QStringList lines;
    lines << tileDescription(tile.id);
    lines << tr("%1: %2").arg(tileTitle(tile.id),
                              tile.value ? tileValueText(tile, *tile.value, currency, true, locale) : tr("not defined"));
    if (snapshot.elapsedDays > 0) {
        const engine::Date previousLast =
            std::min(engine::addDays(snapshot.previousPeriod.first, snapshot.elapsedDays - 1), snapshot.previousPeriod.last);
        const QString range = tr("%1 – %2", "first day, last day")
                                  .arg(isoText(snapshot.previousPeriod.first), isoText(previousLast));
        lines << tr("Previous period (%1, the same %n day(s)): %2", nullptr, snapshot.elapsedDays)
                     .arg(range, tile.previous ? tileValueText(tile, *tile.previous, currency, true, locale)
                                               : tr("not defined"));
    }
    if (tile.change) {
        QString change = (*tile.change > 0 ? QStringLiteral("+") : QString())
                         + (tile.unit == engine::Unit::BasisPoints
                                ? tr("%1 pp", "percentage points")
                                      .arg(locale.toString(static_cast<double>(*tile.change) / 100.0, 'f', 2))
                                : tileValueText(tile, *tile.change, currency, true, locale));
        if (tile.changeBp && tile.unit != engine::Unit::BasisPoints)
            change += QStringLiteral(" (") + signedPercent(*tile.changeBp, locale) + QLatin1Char(')');
        if (const QString word = trendName(tile.trend); !word.isEmpty())
            change += QStringLiteral(", ") + word;
        lines << tr("Change: %1").arg(change);
    }
    if (tile.target) {
        QString target = tileValueText(tile, *tile.target, currency, true, locale);
        switch (tile.targetSource) {
        case storage::TargetSource::SumOfParts:
            target += QLatin1Char(' ') + tr("(the sum of the targets of its parts)");
            break;
        case storage::TargetSource::ProRated:
            target += QLatin1Char(' ') + tr("(pro-rated from a target for a longer period)");
            break;
        case storage::TargetSource::Exact:
        case storage::TargetSource::None:
            break;
        }
        lines << tr("Target: %1").arg(target);
    }
    lines << tr("Status: %1. %2").arg(tileStatusText(tile), tileReasonText(tile));
    return lines.join(QLatin1Char('\n'));
}

} // namespace attain::ui
