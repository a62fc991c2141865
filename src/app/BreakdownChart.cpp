#include "app/BreakdownChart.h"

#include "app/MoneyFormat.h"
#include "app/RevenueLineChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QPen>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace attain::ui {

namespace {

const QColor kBarColor(0x00, 0x72, 0xB2);      // Okabe–Ito blue
const QColor kCurrentColor(0x56, 0xB4, 0xE9);  // sky blue: the bar the keyboard is on
const QColor kGoalColor(0xD5, 0x5E, 0x00);     // vermillion, dashed: the 100 % line
const QColor kExpectedColor(0xE6, 0x9F, 0x00); // orange, dash-dotted: expected by now (as the line chart)

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("attain::ui::BreakdownChart", text, disambiguation, n);
}

QString titleOf(storage::DashboardDimension dimension, bool attainment)
{
    using storage::DashboardDimension;
    switch (dimension) {
    case DashboardDimension::Team: return attainment ? tr("Attainment by team") : tr("Revenue by team");
    case DashboardDimension::Rep: return attainment ? tr("Attainment by rep") : tr("Revenue by rep");
    case DashboardDimension::Channel: return attainment ? tr("Attainment by channel") : tr("Revenue by channel");
    case DashboardDimension::ProductLine:
        return attainment ? tr("Attainment by product line") : tr("Revenue by product line");
    case DashboardDimension::Region: return attainment ? tr("Attainment by region") : tr("Revenue by region");
    }
    return {};
}

QString nameOf(const storage::DashboardBreakdownRow &row)
{
    return row.id.isEmpty() ? tr("(not assigned)") : row.name;
}

} // namespace

QString dimensionName(storage::DashboardDimension dimension)
{
    using storage::DashboardDimension;
    switch (dimension) {
    case DashboardDimension::Team: return tr("Team");
    case DashboardDimension::Rep: return tr("Rep");
    case DashboardDimension::Channel: return tr("Channel");
    case DashboardDimension::ProductLine: return tr("Product line");
    case DashboardDimension::Region: return tr("Region");
    }
    return {};
}

BreakdownChart::BreakdownChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("breakdownChart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Breakdown"));
    setToolTip(tr("Click a bar, or choose one with the arrow keys and press Enter, to drill into it."));
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->hide();
    chart()->setLocalizeNumbers(true);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(280);
    connect(chart(), &QChart::plotAreaChanged, this, &BreakdownChart::placeLabels);
}

void BreakdownChart::clear()
{
    for (QGraphicsSimpleTextItem *label : m_labels)
        delete label;
    m_labels.clear();
    delete m_goalLine;
    m_goalLine = nullptr;
    delete m_goalLabel;
    m_goalLabel = nullptr;
    delete m_expectedLine;
    m_expectedLine = nullptr;
    delete m_expectedLabel;
    m_expectedLabel = nullptr;
    m_expectedBp.reset();
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_series = nullptr;
    m_set = nullptr;
    m_rows.clear();
    m_current = -1;
    chart()->setTitle(QString());
}

