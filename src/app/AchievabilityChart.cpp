#include "app/AchievabilityChart.h"

#include "app/MetricText.h"
#include "app/MoneyFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::AchievabilityChart", text);
}

/// Months shown: two years is enough to see a season and the recent trend.
constexpr std::size_t kShownMonths = 24;

// Okabe–Ito colours, as the overview chart: blue for what happened and what is forecast,
// vermillion for the target; blue against vermillion stays apart in every common colour blindness.
const QColor kActualColor(0x00, 0x72, 0xB2);
const QColor kBandColor(0x56, 0xB4, 0xE9);
const QColor kTargetColor(0xD5, 0x5E, 0x00);

qreal msecs(engine::Date date)
{
    const QDate day(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
        static_cast<int>(static_cast<unsigned>(date.day())));
    return static_cast<qreal>(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

/// A month's total belongs to the whole month: it is drawn in its middle.
qreal middle(const engine::Period &month)
{
    return (msecs(month.first) + msecs(month.last)) / 2.0;
}

QAreaSeries *band(QChart *chart, const QString &name, const QColor &fill)
{
    auto *area = new QAreaSeries(chart);
    area->setName(name);
    area->setUpperSeries(new QLineSeries(area));
    area->setLowerSeries(new QLineSeries(area));
    area->setColor(fill);
    area->setBorderColor(Qt::transparent);
    return area;
}

} // namespace

ChartUnit achievabilityChartUnit(engine::MetricId metric, const QString &currency)
{
    // Money in 万 (Chinese) or millions, like the overview chart.
    ChartUnit unit { static_cast<double>(displayScale(metric, currency)), metricInputUnit(metric, currency) };
    if (engine::definition(metric).unit == engine::Unit::Money) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        unit.divisor *= chinese ? 1e4 : 1e6;
        unit.title = chinese ? tr("10,000 yuan") : tr("million yuan");
        if (currency != QLatin1String("CNY"))
            unit.title = chinese ? tr("10,000 %1").arg(currency) : tr("million %1").arg(currency);
    }
    return unit;
}

void showAchievabilityChart(QChart *chart, engine::MetricId metric, const MonthlySeries &history,
    const engine::forecast::Forecast &forecast, const engine::Period &target, std::int64_t monthlyTarget,
    const QString &currency)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const ChartUnit unit = achievabilityChartUnit(metric, currency);
    double low = 0.0;
    double high = 0.0;
    const auto scaled = [&](double value) {
        value /= unit.divisor;
        low = std::min(low, value);
        high = std::max(high, value);
        return value;
    };

    auto *actual = new QLineSeries;
    actual->setObjectName(QStringLiteral("actualSeries"));
    actual->setName(tr("Actual"));
    actual->setPen(QPen(kActualColor, 2.0));
    const std::size_t first = history.values.size() > kShownMonths ? history.values.size() - kShownMonths : 0;
    bool neverNegative = true;
    for (std::size_t i = first; i < history.values.size(); ++i) {
        actual->append(middle(history.months[i]), scaled(static_cast<double>(history.values[i])));
        neverNegative = neverNegative && history.values[i] >= 0;
    }

    // The forecast for each month of the target period, with its bands.
    std::vector<engine::Period> months = engine::subPeriods(target, engine::Granularity::Month);
    months.resize(std::min(months.size(), forecast.point.size()));
    QList<QAbstractSeries *> series { actual };
    const bool bands = !months.empty() && forecast.lo80.size() >= months.size() && forecast.hi95.size() >= months.size();
    if (bands) {
        // The same colour twice, so the overlap does not depend on the drawing order: the 80 %
        // band is drawn first to come first in the legend, and shows darker inside the 95 % one.
        QAreaSeries *band80 = band(chart, tr("80% range"), QColor(kBandColor.red(), kBandColor.green(), kBandColor.blue(), 110));
        band80->setObjectName(QStringLiteral("band80Series"));
        QAreaSeries *band95 = band(chart, tr("95% range"), QColor(kBandColor.red(), kBandColor.green(), kBandColor.blue(), 60));
        band95->setObjectName(QStringLiteral("band95Series"));
        // Sales that were never negative are not drawn below zero (additive models can
        // put the lower bounds there).
        const auto floor = [neverNegative](double value) { return neverNegative ? std::max(value, 0.0) : value; };
        for (std::size_t i = 0; i < months.size(); ++i) {
            // One point spans no area: a single month's band is drawn across the month.
            const QList<qreal> xs = months.size() == 1 ? QList<qreal> { msecs(months[i].first), msecs(months[i].last) }
                                                       : QList<qreal> { middle(months[i]) };
            for (const qreal x : xs) {
                band80->upperSeries()->append(x, scaled(forecast.hi80[i]));
                band80->lowerSeries()->append(x, scaled(floor(forecast.lo80[i])));
                band95->upperSeries()->append(x, scaled(forecast.hi95[i]));
                band95->lowerSeries()->append(x, scaled(floor(forecast.lo95[i])));
            }
        }
        series << band80 << band95;
    }
    if (!months.empty()) {
        auto *median = new QLineSeries;
        median->setObjectName(QStringLiteral("forecastSeries"));
        median->setName(tr("Forecast"));
        median->setPen(QPen(kActualColor, 2.0, Qt::DotLine)); // the history's colour, dotted: not yet real
        median->setPointsVisible(true); // a one-month forecast is a single point
        for (std::size_t i = 0; i < months.size(); ++i)
            median->append(middle(months[i]), scaled(forecast.point[i]));
        series << median;
    }

    auto *goal = new QLineSeries;
    goal->setObjectName(QStringLiteral("targetSeries"));
    goal->setName(tr("Target"));
    // Told apart by its dashes as well as its colour.
    goal->setPen(QPen(kTargetColor, 2.5, Qt::DashLine));
    const double level = scaled(static_cast<double>(monthlyTarget));
    goal->append(msecs(target.first), level);
    goal->append(msecs(target.last), level);
    series << goal;

    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    // From the first month shown to the target's end, so the target's months are in view.
    const engine::Date start = history.months.empty() ? target.first : history.months[first].first;
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs(start))),
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs(target.last))));
    axisX->setTickCount(5);
    auto *axisY = new QValueAxis;
    axisY->setRange(low, high > low ? high * 1.05 : low + 1.0);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->applyNiceNumbers();
    // Summed metrics are shown month by month, the target as its monthly average: say so once,
    // on the axis, rather than in every legend entry.
    axisY->setTitleText(engine::definition(metric).aggregation == engine::Aggregation::Sum
            ? tr("%1 per month").arg(unit.title)
            : unit.title);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *each : series) {
        chart->addSeries(each);
        each->attachAxis(axisX);
        each->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Lines as line segments, not squares: actual and forecast share a colour and differ by
    // their dots. The bands keep their filled squares, edged in their colour so the pale 95 %
    // one still shows.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY)
            marker->setShape(QLegend::MarkerShapeFromSeries);
        else
            marker->setPen(QPen(kBandColor, 1.0));
    }
}

} // namespace attain::ui
