// The dashboard page offscreen on a small demo database: every figure shown is compared with
// what DashboardRepository computes for the same request on a connection of the test's own,
// formatted here with the shared formatters (values, not pixels).
#include "app/BreakdownChart.h"
#include "app/DashboardTileText.h"
#include "app/DashboardPage.h"
#include "app/DashboardPeriod.h"
#include "app/KpiTile.h"
#include "app/MetricFormat.h"
#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/RevenueLineChart.h"
#include "app/ScopeBreadcrumb.h"
#include "engine/forecast/AttainmentForecast.h"
#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace attain;
using storage::DashboardDimension;
using storage::DashboardTileId;

namespace {

const engine::Date kAsOf = engine::makeDate(2026, 11, 25);
const QString kCny = QStringLiteral("CNY");

/// What a tile should say for `value`, written with the shared formatters from the
/// repository's tile (not with the page's own tile text).
QString expectedValue(const storage::DashboardTile &tile)
{
    if (!tile.value)
        return QStringLiteral("—");
    switch (tile.unit) {
    case engine::Unit::Money: return ui::formatMoneyCompact(*tile.value, kCny);
    case engine::Unit::BasisPoints: return ui::formatBasisPoints(*tile.value);
    default: return ui::formatMetricValue(tile.metric, *tile.value, kCny);
    }
}

} // namespace

class DashboardPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tilesShowTheRepositorysFigures();
    void lineChartHoldsTheSeriesAndTheForecast();
    void breakdownBarsHoldTheBreakdownRows();
    void clickingABarDrillsDownAndTheBreadcrumbGoesBack();
    void keyboardDrillsDownAndBack();
    void changingThePeriodReloads();
    void periodsFollowTheFiscalYear();
    void scopePickersNarrowTheScope();
    void onlyTheNewestSelectionIsShown();
    void panelsAppearInTheirAreas();
    void tabGoesThroughTheControlsInOrder();
    void aLoadErrorIsShown();
    void screenshots();
    void chineseScreenshots();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("dashboard.attain")); }
    std::unique_ptr<ui::DashboardPage> openPage();
    /// Waits for the page's next figures.
    static bool waitLoaded(ui::DashboardPage &page, const std::function<void()> &action);
    /// The repository's figures for what the page shows.
    [[nodiscard]] storage::DashboardSnapshot expectedSnapshot(const storage::DashboardRequest &request) const;
    void verifyTiles(const ui::DashboardPage &page);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
};

void DashboardPageTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 8;
    spec.years = 3;
    spec.seed = 7;
    spec.asOf = kAsOf;
    QCOMPARE(storage::createDemoDatabase(dbPath(), spec).status, storage::DemoDatabaseResult::Status::Created);
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    m_database = std::move(opened.database);
}

std::unique_ptr<ui::DashboardPage> DashboardPageTest::openPage()
{
    auto page = std::make_unique<ui::DashboardPage>();
    page->resize(1280, 900);
    page->setAsOf(kAsOf);
    page->show();
    if (!waitLoaded(*page, [&] { page->setDatabasePath(dbPath()); }))
        qWarning("the dashboard did not load");
    return page;
}

bool DashboardPageTest::waitLoaded(ui::DashboardPage &page, const std::function<void()> &action)
{
    QSignalSpy loaded(&page, &ui::DashboardPage::loaded);
    action();
    if (!loaded.wait(20000))
        return false;
    // Only the newest selection counts: wait until nothing is loading any more.
    if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 20000))
        return false;
    return page.data() && page.data()->error.isEmpty();
}

storage::DashboardSnapshot DashboardPageTest::expectedSnapshot(const storage::DashboardRequest &request) const
{
    return storage::DashboardRepository(m_database->connection()).load(request);
}

