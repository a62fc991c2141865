#include "app/AchievabilityChart.h"

#include "app/MetricText.h"
#include "app/MoneyFormat.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
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

qreal msecs(engine::Date date)
{
    const QDate day(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
        static_cast<int>(static_cast<unsigned>(date.day())));
    return static_cast<qreal>(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

} // namespace

void showAchievabilityChart(QChart *chart, engine::MetricId metric, const MonthlySeries &history,
    const engine::Period &target, std::int64_t monthlyTarget, const QString &currency)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    // Values in display units; money in 万 (Chinese) or millions, like the overview chart.
    const bool money = engine::definition(metric).unit == engine::Unit::Money;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    double unit = static_cast<double>(displayScale(metric, currency));
    QString axisTitle = metricInputUnit(metric, currency);
    if (money) {
        unit *= chinese ? 1e4 : 1e6;
        axisTitle = chinese ? tr("10,000 yuan") : tr("million yuan");
        if (currency != QLatin1String("CNY"))
            axisTitle = chinese ? tr("10,000 %1").arg(currency) : tr("million %1").arg(currency);
    }

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual per month"));
    const std::size_t first = history.values.size() > kShownMonths ? history.values.size() - kShownMonths : 0;
    double low = 0.0;
    double high = 0.0;
    for (std::size_t i = first; i < history.values.size(); ++i) {
        const double value = static_cast<double>(history.values[i]) / unit;
        actual->append(msecs(history.months[i].first), value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    auto *goal = new QLineSeries;
    goal->setName(tr("Target per month"));
    QPen pen = goal->pen();
    pen.setStyle(Qt::DashLine); // told apart by its dashes as well as its colour
    pen.setWidthF(2.5);
    pen.setColor(QColor(0xb2, 0x6a, 0x00));
    goal->setPen(pen);
    const double level = static_cast<double>(monthlyTarget) / unit;
    goal->append(msecs(target.first), level);
    goal->append(msecs(target.last), level);
    high = std::max(high, level);
    low = std::min(low, level);

    chart->addSeries(actual);
    chart->addSeries(goal);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    // From the first month shown to the target's end, so the target's months are in view.
    const engine::Date start = history.months.empty() ? target.first : history.months[first].first;
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs(start))),
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs(target.last))));
    axisX->setTickCount(5);
    auto *axisY = new QValueAxis;
    axisY->setRange(low, high > low ? high * 1.1 : low + 1.0);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(axisTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *series : { actual, goal }) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace attain::ui
