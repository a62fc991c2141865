#include "app/ActivityScatterWidget.h"

#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/RevenuePerActivity.h"
#include "engine/Money.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace attain::ui {

namespace {

// Okabe–Ito: blue points, vermillion for the picked rep (which also differs in shape), black
// for the average line (which also differs by its dashes).
const QColor kPointColor(0x00, 0x72, 0xB2);
const QColor kSelectedColor(0xD5, 0x5E, 0x00);
const QColor kAverageColor(0x33, 0x33, 0x33);

QString repLink(const storage::RepActivityRow &row)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(row.repId.toHtmlEscaped(), row.name.toHtmlEscaped());
}

/// One decimal for small axis ranges (1.5 million), none above.
QString labelFormat(double maximum)
{
    return std::abs(maximum) < 10.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
}

} // namespace

ActivityScatterWidget::ActivityScatterWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_emptyLabel(new QLabel(tr("No activities or revenue to show."), this))
    , m_outlierLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(tr("Activities against revenue by rep"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Axis labels with the locale's thousands separators.
    m_chart->setLocalizeNumbers(true);
    m_chartView->setObjectName(QStringLiteral("activityChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    m_chartView->setAccessibleName(tr("Activities against revenue by rep"));
    m_chartView->setAccessibleDescription(
        tr("The arrow keys step from rep to rep; Enter opens the selected rep."));
    // Keyboard users see where the focus is.
    m_chartView->setStyleSheet(QStringLiteral("QChartView { border: 2px solid transparent; }"
                                              "QChartView:focus { border: 2px solid palette(highlight); }"));
    m_chartView->installEventFilter(this);

    m_emptyLabel->setObjectName(QStringLiteral("activityEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_emptyLabel);

    m_outlierLabel->setObjectName(QStringLiteral("outlierLabel"));
    m_outlierLabel->setWordWrap(true);
    m_outlierLabel->setTextFormat(Qt::RichText);
    // The names are links: Tab reaches them and Enter opens the rep, as a click does.
    m_outlierLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_outlierLabel, &QLabel::linkActivated, this, &ActivityScatterWidget::repActivated);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setWordWrap(true);
    m_selectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_outlierLabel);
    layout->addWidget(m_selectionLabel);
    setFocusProxy(m_chartView);
    m_stack->setCurrentWidget(m_emptyLabel);
}

void ActivityScatterWidget::setRows(const std::vector<storage::RepActivityRow> &rows, const QString &currency)
{
    m_rows = rows;
    m_currency = currency;
    m_selected.reset();
    m_stepOrder.resize(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_stepOrder[i] = i;
    std::stable_sort(m_stepOrder.begin(), m_stepOrder.end(), [this](std::size_t a, std::size_t b) {
        const auto &x = m_rows[a];
        const auto &y = m_rows[b];
        return x.activities != y.activities ? x.activities < y.activities : x.revenue < y.revenue;
    });
    rebuildChart();
    updateOutliers();
    select(std::nullopt);
    m_stack->setCurrentWidget(m_rows.empty() ? static_cast<QWidget *>(m_emptyLabel) : m_chartView);
}

void ActivityScatterWidget::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // releases ownership without deleting
        delete axis;
    }
    m_series = nullptr;
    m_selectedSeries = nullptr;
    m_averageSeries = nullptr;
    m_chart->setLocale(locale());
    if (m_rows.empty())
        return;

    // Chinese managers read revenue in 万 (10,000); others in thousands, or millions once a
    // rep reaches one.
    const double minorPerUnit = static_cast<double>(displayScale(engine::MetricId::Revenue, m_currency));
    double largest = 0.0;
    std::int64_t mostActivities = 0;
    std::int64_t totalActivities = 0;
    std::int64_t totalRevenue = 0;
    for (const storage::RepActivityRow &row : m_rows) {
        largest = std::max(largest, std::abs(static_cast<double>(row.revenue)) / minorPerUnit);
        mostActivities = std::max(mostActivities, row.activities);
        if (row.activities > 0) {
            totalActivities += row.activities;
            totalRevenue += row.revenue;
        }
    }
    const bool chinese = locale().language() == QLocale::Chinese;
    const bool yuan = m_currency == QLatin1String("CNY");
    QString revenueTitle;
    if (chinese) {
        m_divisor = minorPerUnit * 1e4;
        revenueTitle = yuan ? tr("Revenue (10,000 yuan)") : tr("Revenue (10,000 %1)").arg(m_currency);
    } else if (largest >= 1e6) {
        m_divisor = minorPerUnit * 1e6;
        revenueTitle = yuan ? tr("Revenue (million yuan)") : tr("Revenue (million %1)").arg(m_currency);
    } else {
        m_divisor = minorPerUnit * 1e3;
        revenueTitle = yuan ? tr("Revenue (thousand yuan)") : tr("Revenue (thousand %1)").arg(m_currency);
    }

    m_series = new QScatterSeries;
    m_series->setObjectName(QStringLiteral("activitySeries"));
    m_series->setName(tr("Reps"));
    m_series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_series->setMarkerSize(11.0);
    m_series->setColor(kPointColor);
    m_series->setBorderColor(Qt::white); // points that overlap stay apart
    double lowest = 0.0;
    double highest = 0.0;
    for (const storage::RepActivityRow &row : m_rows) {
        const double revenue = static_cast<double>(row.revenue) / m_divisor;
        m_series->append(static_cast<double>(row.activities), revenue);
        lowest = std::min(lowest, revenue);
        highest = std::max(highest, revenue);
    }
    const double xMax = std::max<double>(1.0, static_cast<double>(mostActivities) * 1.08);

    m_selectedSeries = new QScatterSeries;
    m_selectedSeries->setObjectName(QStringLiteral("selectedSeries"));
    m_selectedSeries->setName(tr("Selected"));
    m_selectedSeries->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_selectedSeries->setMarkerSize(19.0);
    m_selectedSeries->setColor(Qt::transparent);
    m_selectedSeries->setPen(QPen(kSelectedColor, 2.5));

    auto *axisX = new QValueAxis;
    axisX->setRange(0.0, xMax);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTickCount(6);
    axisX->applyNiceNumbers();
    axisX->setTitleText(tr("Activities logged (count)"));
    auto *axisY = new QValueAxis;
    axisY->setRange(lowest < 0.0 ? lowest * 1.08 : 0.0, highest > 0.0 ? highest * 1.08 : 1.0);
    axisY->setTickCount(6);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(labelFormat(axisY->max() - axisY->min()));
    axisY->setTitleText(revenueTitle);
    // The average revenue per activity as a line through the origin: above it, more won per
    // activity. Drawn to the edge of the plot, after the axes have settled on their range.
    if (totalActivities > 0) {
        const std::int64_t average = engine::roundedDivide(totalRevenue, totalActivities);
        m_averageSeries = new QLineSeries;
        m_averageSeries->setObjectName(QStringLiteral("averageSeries"));
        m_averageSeries->setName(tr("Average: %1 per activity").arg(formatMoney(average, m_currency, locale())));
        m_averageSeries->setPen(QPen(kAverageColor, 1.5, Qt::DashLine));
        const double slope = static_cast<double>(totalRevenue) / static_cast<double>(totalActivities) / m_divisor;
        double xEnd = axisX->max();
        if (slope > 0.0 && slope * xEnd > axisY->max())
            xEnd = axisY->max() / slope;
        else if (slope < 0.0 && slope * xEnd < axisY->min())
            xEnd = axisY->min() / slope;
        m_averageSeries->append(0.0, 0.0);
        m_averageSeries->append(xEnd, slope * xEnd);
    }

    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : { static_cast<QAbstractSeries *>(m_averageSeries),
             static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(m_selectedSeries) }) {
        if (!series)
            continue;
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_selectedSeries))
        marker->setVisible(false);
    if (m_averageSeries)
        for (QLegendMarker *marker : m_chart->legend()->markers(m_averageSeries))
            marker->setShape(QLegend::MarkerShapeFromSeries);

    // The picked rep's frame is drawn over its point: it answers the mouse as the point does.
    for (QScatterSeries *series : { m_series, m_selectedSeries }) {
        connect(series, &QScatterSeries::hovered, this, &ActivityScatterWidget::showToolTip);
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &point) {
            const std::vector<std::size_t> rows = rowsAt(point);
            if (rows.empty())
                return;
            select(rows.front());
            Q_EMIT repActivated(m_rows[rows.front()].repId);
        });
    }
}

