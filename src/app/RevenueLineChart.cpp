#include "app/RevenueLineChart.h"

#include "app/MetricText.h"
#include "app/MoneyFormat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace attain::ui {

namespace {

// Okabe–Ito, as the other charts: blue for what happened and its forecast (dotted), vermillion
// dashes for the target, orange dash-dots for what the target expects by each day.
const QColor kActualColor(0x00, 0x72, 0xB2);
const QColor kBandColor(0x56, 0xB4, 0xE9);
const QColor kTargetColor(0xD5, 0x5E, 0x00);
const QColor kExpectedColor(0xE6, 0x9F, 0x00);

QDate qDate(engine::Date date)
{
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

QString isoText(engine::Date date)
{
    return QString::fromStdString(engine::toIsoString(date));
}

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

/// "Nov 8" / "11月8日".
QString dayLabel(engine::Date date)
{
    const QDate day = qDate(date);
    if (chinese())
        return QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
    return QLocale().toString(day, QStringLiteral("MMM d"));
}

/// "Apr" / "4月", with the year when the period spans two ("Apr 2026" / "2026年4月").
QString monthLabel(engine::Date date, bool withYear)
{
    const QDate day = qDate(date);
    if (chinese())
        return withYear ? QStringLiteral("%1年%2月").arg(day.year()).arg(day.month())
                        : QStringLiteral("%1月").arg(day.month());
    return QLocale().toString(day, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
}

engine::Date firstOfMonth(engine::Date date)
{
    return engine::makeDate(static_cast<int>(date.year()), static_cast<unsigned>(date.month()), 1);
}

engine::Date nextMonth(engine::Date firstDay)
{
    const unsigned month = static_cast<unsigned>(firstDay.month());
    const int year = static_cast<int>(firstDay.year());
    return month == 12 ? engine::makeDate(year + 1, 1, 1) : engine::makeDate(year, month + 1, 1);
}

QAreaSeries *band(const QString &name, const QString &objectName, int alpha)
{
    auto *area = new QAreaSeries;
    area->setObjectName(objectName);
    area->setName(name);
    area->setUpperSeries(new QLineSeries(area));
    area->setLowerSeries(new QLineSeries(area));
    area->setColor(QColor(kBandColor.red(), kBandColor.green(), kBandColor.blue(), alpha));
    area->setBorderColor(Qt::transparent);
    return area;
}

} // namespace

ChartUnit moneyAxisUnit(double largestMinor, const QString &currency)
{
    ChartUnit unit = achievabilityChartUnit(engine::MetricId::Revenue, currency); // 万 or millions
    const double minorPerUnit = static_cast<double>(displayScale(engine::MetricId::Revenue, currency));
    const double units = std::abs(largestMinor) / minorPerUnit;
    const bool cny = currency == QLatin1String("CNY");
    if (chinese() && units >= 1e8) {
        unit.divisor = minorPerUnit * 1e8;
        unit.title = cny ? QCoreApplication::translate("attain::ui::RevenueLineChart", "100 million yuan")
                         : QCoreApplication::translate("attain::ui::RevenueLineChart", "100 million %1").arg(currency);
    } else if (!chinese() && units < 1e6) {
        unit.divisor = minorPerUnit * 1e3;
        unit.title = cny ? QCoreApplication::translate("attain::ui::RevenueLineChart", "thousand yuan")
                         : QCoreApplication::translate("attain::ui::RevenueLineChart", "thousand %1").arg(currency);
    }
    return unit;
}

RevenueLineChart::RevenueLineChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("revenueLineChart"));
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Cumulative revenue against target"));
    setFocusPolicy(Qt::NoFocus); // nothing to do with keys: its figures are in the accessible description
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Axis labels with the locale's thousands separators.
    chart()->setLocalizeNumbers(true);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(280);
}

double RevenueLineChart::xOf(engine::Date date) const
{
    return engine::daysBetween(m_period.first, date) + 1;
}

void RevenueLineChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    chart()->setTitle(QString());
    m_probabilityText.clear();
}