void DashboardPageTest::verifyTiles(const ui::DashboardPage &page)
{
    const storage::DashboardSnapshot expected = expectedSnapshot(page.selection());
    QCOMPARE(expected.tiles.size(), std::size_t{12});
    for (const storage::DashboardTile &tile : expected.tiles) {
        const ui::KpiTile *shown = page.tile(tile.id);
        QVERIFY(shown);
        const QString what = ui::tileTitle(tile.id);
        QVERIFY2(shown->valueText() == expectedValue(tile),
                 qPrintable(what + QStringLiteral(": ") + shown->valueText() + QStringLiteral(" != ") + expectedValue(tile)));
        QCOMPARE(shown->statusText(), tile.status ? ui::statusName(*tile.status) : QStringLiteral("No target"));
        // Attainment says the revenue target, pace what was expected by now, the gap what it
        // needs a working day.
        std::optional<qint64> line = tile.target;
        if (tile.id == DashboardTileId::Attainment)
            line = expected.tiles.front().target;
        else if (tile.id == DashboardTileId::Pace)
            line = expected.revenuePace ? std::optional<qint64>(expected.revenuePace->expectedToDate) : std::nullopt;
        else if (tile.id == DashboardTileId::Gap)
            line = expected.revenuePace && expected.revenuePace->gap > 0 ? expected.revenuePace->rates.requiredPerDay
                                                                         : std::nullopt;
        if (line) {
            const QString target = tile.unit == engine::Unit::Money || tile.id == DashboardTileId::Attainment
                                           || tile.id == DashboardTileId::Pace
                                       ? ui::formatMoneyCompact(*line, kCny)
                                       : ui::formatMetricValue(tile.metric, *line, kCny);
            QVERIFY2(shown->targetText().contains(target), qPrintable(what + QStringLiteral(": ") + shown->targetText()));
        } else {
            QVERIFY2(shown->targetText().isEmpty(), qPrintable(what + QStringLiteral(": ") + shown->targetText()));
        }
        // The change against the previous period: relative for amounts, points for rates.
        if (tile.change && tile.unit == engine::Unit::Money && tile.changeBp) {
            const QString change = (*tile.changeBp > 0 ? QStringLiteral("+") : QString()) + ui::formatBasisPoints(*tile.changeBp);
            QVERIFY2(shown->changeText().contains(change), qPrintable(what + QStringLiteral(": ") + shown->changeText()));
            QVERIFY(shown->changeText().startsWith(*tile.change > 0 ? QStringLiteral("▲") : QStringLiteral("▼")));
            QVERIFY(shown->changeText().contains(tile.trend == storage::Trend::Better ? QStringLiteral("better")
                                                                                    : QStringLiteral("worse")));
        }
        // The tooltip has the exact amount.
        if (tile.value && tile.unit == engine::Unit::Money)
            QVERIFY2(shown->toolTip().contains(ui::formatMoney(*tile.value, kCny)), qPrintable(shown->toolTip()));
    }
}

void DashboardPageTest::tilesShowTheRepositorysFigures()
{
    auto page = openPage();
    QVERIFY(page->data());
    QVERIFY(page->scope().isCompany());
    QCOMPARE(*page->period(), engine::Period::quarter(2026, 4));
    // The demo's company has a yearly revenue target: the quarter's is pro-rated, and graded.
    const storage::DashboardSnapshot expected = expectedSnapshot(page->selection());
    const storage::DashboardTile &revenue = expected.tiles.front();
    QVERIFY(revenue.value && *revenue.value > 0);
    QVERIFY(revenue.target && revenue.status);
    QVERIFY(expected.tiles[static_cast<std::size_t>(DashboardTileId::Attainment)].value);
    verifyTiles(*page);
    QVERIFY(page->tile(DashboardTileId::Revenue)->toolTip().contains(QStringLiteral("pro-rated")));
}