void ActivityScatterWidget::updateOutliers()
{
    if (m_rows.empty()) {
        m_outlierLabel->clear();
        m_outlierLabel->hide();
        return;
    }
    m_outlierLabel->show();
    const ActivityOutliers outliers = revenuePerActivityOutliers(m_rows);
    const auto perActivity = [this](std::size_t row) {
        return formatMoney(revenuePerActivity(m_rows[row]).value_or(0), m_currency, locale());
    };
    if (outliers.counted == 0) {
        m_outlierLabel->setText(tr("No rep logged an activity in this period."));
    } else if (outliers.counted == 1) {
        m_outlierLabel->setText(tr("Revenue per activity: %1, %2 (the only rep with activities).")
                                    .arg(repLink(m_rows[*outliers.highest]), perActivity(*outliers.highest)));
    } else {
        m_outlierLabel->setText(tr("Most revenue per activity: %1 (%2); least: %3 (%4).")
                                    .arg(repLink(m_rows[*outliers.highest]), perActivity(*outliers.highest),
                                        repLink(m_rows[*outliers.lowest]), perActivity(*outliers.lowest)));
    }
}

std::vector<std::size_t> ActivityScatterWidget::rowsAt(const QPointF &point) const
{
    // Points are the rows' values divided the same way, so they compare within rounding.
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const double x = static_cast<double>(m_rows[i].activities);
        const double y = static_cast<double>(m_rows[i].revenue) / m_divisor;
        if (std::abs(x - point.x()) < 1e-6 && std::abs(y - point.y()) <= 1e-9 * std::max(1.0, std::abs(y)))
            rows.push_back(i);
    }
    return rows;
}