void RevenueLineChart::setSeries(const storage::DashboardSeries &series, const CumulativeForecast &forecast,
                                 const engine::Period &period, engine::Date asOf, const QString &currency)
{
    clear();
    m_series = series;
    m_forecast = forecast;
    m_period = period;
    m_currency = currency;
    chart()->setLocale(QLocale());

    double largest = static_cast<double>(series.target.value_or(0));
    double lowest = 0.0;
    for (const storage::DashboardPoint &point : series.points) {
        largest = std::max({largest, static_cast<double>(point.actual.value_or(0)),
                            static_cast<double>(point.expected.value_or(0))});
        lowest = std::min(lowest, static_cast<double>(point.actual.value_or(0)));
    }
    for (const double value : forecast.hi95)
        largest = std::max(largest, value);
    for (const double value : forecast.lo95)
        lowest = std::min(lowest, value);
    m_unit = moneyAxisUnit(largest, currency);
    const double d = m_unit.divisor;

    QList<QAbstractSeries *> shown;
    if (!forecast.empty()) {
        // The 80 % band is added first to come first in the legend; the same colour twice, so it
        // shows darker inside the 95 % one whatever the drawing order.
        QAreaSeries *band80 = band(tr("80% range"), QStringLiteral("band80Series"), 110);
        QAreaSeries *band95 = band(tr("95% range"), QStringLiteral("band95Series"), 55);
        const double x0 = xOf(forecast.start);
        band80->upperSeries()->append(x0, forecast.startValue / d);
        band80->lowerSeries()->append(x0, forecast.startValue / d);
        band95->upperSeries()->append(x0, forecast.startValue / d);
        band95->lowerSeries()->append(x0, forecast.startValue / d);
        for (std::size_t i = 0; i < forecast.dates.size(); ++i) {
            const double x = xOf(forecast.dates[i]);
            band80->upperSeries()->append(x, forecast.hi80[i] / d);
            band80->lowerSeries()->append(x, forecast.lo80[i] / d);
            band95->upperSeries()->append(x, forecast.hi95[i] / d);
            band95->lowerSeries()->append(x, forecast.lo95[i] / d);
        }
        shown << band80 << band95;
    }

    auto *actual = new QLineSeries;
    actual->setObjectName(QStringLiteral("actualSeries"));
    actual->setName(tr("Actual"));
    actual->setPen(QPen(kActualColor, 2.5));
    actual->append(0.0, 0.0);
    auto *expected = new QLineSeries;
    expected->setObjectName(QStringLiteral("expectedSeries"));
    expected->setName(tr("Expected"));
    expected->setPen(QPen(kExpectedColor, 2.0, Qt::DashDotLine));
    expected->append(0.0, 0.0);
    for (const storage::DashboardPoint &point : series.points) {
        if (point.actual)
            actual->append(xOf(point.date), static_cast<double>(*point.actual) / d);
        if (point.expected)
            expected->append(xOf(point.date), static_cast<double>(*point.expected) / d);
    }
    if (actual->count() > 1)
        shown << actual;
    else
        delete actual;
    if (series.target)
        shown << expected;
    else
        delete expected;

    if (!forecast.empty()) {
        auto *median = new QLineSeries;
        median->setObjectName(QStringLiteral("forecastSeries"));
        median->setName(tr("Forecast"));
        median->setPen(QPen(kActualColor, 2.0, Qt::DotLine)); // the actual's colour, dotted: not yet real
        median->setPointsVisible(true);
        median->append(xOf(forecast.start), forecast.startValue / d);
        for (std::size_t i = 0; i < forecast.dates.size(); ++i)
            median->append(xOf(forecast.dates[i]), forecast.median[i] / d);
        shown << median;
    }
    if (series.target) {
        auto *goal = new QLineSeries;
        goal->setObjectName(QStringLiteral("targetSeries"));
        goal->setName(tr("Target"));
        goal->setPen(QPen(kTargetColor, 2.0, Qt::DashLine)); // dashes as well as colour
        goal->append(0.0, static_cast<double>(*series.target) / d);
        goal->append(period.dayCount(), static_cast<double>(*series.target) / d);
        shown << goal;
    }

    // Days along x, labelled with dates: weeks in a month, half-months in a quarter, months
    // (every third in a long range) otherwise.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(0.0, period.dayCount());
    const int days = period.dayCount();
    if (series.step == storage::DashboardSeries::Step::Day && days <= 31) {
        for (int day = 0; day < days; day += 7)
            axisX->append(dayLabel(engine::addDays(period.first, day)), day);
    } else if (series.step == storage::DashboardSeries::Step::Day) {
        for (engine::Date month = firstOfMonth(period.first); month <= period.last; month = nextMonth(month))
            for (const unsigned dayOfMonth : {1U, 15U}) {
                const engine::Date day = engine::makeDate(static_cast<int>(month.year()),
                                                          static_cast<unsigned>(month.month()), dayOfMonth);
                if (period.contains(day))
                    axisX->append(dayLabel(day), xOf(day) - 1);
            }
    } else {
        const bool twoYears = period.first.year() != period.last.year();
        int months = 0;
        for (engine::Date month = firstOfMonth(period.first); month <= period.last; month = nextMonth(month))
            ++months;
        const int every = months > 18 ? 3 : 1;
        int index = 0;
        for (engine::Date month = firstOfMonth(period.first); month <= period.last; month = nextMonth(month), ++index)
            if (index % every == 0 && period.contains(month))
                axisX->append(monthLabel(month, twoYears), xOf(month) - 1);
    }
    auto *axisY = new QValueAxis;
    axisY->setRange(lowest / d, largest > 0 ? largest * 1.05 / d : 1.0);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->setTickCount(6);
    axisY->applyNiceNumbers();
    axisY->setTitleText(m_unit.title);
    chart()->addAxis(axisX, Qt::AlignBottom);
    chart()->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *each : shown) {
        chart()->addSeries(each);
        each->attachAxis(axisX);
        each->attachAxis(axisY);
        if (auto *line = qobject_cast<QLineSeries *>(each))
            connect(line, &QLineSeries::hovered, this, &RevenueLineChart::showToolTip);
    }
    for (QLegendMarker *marker : chart()->legend()->markers()) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY)
            marker->setShape(QLegend::MarkerShapeFromSeries);
        else
            marker->setPen(QPen(kBandColor, 1.0));
    }

    // The title says what the chart is and the forecast's verdict on the target.
    if (series.target && forecast.probability) {
        const qint64 percent = std::llround(*forecast.probability * 100.0);
        m_probabilityText = tr("%1% chance of reaching the target").arg(QLocale().toString(percent));
    } else if (series.target && asOf > period.last) {
        const bool reached = !series.points.empty() && series.points.back().actual.value_or(0) >= *series.target;
        m_probabilityText = reached ? tr("target reached") : tr("target missed");
    }
    // What a screen reader says: the latest figures and the forecast's verdict.
    QStringList summary;
    for (auto point = series.points.rbegin(); point != series.points.rend(); ++point)
        if (point->actual) {
            summary << tr("Revenue to %1: %2").arg(isoText(point->date), formatMoney(*point->actual, currency));
            break;
        }
    if (series.target)
        summary << tr("Target: %1").arg(formatMoney(*series.target, currency));
    if (!forecast.empty())
        summary << tr("Forecast for the period: %1 (80%: %2 – %3)")
                       .arg(formatMoney(std::llround(forecast.median.back()), currency),
                            formatMoney(std::llround(forecast.lo80.back()), currency),
                            formatMoney(std::llround(forecast.hi80.back()), currency));
    const QString what = tr("Cumulative revenue, %1 – %2").arg(isoText(period.first), isoText(period.last));
    if (!m_probabilityText.isEmpty())
        summary << m_probabilityText;
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    chart()->setTitle(m_probabilityText.isEmpty()
                          ? (series.target ? what : tr("%1 (no revenue target)").arg(what))
                          : tr("%1: %2", "chart, probability").arg(what, m_probabilityText));
}

