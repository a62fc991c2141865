#pragma once

#include "app/AchievabilityChart.h"
#include "app/DashboardForecast.h"
#include "storage/DashboardTypes.h"

#include <QChartView>

class QLineSeries;

namespace attain::ui {

/// The axis unit for amounts up to `largestMinor`: 万 or 亿 in Chinese, thousands or millions
/// otherwise, so the labels stay short; the title names it ("10,000 yuan").
[[nodiscard]] ChartUnit moneyAxisUnit(double largestMinor, const QString &currency);

/// The dashboard's line chart: cumulative revenue to date against the target and what the
/// target expects by each day, and the forecast of the rest of the period with its 80 % and
/// 95 % ranges; the title gives the chance of reaching the target. Hovering over a line shows
/// its exact figures. Series have object names for tests: "actualSeries", "expectedSeries",
/// "targetSeries", "forecastSeries", "band80Series", "band95Series"; x is the day of the
/// period (0 = before its first day, the period's day count = its end).
class RevenueLineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueLineChart)

public:
    explicit RevenueLineChart(QWidget *parent = nullptr);

    void setSeries(const storage::DashboardSeries &series, const CumulativeForecast &forecast,
                   const engine::Period &period, engine::Date asOf, const QString &currency);
    void clear();

    /// The chart's x for the end of `date` (its day number in the period).
    [[nodiscard]] double xOf(engine::Date date) const;
    /// The axis divisor from stored minor units.
    [[nodiscard]] double divisor() const { return m_unit.divisor; }
    /// What the title says about the chance of reaching the target (empty without one).
    [[nodiscard]] const QString &probabilityText() const { return m_probabilityText; }

private:
    void showToolTip(const QPointF &point, bool hovering);

    storage::DashboardSeries m_series;
    CumulativeForecast m_forecast;
    engine::Period m_period;
    QString m_currency;
    ChartUnit m_unit;
    QString m_probabilityText;
};

} // namespace attain::ui