void DashboardPageTest::lineChartHoldsTheSeriesAndTheForecast()
{
    auto page = openPage();
    const storage::DashboardRequest request = page->selection();
    const storage::DashboardSeries series = storage::DashboardRepository(m_database->connection()).series(request);
    QVERIFY(series.target);
    QCOMPARE(series.step, storage::DashboardSeries::Step::Day);
    ui::RevenueLineChart *chart = page->lineChart();
    const auto find = [chart](const char *name) {
        for (QAbstractSeries *each : chart->chart()->series())
            if (each->objectName() == QLatin1String(name))
                return each;
        return static_cast<QAbstractSeries *>(nullptr);
    };
    auto *actual = qobject_cast<QLineSeries *>(find("actualSeries"));
    auto *expected = qobject_cast<QLineSeries *>(find("expectedSeries"));
    auto *target = qobject_cast<QLineSeries *>(find("targetSeries"));
    QVERIFY(actual && expected && target);
    const double divisor = chart->divisor();
    QVERIFY(divisor > 0);
    // Every day to date, from zero before the first.
    QList<QPointF> wantActual{{0.0, 0.0}}, wantExpected{{0.0, 0.0}};
    for (const storage::DashboardPoint &point : series.points) {
        if (point.actual)
            wantActual << QPointF(engine::daysBetween(request.period.first, point.date) + 1,
                                  static_cast<double>(*point.actual) / divisor);
        if (point.expected)
            wantExpected << QPointF(engine::daysBetween(request.period.first, point.date) + 1,
                                    static_cast<double>(*point.expected) / divisor);
    }
    QCOMPARE(wantActual.size(), engine::daysBetween(request.period.first, kAsOf) + 2);
    QCOMPARE(actual->points(), wantActual);
    QCOMPARE(expected->points(), wantExpected);
    QCOMPARE(target->count(), 2);
    QCOMPARE(target->at(0).y(), static_cast<double>(*series.target) / divisor);

    // The forecast from the last complete month, with its ranges, and the engine's probability.
    auto *forecast = qobject_cast<QLineSeries *>(find("forecastSeries"));
    auto *band80 = qobject_cast<QAreaSeries *>(find("band80Series"));
    auto *band95 = qobject_cast<QAreaSeries *>(find("band95Series"));
    QVERIFY(forecast && band80 && band95);
    QCOMPARE(series.remainingMonths, 2); // November and December
    QCOMPARE(forecast->count(), 3);
    QCOMPARE(forecast->at(0), QPointF(engine::daysBetween(request.period.first, engine::makeDate(2026, 10, 31)) + 1,
                                      static_cast<double>(series.actualCompleteMonths) / divisor));
    QCOMPARE(forecast->at(2).x(), static_cast<double>(request.period.dayCount()));
    for (int i = 1; i < 3; ++i) {
        QVERIFY(band95->lowerSeries()->at(i).y() <= band80->lowerSeries()->at(i).y());
        QVERIFY(band80->lowerSeries()->at(i).y() <= forecast->at(i).y());
        QVERIFY(forecast->at(i).y() <= band80->upperSeries()->at(i).y());
        QVERIFY(band80->upperSeries()->at(i).y() <= band95->upperSeries()->at(i).y());
    }
    const engine::forecast::AttainmentOutlook outlook = engine::forecast::forecastAttainment(
        series.monthlyHistory, 12, series.actualCompleteMonths, series.remainingMonths, *series.target);
    const QString chance = QStringLiteral("%1% chance of reaching the target").arg(std::llround(outlook.probability * 100.0));
    QCOMPARE(chart->probabilityText(), chance);
    QVERIFY2(chart->chart()->title().contains(chance), qPrintable(chart->chart()->title()));
    // A screen reader hears the same: the revenue to date, the target and the chance.
    QVERIFY(chart->accessibleDescription().contains(ui::formatMoney(*series.target, kCny)));
    QVERIFY(chart->accessibleDescription().contains(chance));
    QVERIFY(page->data()->forecast.probability);
    QCOMPARE(*page->data()->forecast.probability, outlook.probability);
}