QString ActivityScatterWidget::describe(const storage::RepActivityRow &row) const
{
    const QLocale here = locale();
    QString text = tr("%1\nActivities: %2\nRevenue: %3\nDeals won: %4")
                       .arg(row.name, here.toString(static_cast<qlonglong>(row.activities)),
                           formatMoney(row.revenue, m_currency, here),
                           formatMetricValue(engine::MetricId::DealsWon, row.dealsWon, m_currency, here));
    if (const auto perActivity = revenuePerActivity(row))
        text += QLatin1Char('\n') + tr("Revenue per activity: %1").arg(formatMoney(*perActivity, m_currency, here));
    return text;
}

void ActivityScatterWidget::showToolTip(const QPointF &point, bool hovering)
{
    const std::vector<std::size_t> rows = hovering ? rowsAt(point) : std::vector<std::size_t>();
    if (rows.empty()) {
        QToolTip::hideText();
        return;
    }
    QStringList texts;
    for (const std::size_t row : rows)
        texts << describe(m_rows[row]);
    QToolTip::showText(QCursor::pos(), texts.join(QStringLiteral("\n\n")), m_chartView);
}

QString ActivityScatterWidget::selectedRepId() const
{
    return m_selected ? m_rows[*m_selected].repId : QString();
}

void ActivityScatterWidget::select(std::optional<std::size_t> row)
{
    m_selected = row;
    if (m_selectedSeries) {
        m_selectedSeries->clear();
        if (row)
            m_selectedSeries->append(
                static_cast<double>(m_rows[*row].activities), static_cast<double>(m_rows[*row].revenue) / m_divisor);
    }
    if (row) {
        m_selectionLabel->setText(describe(m_rows[*row]).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        m_selectionLabel->show();
    } else if (!m_rows.empty()) {
        m_selectionLabel->setText(tr("Click a point, or use the arrow keys and Enter on the chart, to open a rep."));
        m_selectionLabel->show();
    } else {
        m_selectionLabel->hide();
    }
}

void ActivityScatterWidget::step(int delta)
{
    if (m_stepOrder.empty())
        return;
    const auto at = m_selected ? std::find(m_stepOrder.begin(), m_stepOrder.end(), *m_selected) : m_stepOrder.end();
    const auto count = static_cast<std::ptrdiff_t>(m_stepOrder.size());
    std::ptrdiff_t position = 0;
    if (at == m_stepOrder.end())
        position = delta > 0 ? 0 : count - 1;
    else
        position = std::clamp<std::ptrdiff_t>((at - m_stepOrder.begin()) + delta, 0, count - 1);
    select(m_stepOrder[static_cast<std::size_t>(position)]);
}

bool ActivityScatterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            step(1);
            return true;
        case Qt::Key_Left:
        case Qt::Key_Up:
            step(-1);
            return true;
        case Qt::Key_Home:
            select(m_stepOrder.empty() ? std::nullopt : std::optional(m_stepOrder.front()));
            return true;
        case Qt::Key_End:
            select(m_stepOrder.empty() ? std::nullopt : std::optional(m_stepOrder.back()));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_selected)
                Q_EMIT repActivated(m_rows[*m_selected].repId);
            return true;
        case Qt::Key_Escape:
            if (m_selected) {
                select(std::nullopt);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace attain::ui