void BreakdownChart::setBreakdown(const storage::DashboardBreakdown &breakdown, const QString &currency,
                                  std::optional<std::int64_t> expectedBp)
{
    clear();
    m_currency = currency;
    chart()->setLocale(QLocale());
    std::vector<storage::DashboardBreakdownRow> rows = breakdown.rows;
    m_attainment = std::any_of(rows.begin(), rows.end(), [](const auto &row) { return row.attainmentBp.has_value(); });
    // Best first: by attainment (children without a target after those with one), else by revenue.
    std::stable_sort(rows.begin(), rows.end(), [this](const auto &a, const auto &b) {
        if (m_attainment && a.attainmentBp.has_value() != b.attainmentBp.has_value())
            return a.attainmentBp.has_value();
        if (m_attainment && a.attainmentBp && *a.attainmentBp != *b.attainmentBp)
            return *a.attainmentBp > *b.attainmentBp;
        return a.revenue > b.revenue;
    });
    const std::size_t total = rows.size();
    if (rows.size() > static_cast<std::size_t>(kMaxBars))
        rows.resize(static_cast<std::size_t>(kMaxBars));
    m_rows = std::move(rows);
    QString title = titleOf(breakdown.dimension, m_attainment);
    if (total > m_rows.size())
        title = tr("%1 (top %2 of %3)").arg(title).arg(m_rows.size()).arg(total);
    chart()->setTitle(title);
    if (m_rows.empty())
        return;

    double largest = 0.0, lowest = 0.0;
    for (const auto &row : m_rows)
        largest = std::max(largest, static_cast<double>(row.revenue));
    m_unit = moneyAxisUnit(largest, currency);
    m_set = new QBarSet(m_attainment ? tr("Attainment") : tr("Revenue"));
    m_set->setColor(kBarColor);
    m_set->setBorderColor(kBarColor);
    m_set->setSelectedColor(kCurrentColor);
    QStringList categories;
    QSet<QString> seen;
    // Qt draws the first bar at the bottom: append the last row first.
    for (auto row = m_rows.rbegin(); row != m_rows.rend(); ++row) {
        const double value = m_attainment ? static_cast<double>(row->attainmentBp.value_or(0)) / 100.0
                                          : static_cast<double>(row->revenue) / m_unit.divisor;
        m_set->append(value);
        largest = row == m_rows.rbegin() ? value : std::max(largest, value);
        lowest = std::min(lowest, value);
        // Categories are keys: two reps of the same name are told apart by their e-mail.
        QString name = nameOf(*row);
        if (seen.contains(name))
            name += QStringLiteral(" (") + row->code + QLatin1Char(')');
        seen.insert(name);
        categories << name;
    }
    m_series = new QHorizontalBarSeries;
    m_series->setObjectName(QStringLiteral("breakdownSeries"));
    m_series->append(m_set);
    // A handful of bars stay bars, not blocks.
    m_series->setBarWidth(m_rows.size() < 6 ? 0.45 : 0.7);
    chart()->addSeries(m_series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    // Room right of the longest bar for its label.
    const double top = m_attainment ? std::max(largest, 100.0) * 1.18 : (largest > 0 ? largest * 1.2 : 1.0);
    axisX->setRange(lowest < 0 ? lowest * 1.1 : 0.0, top);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTickCount(5);
    axisX->applyNiceNumbers();
    axisX->setTitleText(m_attainment ? tr("Attainment of revenue target (%)") : tr("Revenue (%1)").arg(m_unit.title));
    chart()->addAxis(axisY, Qt::AlignLeft);
    chart()->addAxis(axisX, Qt::AlignBottom);
    m_series->attachAxis(axisY);
    m_series->attachAxis(axisX);
    connect(m_set, &QBarSet::clicked, this, [this](int bar) { activate(barOfRow(bar)); });
    connect(m_set, &QBarSet::hovered, this, &BreakdownChart::showToolTip);

    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto &row = m_rows[i];
        QString text = m_attainment ? (row.attainmentBp ? formatBasisPoints(*row.attainmentBp) : tr("no target"))
                                    : formatMoneyCompact(row.revenue, currency);
        auto *label = new QGraphicsSimpleTextItem(text, chart());
        label->setBrush(palette().color(QPalette::WindowText));
        label->setZValue(11); // over the reference lines
        m_labels.push_back(label);
    }
    if (m_attainment) {
        m_goalLine = new QGraphicsLineItem(chart());
        m_goalLine->setPen(QPen(kGoalColor, 2.0, Qt::DashLine));
        m_goalLine->setZValue(10); // over the plot area and its grid
        m_goalLabel = new QGraphicsSimpleTextItem(tr("target"), chart());
        m_goalLabel->setBrush(kGoalColor);
        // Mid-period, 100 % is the finish line; the share expected by now is the bar to beat today.
        if (expectedBp && *expectedBp > 0 && *expectedBp < 10000) {
            m_expectedBp = expectedBp;
            m_expectedLine = new QGraphicsLineItem(chart());
            m_expectedLine->setPen(QPen(kExpectedColor, 2.0, Qt::DashDotLine));
            m_expectedLine->setZValue(10);
            m_expectedLabel =
                new QGraphicsSimpleTextItem(tr("expected by now %1").arg(formatBasisPoints(*expectedBp)), chart());
            m_expectedLabel->setBrush(kExpectedColor.darker(130));
        }
    }
    placeLabels();
}

QList<qreal> BreakdownChart::barValues() const
{
    QList<qreal> values;
    for (int row = 0; m_set && row < static_cast<int>(m_rows.size()); ++row)
        values << m_set->at(barOfRow(row));
    return values;
}

QStringList BreakdownChart::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        texts << label->text();
    return texts;
}