void DashboardPageTest::breakdownBarsHoldTheBreakdownRows()
{
    auto page = openPage();
    const storage::DashboardBreakdown expected =
        storage::DashboardRepository(m_database->connection()).breakdown(page->selection(), DashboardDimension::Team);
    QVERIFY(expected.rows.size() >= 3);
    ui::BreakdownChart *chart = page->breakdownChart();
    QVERIFY(chart->showsAttainment()); // every demo team has a target
    QCOMPARE(chart->rows().size(), expected.rows.size());
    QVERIFY(chart->chart()->title().startsWith(QStringLiteral("Attainment by team")));
    const QList<qreal> values = chart->barValues();
    const QStringList labels = chart->valueLabels();
    QSet<QString> ids;
    for (std::size_t i = 0; i < chart->rows().size(); ++i) {
        const storage::DashboardBreakdownRow &row = chart->rows()[i];
        const auto same = std::find_if(expected.rows.begin(), expected.rows.end(), [&](const auto &each) { return each.id == row.id; });
        QVERIFY(same != expected.rows.end());
        QVERIFY(same->attainmentBp);
        QCOMPARE(values[static_cast<int>(i)], static_cast<double>(*same->attainmentBp) / 100.0);
        QCOMPARE(labels[static_cast<int>(i)], ui::formatBasisPoints(*same->attainmentBp));
        if (i > 0) // best first
            QVERIFY(values[static_cast<int>(i)] <= values[static_cast<int>(i) - 1]);
        ids.insert(row.id);
    }
    QCOMPARE(ids.size(), static_cast<int>(expected.rows.size()));
    // By channel, where nothing has a target: revenue, highest first.
    QVERIFY(waitLoaded(*page, [&] { page->setBreakdownDimension(DashboardDimension::Channel); }));
    const storage::DashboardBreakdown channels =
        storage::DashboardRepository(m_database->connection()).breakdown(page->selection(), DashboardDimension::Channel);
    QVERIFY(!chart->showsAttainment());
    QCOMPARE(chart->rows().size(), channels.rows.size());
    for (std::size_t i = 0; i < channels.rows.size(); ++i) {
        QCOMPARE(chart->rows()[i].id, channels.rows[i].id);
        QCOMPARE(chart->valueLabels()[static_cast<int>(i)], ui::formatMoneyCompact(channels.rows[i].revenue, kCny));
        QVERIFY(std::abs(chart->barValues()[static_cast<int>(i)]
                         - static_cast<double>(channels.rows[i].revenue) / 1e8) < 1e-9); // million yuan
    }
}

void DashboardPageTest::clickingABarDrillsDownAndTheBreadcrumbGoesBack()
{
    auto page = openPage();
    ui::BreakdownChart *chart = page->breakdownChart();
    QVERIFY(!chart->rows().empty());
    const storage::DashboardBreakdownRow top = chart->rows().front();
    // A real click in the middle of the top bar.
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->chart()->series().front());
    QVERIFY(bars);
    const int bar = chart->barOfRow(0);
    const QPointF inChart = chart->chart()->mapToPosition(QPointF(chart->barSet()->at(bar) / 2.0, bar), bars);
    const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(inChart));
    QVERIFY(waitLoaded(*page, [&] { QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at); }));
    QCOMPARE(page->scope().teamId, top.id);
    QVERIFY(page->scope().repId.isEmpty());
    QCOMPARE(page->breadcrumb()->crumbs(), QStringList({QStringLiteral("Company"), top.name}));
    QCOMPARE(page->breadcrumb()->text(), QStringLiteral("Company › ") + top.name);
    // The team's figures now, broken down by rep.
    verifyTiles(*page);
    QCOMPARE(page->data()->breakdown.dimension, DashboardDimension::Rep);
    QVERIFY(!chart->rows().empty());
    QCOMPARE(qobject_cast<QComboBox *>(page->findChild<QComboBox *>(QStringLiteral("teamComboBox")))->currentData().toString(),
             top.id);

    // One level down again, then the company crumb goes all the way back.
    const storage::DashboardBreakdownRow rep = chart->rows().front();
    QVERIFY(waitLoaded(*page, [&] { Q_EMIT chart->barSet()->clicked(chart->barOfRow(0)); }));
    QCOMPARE(page->scope().repId, rep.id);
    QCOMPARE(page->breadcrumb()->text(), QStringLiteral("Company › %1 › %2").arg(top.name, rep.name));
    verifyTiles(*page);
    auto *company = page->breadcrumb()->findChild<QToolButton *>(QStringLiteral("crumb0"));
    QVERIFY(company);
    QVERIFY(waitLoaded(*page, [&] { QTest::mouseClick(company, Qt::LeftButton); }));
    QVERIFY(page->scope().isCompany());
    QCOMPARE(page->breadcrumb()->crumbs(), QStringList{QStringLiteral("Company")});
    QCOMPARE(page->data()->breakdown.dimension, DashboardDimension::Team);
    verifyTiles(*page);
}