void RevenueLineChart::showToolTip(const QPointF &point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const int day = std::clamp(static_cast<int>(std::lround(point.x())), 1, m_period.dayCount());
    QStringList lines;
    // The series point nearest to the mouse: its day, or the month's last day.
    const storage::DashboardPoint *nearest = nullptr;
    for (const storage::DashboardPoint &each : m_series.points)
        if (!nearest || std::abs(xOf(each.date) - day) < std::abs(xOf(nearest->date) - day))
            nearest = &each;
    if (nearest) {
        lines << isoText(nearest->date);
        if (nearest->actual)
            lines << tr("Revenue to date: %1").arg(formatMoney(*nearest->actual, m_currency));
        if (nearest->expected)
            lines << tr("Expected by the target: %1").arg(formatMoney(*nearest->expected, m_currency));
    }
    for (std::size_t i = 0; i < m_forecast.dates.size(); ++i)
        if (std::abs(xOf(m_forecast.dates[i]) - day) <= 15 && (!nearest || !nearest->actual)) {
            const auto money = [this](double value) { return formatMoney(std::llround(value), m_currency); };
            lines << tr("Forecast to %1: %2 (80%: %3 – %4; 95%: %5 – %6)")
                         .arg(isoText(m_forecast.dates[i]), money(m_forecast.median[i]), money(m_forecast.lo80[i]),
                              money(m_forecast.hi80[i]), money(m_forecast.lo95[i]), money(m_forecast.hi95[i]));
            break;
        }
    if (m_series.target)
        lines << tr("Target: %1").arg(formatMoney(*m_series.target, m_currency));
    if (!m_probabilityText.isEmpty())
        lines << m_probabilityText;
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), this);
}

} // namespace attain::ui