void BreakdownChart::placeLabels()
{
    if (!m_set || !m_series)
        return;
    const QFontMetricsF metrics(m_labels.empty() ? font() : m_labels.front()->font());
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const int bar = barOfRow(static_cast<int>(i));
        const QPointF end = chart()->mapToPosition(QPointF(std::max(0.0, m_set->at(bar)), bar), m_series);
        QFont font = m_labels[i]->font();
        font.setBold(static_cast<int>(i) == m_current);
        m_labels[i]->setFont(font);
        m_labels[i]->setPos(end.x() + 4, end.y() - metrics.height() / 2);
    }
    // The reference lines run the plot's height, their labels inside it: the target's at the
    // top, the expected share's at the bottom, so the two never overlap.
    const int bars = static_cast<int>(m_rows.size());
    if (m_goalLine) {
        const QPointF low = chart()->mapToPosition(QPointF(100.0, -0.5), m_series);
        const QPointF high = chart()->mapToPosition(QPointF(100.0, bars - 0.5), m_series);
        m_goalLine->setLine(QLineF(low, high));
        m_goalLabel->setPos(high.x() + 3, high.y() + 1);
    }
    if (m_expectedLine) {
        const double percent = static_cast<double>(*m_expectedBp) / 100.0;
        const QPointF low = chart()->mapToPosition(QPointF(percent, -0.5), m_series);
        const QPointF high = chart()->mapToPosition(QPointF(percent, bars - 0.5), m_series);
        m_expectedLine->setLine(QLineF(low, high));
        m_expectedLabel->setPos(low.x() + 3, low.y() - metrics.height() - 1);
    }
}

void BreakdownChart::setCurrentRow(int row)
{
    if (!m_set || row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    m_current = row;
    m_set->deselectAllBars();
    m_set->selectBar(barOfRow(row));
    setAccessibleDescription(rowText(m_rows[static_cast<std::size_t>(row)]));
    placeLabels();
    if (hasFocus() && !m_labels.empty()) {
        const QPointF at = m_labels[static_cast<std::size_t>(row)]->pos();
        QToolTip::showText(mapToGlobal(mapFromScene(at)), rowText(m_rows[static_cast<std::size_t>(row)]), this);
    }
}

void BreakdownChart::activate(int row)
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const QString id = m_rows[static_cast<std::size_t>(row)].id;
    if (!id.isEmpty())
        Q_EMIT rowActivated(id);
}

void BreakdownChart::keyPressEvent(QKeyEvent *event)
{
    const int last = static_cast<int>(m_rows.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Up: setCurrentRow(std::max(0, m_current - 1)); break;
    case Qt::Key_Down: setCurrentRow(std::min(last, m_current + 1)); break;
    case Qt::Key_Home: setCurrentRow(0); break;
    case Qt::Key_End: setCurrentRow(last); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: activate(m_current); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void BreakdownChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_current < 0 && !m_rows.empty())
        setCurrentRow(0);
}

QString BreakdownChart::rowText(const storage::DashboardBreakdownRow &row) const
{
    QStringList lines;
    lines << nameOf(row);
    lines << tr("Revenue: %1").arg(formatMoney(row.revenue, m_currency));
    QString previous = tr("Previous period, same days: %1").arg(formatMoney(row.previousRevenue, m_currency));
    if (row.changeBp)
        previous += QStringLiteral(" (") + (*row.changeBp > 0 ? QStringLiteral("+") : QString())
                    + formatBasisPoints(*row.changeBp) + QLatin1Char(')');
    lines << previous;
    if (row.target)
        lines << tr("Target: %1").arg(formatMoney(*row.target, m_currency));
    if (row.attainmentBp)
        lines << tr("Attainment: %1").arg(formatBasisPoints(*row.attainmentBp));
    else if (m_attainment)
        lines << tr("No revenue target of its own for this period.");
    lines << tr("Deals won: %1").arg(QLocale().toString(static_cast<double>(row.dealsWon) / 100.0, 'f',
                                                         row.dealsWon % 100 == 0 ? 0 : 2));
    if (row.conversionBp)
        lines << tr("Conversion rate: %1").arg(formatBasisPoints(*row.conversionBp));
    if (!row.id.isEmpty())
        lines << tr("Click or press Enter to drill down.");
    return lines.join(QLatin1Char('\n'));
}

void BreakdownChart::showToolTip(bool hovering, int bar)
{
    const int row = barOfRow(bar);
    if (!hovering || row < 0 || row >= static_cast<int>(m_rows.size())) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), rowText(m_rows[static_cast<std::size_t>(row)]), this);
}

} // namespace attain::ui