void DashboardPageTest::keyboardDrillsDownAndBack()
{
    auto page = openPage();
    ui::BreakdownChart *chart = page->breakdownChart();
    QVERIFY(chart->rows().size() >= 2);
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    QCOMPARE(chart->currentRow(), 0);
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(chart->currentRow(), 1);
    const storage::DashboardBreakdownRow second = chart->rows()[1];
    QVERIFY(waitLoaded(*page, [&] { QTest::keyClick(chart, Qt::Key_Return); }));
    QCOMPARE(page->scope().teamId, second.id);
    QCOMPARE(page->breadcrumb()->crumbs().size(), 2);
    // Alt+Left: back to the company.
    QVERIFY(waitLoaded(*page, [&] { QTest::keyClick(chart, Qt::Key_Left, Qt::AltModifier); }));
    QVERIFY(page->scope().isCompany());
    QCOMPARE(page->breadcrumb()->crumbs().size(), 1);
}

void DashboardPageTest::changingThePeriodReloads()
{
    auto page = openPage();
    const qint64 quarter = page->data()->snapshot.tiles.front().value.value_or(0);
    auto *periods = page->findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    QVERIFY(periods);
    // From "This quarter" one down is "This year", chosen with the keyboard.
    QCOMPARE(periods->currentText(), QStringLiteral("This quarter"));
    periods->setFocus();
    QVERIFY(waitLoaded(*page, [&] { QTest::keyClick(periods, Qt::Key_Down); }));
    QCOMPARE(periods->currentText(), QStringLiteral("This year"));
    QCOMPARE(page->data()->request.period, engine::Period::year(2026));
    QVERIFY(page->data()->snapshot.tiles.front().value.value_or(0) > quarter);
    verifyTiles(*page);
    // Monthly points for a year; the chart follows.
    QCOMPARE(page->data()->snapshot.series.step, storage::DashboardSeries::Step::Month);
    QCOMPARE(page->data()->snapshot.series.points.size(), std::size_t{12});
    auto *actual = page->lineChart()->chart()->findChild<QLineSeries *>(QStringLiteral("actualSeries"));
    QVERIFY(actual == nullptr || actual->count() > 0);
    int monthsToDate = 0;
    for (QAbstractSeries *each : page->lineChart()->chart()->series())
        if (each->objectName() == QLatin1String("actualSeries"))
            monthsToDate = static_cast<QLineSeries *>(each)->count() - 1;
    QCOMPARE(monthsToDate, 11);

    // A custom range.
    QVERIFY(waitLoaded(*page, [&] {
        page->setCustomPeriod(engine::makeDate(2025, 3, 1), engine::makeDate(2025, 5, 31));
    }));
    QCOMPARE(page->data()->request.period.first, engine::makeDate(2025, 3, 1));
    QCOMPARE(page->data()->request.period.last, engine::makeDate(2025, 5, 31));
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("fromDateEdit"))->isVisible());
    verifyTiles(*page);
    // Over: the chart says whether the target was reached, without a forecast.
    QVERIFY(page->data()->forecast.empty());
}

void DashboardPageTest::periodsFollowTheFiscalYear()
{
    // An April start: 25 November 2026 is in FY2026's third quarter (October to December).
    const ui::PeriodChoice quarter = ui::periodChoiceAt(ui::PeriodKind::Quarter, kAsOf, 4);
    QCOMPARE(ui::toPeriod(quarter, 4)->first, engine::makeDate(2026, 10, 1));
    QCOMPARE(ui::periodDisplayName(quarter, 4), QStringLiteral("FY2026 Q3"));
    QCOMPARE(ui::toPeriod(ui::periodChoiceAt(ui::PeriodKind::Quarter, engine::makeDate(2027, 2, 1), 4, -1), 4)->first,
             engine::makeDate(2026, 10, 1));
    QCOMPARE(ui::toPeriod(ui::periodChoiceAt(ui::PeriodKind::Month, engine::makeDate(2027, 1, 5), 4, -1), 4)->first,
             engine::makeDate(2026, 12, 1));

    auto page = openPage();
    QVERIFY(waitLoaded(*page, [&] { page->setFiscalYearStartMonth(4); }));
    QVERIFY(waitLoaded(*page, [&] { page->setPeriodPreset(ui::DashboardPeriodPreset::ThisYear); }));
    QCOMPARE(page->data()->request.period, engine::Period::fiscalYear(2026, 4));
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("periodComboBox"))->currentText(), QStringLiteral("This fiscal year"));
    verifyTiles(*page);
    QVERIFY(waitLoaded(*page, [&] { page->setPeriodPreset(ui::DashboardPeriodPreset::LastQuarter); }));
    QCOMPARE(page->data()->request.period, engine::Period::fiscalQuarter(2026, 4, 2));
}

