#include "app/OverviewPage.h"

#include "app/MoneyFormat.h"
#include "app/SalesSnapshot.h"
#include "app/TableViewCsv.h"
#include "app/TeamRevenueModel.h"
#include "app/ViewHelpers.h"
#include "engine/Attainment.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace attain::ui {

namespace {
// Okabe–Ito colours: distinguishable with the common forms of colour blindness.
const QColor kTargetColor(0xE6, 0x9F, 0x00);
const QColor kActualColor(0x00, 0x72, 0xB2);
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_currentYear(QDate::currentDate().year())
    , m_yearComboBox(new QComboBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
    , m_model(new TeamRevenueModel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    auto *title = new QLabel(tr("Revenue against target by team"), this);
    makeTitle(title, 1.4);

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearComboBox);
    m_yearComboBox->setObjectName(QStringLiteral("yearComboBox"));
    m_yearComboBox->setAccessibleName(tr("Year"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(yearLabel);
    header->addWidget(m_yearComboBox);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_tableView->setObjectName(QStringLiteral("teamRevenueTableView"));
    attachCsvExport(m_tableView, QStringLiteral("team-revenue"));
    m_tableView->setModel(proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(TeamRevenueModel::AttainmentColumn, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setObjectName(QStringLiteral("teamRevenueChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_tableView);
    layout->addWidget(m_chartView, 1);

    connect(&m_watcher, &QFutureWatcher<OverviewData>::finished, this, [this] {
        const QFuture<OverviewData> future = m_watcher.future();
        if (future.resultCount() > 0 && !future.result().stale)
            showData(future.result());
    });
    connect(m_yearComboBox, &QComboBox::activated, this, [this](int index) {
        load(m_yearComboBox->itemData(index).toInt());
    });
}

OverviewPage::~OverviewPage()
{
    m_watcher.waitForFinished();
}

void OverviewPage::setDatabasePath(const QString &path)
{
    m_path = path;
    m_yearComboBox->clear();
    m_model->setOverview({});
    rebuildChart();
    if (path.isEmpty()) {
        m_summaryLabel->clear();
        return;
    }
    load(std::nullopt);
}

void OverviewPage::load(std::optional<int> year)
{
    m_summaryLabel->setText(tr("Loading…"));
    const quint64 generation = ++*m_generation;
    // A newer request supersedes an older one still running: its result is dropped. The task
    // captures only values and the shared counter, never `this`.
    m_watcher.setFuture(QtConcurrent::run([path = m_path, year, currentYear = m_currentYear, generation,
                                           latest = m_generation]() {
        OverviewData data = loadOverview(path, year, currentYear, reportingCurrency());
        data.stale = generation != latest->load();
        return data;
    }));
}

void OverviewPage::showData(const OverviewData &data)
{
    if (!data.error.isEmpty()) {
        m_summaryLabel->setText(tr("Could not load the overview: %1").arg(data.error));
        Q_EMIT loaded();
        return;
    }
    {
        const QSignalBlocker blocker(m_yearComboBox);
        m_yearComboBox->clear();
        QList<int> years = data.years;
        if (!years.contains(data.year))
            years.prepend(data.year);
        for (int year : std::as_const(years))
            m_yearComboBox->addItem(QString::number(year), year);
        m_yearComboBox->setCurrentIndex(m_yearComboBox->findData(data.year));
    }
    m_model->setOverview(data.revenue);

    // Attainment compares like with like: teams without a target count in the total won
    // revenue but not in the attainment.
    qint64 target = 0, actual = 0, targetedActual = 0;
    for (const storage::TeamRevenue &team : data.revenue.teams) {
        actual += team.actualMinor;
        if (team.targetMinor) {
            target += *team.targetMinor;
            targetedActual += team.actualMinor;
        }
    }
    const QString &currency = data.revenue.currency;
    if (data.revenue.teams.empty()) {
        m_summaryLabel->setText(tr("This database has no teams yet."));
    } else if (target > 0) {
        const engine::Attainment total{target, targetedActual};
        m_summaryLabel->setText(tr("%1 company total: %2 won of %3 target (%4), gap %5")
                                    .arg(data.year)
                                    .arg(formatMoney(actual, currency), formatMoney(target, currency),
                                         formatBasisPoints(total.basisPoints().value_or(0)),
                                         formatMoney(total.gap(), currency)));
    } else {
        m_summaryLabel->setText(tr("%1 company total: %2 won; no revenue targets are set for this year.")
                                    .arg(data.year)
                                    .arg(formatMoney(actual, currency)));
    }
    if (data.revenue.otherCurrencyDeals > 0) {
        m_noticeLabel->setText(tr("%n won deal(s) in other currencies are not included: exchange rates are "
                                  "not set up yet.", nullptr, static_cast<int>(data.revenue.otherCurrencyDeals)));
        m_noticeLabel->show();
    } else {
        m_noticeLabel->hide();
    }
    fitTableToRows();
    rebuildChart();
    Q_EMIT loaded();
}

void OverviewPage::fitTableToRows()
{
    // A handful of teams should not leave a tall empty table; many teams scroll.
    const int rows = std::clamp(m_model->rowCount(), 1, 12);
    const int height = m_tableView->horizontalHeader()->sizeHint().height()
                       + rows * m_tableView->verticalHeader()->defaultSectionSize()
                       + 2 * m_tableView->frameWidth();
    m_tableView->setFixedHeight(height);
}

void OverviewPage::rebuildChart()
{
    m_targetSet = nullptr;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // releases ownership without deleting
        delete axis;
    }
    const storage::RevenueOverview &overview = m_model->overview();
    if (overview.teams.empty())
        return;

    // Chinese managers read revenue in 万 (10,000); others in millions.
    const bool chinese = locale().language() == QLocale::Chinese;
    const double unit = chinese ? 1e4 * 100 : 1e6 * 100;
    auto *targets = new QBarSet(tr("Target"));
    auto *actuals = new QBarSet(tr("Won revenue"));
    targets->setColor(kTargetColor);
    actuals->setColor(kActualColor);
    QStringList categories;
    double maximum = 0.0;
    for (const storage::TeamRevenue &team : overview.teams) {
        categories << team.name;
        const double target = static_cast<double>(team.targetMinor.value_or(0)) / unit;
        const double actual = static_cast<double>(team.actualMinor) / unit;
        targets->append(target);
        actuals->append(actual);
        maximum = std::max({maximum, target, actual});
    }
    m_targetSet = targets;
    m_chart->setTitle(tr("Target and won revenue, %1").arg(m_yearComboBox->currentText()));
    auto *series = new QBarSeries;
    series->append(targets);
    series->append(actuals);
    m_chart->addSeries(series);
    connect(series, &QBarSeries::hovered, this, &OverviewPage::showBarTooltip);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0.0, maximum > 0.0 ? maximum * 1.1 : 1.0);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(chinese ? tr("Revenue (10,000 %1)").arg(currencySymbol(overview.currency).trimmed())
                                : tr("Revenue (%1 millions)").arg(currencySymbol(overview.currency).trimmed()));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

void OverviewPage::showBarTooltip(bool hovering, int index, QBarSet *set)
{
    const storage::RevenueOverview &overview = m_model->overview();
    if (!hovering || index < 0 || index >= static_cast<int>(overview.teams.size())) {
        QToolTip::hideText();
        return;
    }
    const storage::TeamRevenue &team = overview.teams[static_cast<std::size_t>(index)];
    const engine::Attainment attainment{team.targetMinor.value_or(0), team.actualMinor};
    QString text = tr("%1\n%2: %3").arg(team.name, set->label(),
                                         formatMoney(set == m_targetSet ? team.targetMinor.value_or(0)
                                                                                  : team.actualMinor,
                                                     overview.currency));
    if (const auto basisPoints = attainment.basisPoints())
        text += QLatin1Char('\n') + tr("Attainment: %1").arg(formatBasisPoints(*basisPoints));
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

} // namespace attain::ui