void DashboardPageTest::scopePickersNarrowTheScope()
{
    auto page = openPage();
    auto *teams = page->findChild<QComboBox *>(QStringLiteral("teamComboBox"));
    auto *reps = page->findChild<QComboBox *>(QStringLiteral("repComboBox"));
    auto *channels = page->findChild<QComboBox *>(QStringLiteral("channelComboBox"));
    QVERIFY(teams && reps && channels);
    const std::vector<storage::DashboardMember> allTeams =
        storage::DashboardRepository(m_database->connection()).members(DashboardDimension::Team);
    QCOMPARE(teams->count(), static_cast<int>(allTeams.size()) + 1);
    teams->setFocus();
    QVERIFY(waitLoaded(*page, [&] { QTest::keyClick(teams, Qt::Key_Down); }));
    const QString team = teams->currentData().toString();
    QCOMPARE(page->scope().teamId, team);
    // Only that team's reps.
    for (int i = 1; i < reps->count(); ++i) {
        bool inTeam = false;
        for (const storage::DashboardMember &rep :
             storage::DashboardRepository(m_database->connection()).members(DashboardDimension::Rep))
            inTeam = inTeam || (rep.id == reps->itemData(i).toString() && rep.teamId == team);
        QVERIFY(inTeam);
    }
    channels->setFocus();
    QVERIFY(waitLoaded(*page, [&] { QTest::keyClick(channels, Qt::Key_Down); }));
    QCOMPARE(page->scope().teamId, team);
    QCOMPARE(page->scope().channelId, channels->currentData().toString());
    QCOMPARE(page->breadcrumb()->crumbs(), QStringList({QStringLiteral("Company"), teams->currentText(), channels->currentText()}));
    verifyTiles(*page);
}

void DashboardPageTest::onlyTheNewestSelectionIsShown()
{
    auto page = openPage();
    QSignalSpy shown(page.get(), &ui::DashboardPage::dashboardShown);
    page->setPeriodPreset(ui::DashboardPeriodPreset::ThisYear);
    page->setPeriodPreset(ui::DashboardPeriodPreset::LastYear);
    page->setPeriodPreset(ui::DashboardPeriodPreset::ThisMonth);
    QVERIFY(shown.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QTest::qWait(100);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(page->data()->request.period, engine::Period::month(2026, 11));
    verifyTiles(*page);
}

void DashboardPageTest::panelsAppearInTheirAreas()
{
    auto page = openPage();
    QTabWidget *tabs = page->panelTabs();
    QVERIFY(!tabs->isVisible());
    // Integration is one line per panel.
    page->activityArea()->layout()->addWidget(new QLabel(QStringLiteral("activity")));
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 1);
    page->leaderboardArea()->layout()->addWidget(new QLabel(QStringLiteral("leaderboard")));
    page->riskArea()->layout()->addWidget(new QLabel(QStringLiteral("risks")));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(0), page->leaderboardArea());
    QCOMPARE(tabs->widget(1), page->riskArea());
    QCOMPARE(tabs->widget(2), page->activityArea());
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Leaderboard"));
    // Each new dashboard reaches them with the leaderboard's rows.
    QSignalSpy shown(page.get(), &ui::DashboardPage::dashboardShown);
    QVERIFY(waitLoaded(*page, [&] { page->setPeriodPreset(ui::DashboardPeriodPreset::ThisYear); }));
    QCOMPARE(shown.count(), 1);
    QVERIFY(!page->data()->snapshot.leaderboard.empty());
}

void DashboardPageTest::tabGoesThroughTheControlsInOrder()
{
    auto page = openPage();
    QVERIFY(waitLoaded(*page, [&] { page->drillDown(page->breakdownChart()->rows().front().id); }));
    page->activateWindow();
    auto *periods = page->findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    periods->setFocus();
    QTRY_VERIFY(periods->hasFocus());
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    // Custom dates are hidden; the crumb back to the company comes after the pickers.
    QCOMPARE(order, QStringList({QStringLiteral("teamComboBox"), QStringLiteral("repComboBox"),
                                 QStringLiteral("productLineComboBox"), QStringLiteral("channelComboBox"),
                                 QStringLiteral("regionComboBox"), QStringLiteral("crumb0"),
                                 QStringLiteral("breakdownComboBox"), QStringLiteral("breakdownChart")}));
}

void DashboardPageTest::aLoadErrorIsShown()
{
    ui::DashboardPage page;
    page.setAsOf(kAsOf);
    page.show();
    QSignalSpy loaded(&page, &ui::DashboardPage::loaded);
    page.setDatabasePath(m_dir.filePath(QStringLiteral("vanished.attain")));
    QVERIFY(loaded.wait(20000));
    QVERIFY(page.data() && !page.data()->error.isEmpty());
    auto *notice = page.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("Could not load the dashboard")), qPrintable(notice->text()));
    QCOMPARE(page.tile(DashboardTileId::Revenue)->valueText(), QStringLiteral("—"));
}

void DashboardPageTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(150); // charts lay out their axes after the first paint
    QVERIFY(widget->grab().save(QDir(shots).filePath(name)));
}

void DashboardPageTest::screenshots()
{
    auto page = openPage();
    page->resize(1180, 900);
    screenshot(page.get(), QStringLiteral("dashboard.png"));
    // One rep: the first team's best rep, by drilling down twice.
    QVERIFY(waitLoaded(*page, [&] { page->drillDown(page->breakdownChart()->rows().front().id); }));
    QVERIFY(waitLoaded(*page, [&] { page->drillDown(page->breakdownChart()->rows().front().id); }));
    QVERIFY(!page->scope().repId.isEmpty());
    QCOMPARE(page->data()->breakdown.dimension, DashboardDimension::ProductLine);
    verifyTiles(*page);
    screenshot(page.get(), QStringLiteral("dashboard-rep.png"));
}

void DashboardPageTest::chineseScreenshots()
{
    // Chinese numbers (万, 亿) and the Chinese catalogue; strings it has no translation for yet
    // stay English until the translations are merged.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto english = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    QTranslator chinese, qt;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/attain_zh_CN.qm")));
    QApplication::installTranslator(&chinese);
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    const auto remove = qScopeGuard([&] {
        QApplication::removeTranslator(&chinese);
        QApplication::removeTranslator(&qt);
    });
    if (const QString extra = qEnvironmentVariable("ATTAIN_EXTRA_QM"); !extra.isEmpty()) {
        static QTranslator more; // the dashboard's strings before they are merged (screenshots only)
        if (more.load(extra))
            QApplication::installTranslator(&more);
    }
    auto page = openPage();
    page->resize(1180, 900);
    // Money in 万 on the tiles.
    const storage::DashboardSnapshot expected = expectedSnapshot(page->selection());
    QCOMPARE(page->tile(DashboardTileId::Revenue)->valueText(), ui::formatMoneyCompact(*expected.tiles.front().value, kCny));
    QVERIFY(page->tile(DashboardTileId::Revenue)->valueText().contains(QStringLiteral("万")));
    screenshot(page.get(), QStringLiteral("dashboard-zh.png"));
    QVERIFY(waitLoaded(*page, [&] { page->drillDown(page->breakdownChart()->rows().front().id); }));
    QVERIFY(waitLoaded(*page, [&] { page->drillDown(page->breakdownChart()->rows().front().id); }));
    screenshot(page.get(), QStringLiteral("dashboard-rep-zh.png"));
}

QTEST_MAIN(DashboardPageTest)
#include "DashboardPageTest.moc"
