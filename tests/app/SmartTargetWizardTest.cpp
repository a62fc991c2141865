// Drives the SMART target wizard offscreen on a generated demo database.
#include "app/AchievabilityChart.h"
#include "app/SmartTargetWizard.h"
#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/TargetDraft.h"
#include "engine/SalesData.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/SalesDataRepository.h"
#include "storage/TargetRepository.h"

#include <QAbstractButton>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace attain;
using ui::SmartTargetWizard;

class SmartTargetWizardTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vagueTargetIsRefusedWithTheReason();
    void validTargetFinishesWithMinorUnits();
    void unrealisticTargetNeedsAcknowledgement();
    void tooLowTargetNeedsAcknowledgement();
    void medianPastGrowthOfARampIsNotComfortable();
    void chartShowsTheForecastBandOfTheTargetMonths();
    void parentMustContainThePeriodAndShowsCoverage();
    void periodsFollowTheFiscalYear();
    void valuesParseInDisplayUnits();
    void channelProductLineAndRegionTargets();

private:
    std::unique_ptr<SmartTargetWizard> makeWizard();
    /// Fills the Specific page (revenue for the first team) and moves to Achievable.
    void goToAchievable(SmartTargetWizard &wizard);
    void typeValue(SmartTargetWizard &wizard, const QString &text);
    /// Last year's revenue of the first team in the draft's period (minor units).
    static qint64 lastYear(const SmartTargetWizard &wizard);
    /// Yuan for growth half as much again as the best past period's.
    static qint64 unrealistic(const SmartTargetWizard &wizard);
    /// Yuan for the forecast's median of the target period: even odds.
    static qint64 forecastMedian(const SmartTargetWizard &wizard);
    /// Yuan for the growth of a typical (median) past period.
    static qint64 medianGrowth(const SmartTargetWizard &wizard);
    void screenshot(QWidget *widget, const QString &name);
    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    static QString reason(const SmartTargetWizard &wizard)
    {
        return child<QLabel>(*wizard.currentPage(), "reasonLabel")->text();
    }
    static bool canGoOn(const SmartTargetWizard &wizard)
    {
        const auto button
            = wizard.currentId() == SmartTargetWizard::TimeBoundPageId ? QWizard::FinishButton : QWizard::NextButton;
        return wizard.button(button)->isEnabled();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    storage::LoadedSales m_sales;
    std::unique_ptr<engine::PreparedSales> m_prepared;
    std::vector<storage::OrganisationUnit> m_teams;
    std::vector<storage::OrganisationUnit> m_reps;
    std::vector<storage::OrganisationUnit> m_channels, m_productLines, m_regions;
    std::vector<storage::StoredTarget> m_targets;
};

void SmartTargetWizardTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 8;
    spec.years = 2;
    spec.seed = 3;
    spec.asOf = engine::makeDate(2026, 11, 25);
    const QString path = m_dir.filePath(QStringLiteral("demo.attain"));
    QCOMPARE(storage::createDemoDatabase(path, spec).status, storage::DemoDatabaseResult::Status::Created);
    auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    m_database = std::move(opened.database);
    const QSqlDatabase db = m_database->connection();
    m_sales = storage::SalesDataRepository(db).load();
    m_prepared
        = std::make_unique<engine::PreparedSales>(m_sales.data, "CNY", storage::ExchangeRateRepository(db).load());
    QVERIFY(m_prepared->ok());
    const storage::OrganisationRepository organisation(db);
    m_teams = organisation.teams();
    m_reps = organisation.reps();
    m_channels = organisation.channels();
    m_productLines = organisation.productLines();
    m_regions = organisation.regions();
    QVERIFY(!m_channels.empty() && !m_productLines.empty() && !m_regions.empty());
    QVERIFY(m_teams.size() >= 2);
    const storage::TargetRepository targets(db);
    for (const engine::Target &target : targets.loadAll(m_sales.ids))
        m_targets.push_back(*targets.find(QString::fromStdString(target.id), m_sales.ids));
    QVERIFY(!m_targets.empty());
}

std::unique_ptr<SmartTargetWizard> SmartTargetWizardTest::makeWizard()
{
    auto wizard = std::make_unique<SmartTargetWizard>(ui::TargetWizardContext {
        *m_prepared, m_sales.ids, m_teams, m_reps, m_targets, engine::makeDate(2026, 11, 25), 1, m_channels,
        m_productLines, m_regions });
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("wizard not exposed");
    return wizard;
}

void SmartTargetWizardTest::goToAchievable(SmartTargetWizard &wizard)
{
    {
        auto *metrics = child<QComboBox>(wizard, "metricComboBox");
        metrics->setCurrentIndex(metrics->findData(static_cast<int>(engine::MetricId::Revenue)));
    }
    auto *kinds = child<QComboBox>(wizard, "scopeKindComboBox");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(ui::ScopeKind::Team)));
    auto *scopes = child<QComboBox>(wizard, "scopeComboBox");
    scopes->setCurrentIndex(scopes->findData(m_teams.front().id));
    QVERIFY(canGoOn(wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), SmartTargetWizard::MeasurablePageId);
    wizard.next();
    QCOMPARE(wizard.currentId(), SmartTargetWizard::AchievablePageId);
}

void SmartTargetWizardTest::typeValue(SmartTargetWizard &wizard, const QString &text)
{
    // Typed like a user, into the focused field (hiding a focused widget moves the focus).
    auto *edit = child<QLineEdit>(*wizard.currentPage(), "valueLineEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

qint64 SmartTargetWizardTest::lastYear(const SmartTargetWizard &wizard)
{
    const ui::TargetAssessment *assessment = wizard.state().assessment();
    return assessment && assessment->result.lastYear ? *assessment->result.lastYear : 0;
}

qint64 SmartTargetWizardTest::unrealistic(const SmartTargetWizard &wizard)
{
    const qint64 best = *wizard.state().assessment()->result.distribution.maximum;
    return lastYear(wizard) * (10000 + best * 3 / 2) / 10000 / 100;
}

qint64 SmartTargetWizardTest::forecastMedian(const SmartTargetWizard &wizard)
{
    return std::llround(wizard.state().assessment()->result.forecastTotal.value().median / 100.0);
}

qint64 SmartTargetWizardTest::medianGrowth(const SmartTargetWizard &wizard)
{
    const qint64 median = *wizard.state().assessment()->result.distribution.median;
    return lastYear(wizard) * (10000 + median) / 10000 / 100;
}

void SmartTargetWizardTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(150); // let the chart lay out its axes and legend
    QVERIFY(widget->grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))));
}

void SmartTargetWizardTest::vagueTargetIsRefusedWithTheReason()
{
    auto wizard = makeWizard();
    QVERIFY(!canGoOn(*wizard));
    QCOMPARE(reason(*wizard), QStringLiteral("Choose what the target measures."));
    child<QComboBox>(*wizard, "metricComboBox")->setCurrentIndex(1);
    auto *kinds = child<QComboBox>(*wizard, "scopeKindComboBox");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(ui::ScopeKind::Rep)));
    QVERIFY(!canGoOn(*wizard));
    QCOMPARE(reason(*wizard), QStringLiteral("Choose the rep this target is for."));
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(ui::ScopeKind::Team)));
    QCOMPARE(reason(*wizard), QStringLiteral("Choose the team this target is for."));
    QVERIFY(child<QLabel>(*wizard->currentPage(), "reasonLabel")->isVisible());
    screenshot(wizard.get(), QStringLiteral("wizard-0-specific-vague"));

    goToAchievable(*wizard);
    QVERIFY(!canGoOn(*wizard));
    QCOMPARE(reason(*wizard), QStringLiteral("Enter the target value: a target without a number cannot be measured."));
    typeValue(*wizard, QStringLiteral("lots"));
    QVERIFY(!canGoOn(*wizard));
    QCOMPARE(reason(*wizard), QStringLiteral("“lots” is not a number."));
    // Even forced, the wizard does not hand out a vague target.
    wizard->accept();
    QVERIFY(wizard->result() != QDialog::Accepted);
    QVERIFY(!wizard->takeTarget());
}

void SmartTargetWizardTest::validTargetFinishesWithMinorUnits()
{
    auto wizard = makeWizard();
    screenshot(wizard.get(), QStringLiteral("wizard-1-specific-empty"));
    {
        auto *metrics = child<QComboBox>(*wizard, "metricComboBox");
        metrics->setCurrentIndex(metrics->findData(static_cast<int>(engine::MetricId::Revenue)));
    }
    auto *kinds = child<QComboBox>(*wizard, "scopeKindComboBox");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(ui::ScopeKind::Team)));
    auto *scopes = child<QComboBox>(*wizard, "scopeComboBox");
    scopes->setCurrentIndex(scopes->findData(m_teams.front().id));
    QCOMPARE(child<QLineEdit>(*wizard, "titleLineEdit")->text(),
        QStringLiteral("Grow %1 revenue in 2027 Q1").arg(m_teams.front().name));
    screenshot(wizard.get(), QStringLiteral("wizard-1-specific"));
    wizard->next();
    QVERIFY(
        child<QLabel>(*wizard->currentPage(), "currentValueLabel")->text().startsWith(QStringLiteral("Not started")));
    QVERIFY(child<QLabel>(*wizard->currentPage(), "lastYearValueLabel")->text().contains(QStringLiteral("¥")));
    screenshot(wizard.get(), QStringLiteral("wizard-2-measurable"));
    wizard->next();

    // What the forecast expects for the quarter (even odds), typed in yuan with grouping.
    typeValue(*wizard, QStringLiteral("1"));
    const qint64 base = lastYear(*wizard);
    QVERIFY(base > 0);
    const qint64 yuan = forecastMedian(*wizard);
    typeValue(*wizard, QLocale().toString(yuan));
    const engine::AchievabilityResult &result = wizard->state().assessment()->result;
    QVERIFY2(result.verdict == engine::AchievabilityVerdict::Comfortable
            || result.verdict == engine::AchievabilityVerdict::Stretch,
        qPrintable(child<QLabel>(*wizard->currentPage(), "verdictLabel")->text()));
    QVERIFY(std::abs(*result.probabilityOfAttainment - 0.5) < 0.05);
    QVERIFY(canGoOn(*wizard));
    QVERIFY(!child<QCheckBox>(*wizard, "acknowledgeCheckBox")->isVisible());
    QVERIFY(child<QLabel>(*wizard, "lastYearLabel")->text().contains(ui::formatMoney(base, QStringLiteral("CNY"))));
    QVERIFY(child<QLabel>(*wizard, "probabilityLabel")->text().endsWith(QLatin1Char('%')));
    QVERIFY2(child<QLabel>(*wizard, "forecastLabel")->text().contains(QStringLiteral("80% range ¥")),
        qPrintable(child<QLabel>(*wizard, "forecastLabel")->text()));
    screenshot(wizard.get(), QStringLiteral("wizard-3-achievable"));
    wizard->next();
    screenshot(wizard.get(), QStringLiteral("wizard-4-relevant"));
    wizard->next();
    QCOMPARE(wizard->currentId(), SmartTargetWizard::TimeBoundPageId);
    QCOMPARE(child<QComboBox>(*wizard, "periodKindComboBox")->currentText(), QStringLiteral("Quarter"));
    auto *cadence = child<QComboBox>(*wizard, "cadenceComboBox");
    cadence->setCurrentIndex(cadence->findData(static_cast<int>(ui::ReviewCadence::Weekly)));
    QVERIFY(child<QLabel>(*wizard, "summaryLabel")->text().contains(QStringLiteral("reviewed weekly")));
    screenshot(wizard.get(), QStringLiteral("wizard-5-timebound"));
    QVERIFY(canGoOn(*wizard));
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(wizard->result(), static_cast<int>(QDialog::Accepted));

    auto target = wizard->takeTarget();
    QVERIFY(target);
    QVERIFY(!wizard->takeTarget());
    QCOMPARE(target->target.metric, engine::MetricId::Revenue);
    QCOMPARE(target->target.scope.team, m_sales.ids.find(storage::IdMap::Kind::Team, m_teams.front().id));
    QCOMPARE(target->target.scope.rep, engine::kNoId);
    QVERIFY(target->target.period == engine::Period::quarter(2027, 1));
    QCOMPARE(target->target.value, yuan * 100);
    QVERIFY(target->target.parentId.empty());
    QCOMPARE(wizard->draft().cadence, ui::ReviewCadence::Weekly);
    QVERIFY(target->title.startsWith(QStringLiteral("Grow %1 revenue to ¥").arg(m_teams.front().name)));
    QVERIFY(target->title.endsWith(QStringLiteral(" in 2027 Q1")));

    // The caller stores it; it reads back the same.
    storage::TargetRepository repository(m_database->connection());
    repository.insert({ *target }, m_sales.ids);
    const auto stored = repository.find(QString::fromStdString(target->target.id), m_sales.ids);
    QVERIFY(stored);
    QCOMPARE(stored->target.value, yuan * 100);
    QCOMPARE(stored->title, target->title);
    QCOMPARE(stored->reviewCadence, QStringLiteral("weekly"));
    QVERIFY(stored->achievabilityVerdict == QLatin1String("comfortable")
            || stored->achievabilityVerdict == QLatin1String("stretch"));
    QVERIFY(stored->achievabilityNote.isEmpty());
}

void SmartTargetWizardTest::unrealisticTargetNeedsAcknowledgement()
{
    auto wizard = makeWizard();
    goToAchievable(*wizard);
    typeValue(*wizard, QStringLiteral("1"));
    typeValue(*wizard, QLocale().toString(unrealistic(*wizard)));
    QCOMPARE(wizard->state().assessment()->result.verdict, engine::AchievabilityVerdict::Unrealistic);
    QVERIFY(!canGoOn(*wizard));
    QVERIFY(reason(*wizard).startsWith(QStringLiteral("Above what nearly every past period achieved")));
    auto *acknowledge = child<QCheckBox>(*wizard, "acknowledgeCheckBox");
    QVERIFY(acknowledge->isVisible());
    screenshot(wizard.get(), QStringLiteral("wizard-3-achievable-unrealistic"));
    acknowledge->setChecked(true);
    QVERIFY2(!canGoOn(*wizard), "a tick without a reason is not enough");
    QTest::keyClicks(child<QLineEdit>(*wizard, "acknowledgementLineEdit"), QStringLiteral("New flagship product"));
    QVERIFY(canGoOn(*wizard));
    QVERIFY(reason(*wizard).isEmpty());
    // Typing another unrealistic value passes through other verdicts; the acceptance holds.
    typeValue(*wizard, QLocale().toString(unrealistic(*wizard) * 2));
    QVERIFY(canGoOn(*wizard));
    wizard->next();
    wizard->next();
    QVERIFY(canGoOn(*wizard));
    wizard->button(QWizard::FinishButton)->click();
    const auto target = wizard->takeTarget();
    QVERIFY(target);
    QCOMPARE(wizard->draft().acknowledgedVerdict, engine::AchievabilityVerdict::Unrealistic);
    QCOMPARE(wizard->draft().acknowledgementReason, QStringLiteral("New flagship product"));
    // The warning and the reason it was kept anyway are stored with the target.
    QCOMPARE(target->achievabilityVerdict, QStringLiteral("unrealistic"));
    QCOMPARE(target->achievabilityNote, QStringLiteral("New flagship product"));
}

void SmartTargetWizardTest::tooLowTargetNeedsAcknowledgement()
{
    auto wizard = makeWizard();
    goToAchievable(*wizard);
    typeValue(*wizard, QStringLiteral("1"));
    typeValue(*wizard, QLocale().toString(lastYear(*wizard) / 2 / 100));
    QCOMPARE(wizard->state().assessment()->result.verdict, engine::AchievabilityVerdict::TooLow);
    QVERIFY(!canGoOn(*wizard));
    QVERIFY(reason(*wizard).startsWith(QStringLiteral("This asks for no real growth")));
    child<QCheckBox>(*wizard, "acknowledgeCheckBox")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(*wizard, "acknowledgementLineEdit"), QStringLiteral("Market shrinking"));
    QVERIFY(canGoOn(*wizard));
    // Raising it to an unrealistic value is another verdict: the tick is taken back.
    typeValue(*wizard, QLocale().toString(unrealistic(*wizard)));
    QVERIFY(!child<QCheckBox>(*wizard, "acknowledgeCheckBox")->isChecked());
    QVERIFY(!canGoOn(*wizard));
}

void SmartTargetWizardTest::medianPastGrowthOfARampIsNotComfortable()
{
    // The demo company ramped up from almost nothing: its median past growth (over +200 %)
    // looks comfortable by history, while the forecast, starting from today's level, gives it
    // no chance. The verdict follows the forecast and says so.
    auto wizard = makeWizard();
    goToAchievable(*wizard);
    typeValue(*wizard, QStringLiteral("1"));
    typeValue(*wizard, QLocale().toString(medianGrowth(*wizard)));
    const engine::AchievabilityResult &result = wizard->state().assessment()->result;
    QVERIFY2(*result.distribution.median > 10000, "the demo history should ramp up");
    QCOMPARE(result.historyVerdict, engine::AchievabilityVerdict::Comfortable);
    QVERIFY(*result.probabilityOfAttainment < 0.05);
    QCOMPARE(result.verdict, engine::AchievabilityVerdict::Unrealistic);
    QCOMPARE(result.basis, engine::VerdictBasis::Forecast);
    const QString verdict = child<QLabel>(*wizard, "verdictLabel")->text();
    QVERIFY2(verdict.contains(QStringLiteral("<b>Unrealistic</b>: the forecast gives it a chance of ")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("By past growth alone it would be comfortable")), qPrintable(verdict));
    QVERIFY(!canGoOn(*wizard));
    QVERIFY2(reason(*wizard).startsWith(QStringLiteral("The forecast gives this target little chance")),
        qPrintable(reason(*wizard)));
    screenshot(wizard.get(), QStringLiteral("wizard-3-achievable-median-growth"));
    // The acknowledgement rule is the same whichever judgement decided.
    child<QCheckBox>(*wizard, "acknowledgeCheckBox")->setChecked(true);
    QVERIFY(!canGoOn(*wizard));
    QTest::keyClicks(child<QLineEdit>(*wizard, "acknowledgementLineEdit"), QStringLiteral("Two new key accounts"));
    QVERIFY(canGoOn(*wizard));
}

void SmartTargetWizardTest::chartShowsTheForecastBandOfTheTargetMonths()
{
    auto wizard = makeWizard();
    goToAchievable(*wizard);
    typeValue(*wizard, QStringLiteral("1"));
    typeValue(*wizard, QLocale().toString(forecastMedian(*wizard)));
    const ui::TargetAssessment &assessment = *wizard->state().assessment();
    QCOMPARE(assessment.forecast.point.size(), std::size_t { 3 }); // 2027 Q1
    auto *view = child<QChartView>(*wizard, "historyChartView");
    QVERIFY(view->isVisible());
    QMap<QString, QAbstractSeries *> series;
    for (QAbstractSeries *each : view->chart()->series())
        series.insert(each->objectName(), each);
    QCOMPARE(series.keys().join(QLatin1Char(' ')),
        QStringLiteral("actualSeries band80Series band95Series forecastSeries targetSeries"));
    const double unit = ui::achievabilityChartUnit(engine::MetricId::Revenue, QStringLiteral("CNY")).divisor;
    QCOMPARE(unit, 1e8); // million yuan, in fen
    const auto close = [unit](double shown, double engine) { return std::abs(shown * unit - engine) < 1.0; };
    auto *band80 = qobject_cast<QAreaSeries *>(series.value(QStringLiteral("band80Series")));
    auto *band95 = qobject_cast<QAreaSeries *>(series.value(QStringLiteral("band95Series")));
    auto *median = qobject_cast<QLineSeries *>(series.value(QStringLiteral("forecastSeries")));
    QVERIFY(band80 && band95 && median);
    QCOMPARE(band80->upperSeries()->count(), 3);
    QCOMPARE(band80->lowerSeries()->count(), 3);
    QCOMPARE(band95->upperSeries()->count(), 3);
    QCOMPARE(median->count(), 3);
    for (int i = 0; i < 3; ++i) {
        const auto at = static_cast<std::size_t>(i);
        QVERIFY(close(band80->upperSeries()->at(i).y(), assessment.forecast.hi80[at]));
        QVERIFY(close(band80->lowerSeries()->at(i).y(), std::max(assessment.forecast.lo80[at], 0.0)));
        QVERIFY(close(band95->upperSeries()->at(i).y(), assessment.forecast.hi95[at]));
        QVERIFY(close(median->at(i).y(), assessment.forecast.point[at]));
        // Each point sits in the middle of its month: mid-January, mid-February, mid-March 2027.
        const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(median->at(i).x())).date();
        QCOMPARE(day.year(), 2027);
        QCOMPARE(day.month(), i + 1);
        QVERIFY(day.day() >= 14 && day.day() <= 16);
    }
    // The three months' forecasts add up to about the median total behind the probability:
    // one model serves both.
    const double sum = assessment.forecast.point[0] + assessment.forecast.point[1] + assessment.forecast.point[2];
    QVERIFY(std::abs(sum - assessment.result.forecastTotal->median) < 0.05 * sum);
    QStringList legend;
    for (QLegendMarker *marker : view->chart()->legend()->markers())
        legend << marker->label();
    QCOMPARE(view->chart()->axes(Qt::Vertical).value(0)->titleText(), QStringLiteral("million yuan per month"));
    QCOMPARE(legend.join(QLatin1Char('|')),
        QStringLiteral("Actual|80% range|95% range|Forecast|Target"));
}

void SmartTargetWizardTest::parentMustContainThePeriodAndShowsCoverage()
{
    // The first team's 2026 revenue target, from the demo.
    const engine::Id team = m_sales.ids.find(storage::IdMap::Kind::Team, m_teams.front().id);
    const auto parent = std::find_if(m_targets.begin(), m_targets.end(), [team](const storage::StoredTarget &t) {
        return t.target.scope.team == team && t.target.period == engine::Period::year(2026);
    });
    QVERIFY(parent != m_targets.end());
    auto wizard = makeWizard();
    goToAchievable(*wizard);
    typeValue(*wizard, QLocale().toString(parent->target.value / 4 / 100));
    if (wizard->state().needsAcknowledgement()) {
        child<QCheckBox>(*wizard, "acknowledgeCheckBox")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(*wizard, "acknowledgementLineEdit"), QStringLiteral("test"));
    }
    QVERIFY2(canGoOn(*wizard), qPrintable(reason(*wizard)));
    wizard->next();
    QCOMPARE(wizard->currentId(), SmartTargetWizard::RelevantPageId);
    auto *parents = child<QComboBox>(*wizard, "parentComboBox");
    parents->setCurrentIndex(parents->findData(QString::fromStdString(parent->target.id)));
    const QString coverage = child<QLabel>(*wizard, "coverageLabel")->text();
    QVERIFY2(coverage.startsWith(QStringLiteral("25.0% of the parent's")), qPrintable(coverage));
    QVERIFY(canGoOn(*wizard)); // the period is checked on its own page
    wizard->next();
    QVERIFY(!canGoOn(*wizard));
    QVERIFY2(reason(*wizard).contains(QStringLiteral("is not inside the parent target's period")),
        qPrintable(reason(*wizard)));
    // December 2026 lies inside the parent's year (and after the as-of date).
    auto *kinds = child<QComboBox>(*wizard, "periodKindComboBox");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(ui::PeriodKind::Month)));
    QCOMPARE(child<QComboBox>(*wizard, "numberComboBox")->currentData().toInt(), 12);
    if (wizard->state().needsAcknowledgement())
        QVERIFY(reason(*wizard).contains(QStringLiteral("go back to Achievable")));
    else
        QVERIFY2(canGoOn(*wizard), qPrintable(reason(*wizard)));
}

void SmartTargetWizardTest::periodsFollowTheFiscalYear()
{
    const engine::Date asOf = engine::makeDate(2026, 11, 25);
    const ui::PeriodChoice quarter = ui::nextPeriodChoice(ui::PeriodKind::Quarter, asOf, 4);
    QCOMPARE(quarter.year, 2026);
    QCOMPARE(quarter.number, 4);
    QVERIFY(ui::toPeriod(quarter, 4)->first == engine::makeDate(2027, 1, 1));
    QCOMPARE(ui::periodDisplayName(quarter, 4), QStringLiteral("FY2026 Q4"));
    const ui::PeriodChoice year = ui::nextPeriodChoice(ui::PeriodKind::Year, asOf, 4);
    QVERIFY(ui::toPeriod(year, 4)->first == engine::makeDate(2027, 4, 1));
    QVERIFY(ui::toPeriod(year, 4)->last == engine::makeDate(2028, 3, 31));
    const ui::PeriodChoice month = ui::nextPeriodChoice(ui::PeriodKind::Month, engine::makeDate(2026, 12, 3), 1);
    QCOMPARE(ui::periodDisplayName(month, 1), QStringLiteral("January 2027"));
    ui::PeriodChoice custom = quarter;
    custom.kind = ui::PeriodKind::Custom;
    custom.customFirst = engine::makeDate(2027, 2, 1);
    custom.customLast = engine::makeDate(2027, 1, 31);
    QVERIFY(!ui::toPeriod(custom, 1));
}

void SmartTargetWizardTest::valuesParseInDisplayUnits()
{
    const QString cny = QStringLiteral("CNY");
    using engine::MetricId;
    QCOMPARE(ui::parseMetricValue(MetricId::Revenue, QStringLiteral("¥12,000,000"), cny), 1'200'000'000);
    QCOMPARE(ui::parseMetricValue(MetricId::Revenue, QStringLiteral("12M"), cny), 1'200'000'000);
    QCOMPARE(ui::parseMetricValue(MetricId::Revenue, QStringLiteral("1200万"), cny), 1'200'000'000);
    QCOMPARE(ui::parseMetricValue(MetricId::Revenue, QStringLiteral("0.05"), cny), 5);
    QCOMPARE(ui::parseMetricValue(MetricId::ConversionRate, QStringLiteral("35.5%"), cny), 3550);
    QCOMPARE(ui::parseMetricValue(MetricId::DealsWon, QStringLiteral("40"), cny), 4000);
    QCOMPARE(ui::parseMetricValue(MetricId::CustomerSatisfaction, QStringLiteral("4.5"), cny), 450);
    QVERIFY(!ui::parseMetricValue(MetricId::Revenue, QStringLiteral("lots"), cny));
    QVERIFY(!ui::parseMetricValue(MetricId::Revenue, QStringLiteral("万"), cny));
    QCOMPARE(ui::formatMetricValue(MetricId::ConversionRate, 3550, cny), QStringLiteral("35.5%"));
    QCOMPARE(ui::formatMetricValueCompact(MetricId::Revenue, 1'200'000'000, cny), QStringLiteral("¥12.0M"));
}

QTEST_MAIN(SmartTargetWizardTest)
void SmartTargetWizardTest::channelProductLineAndRegionTargets()
{
    struct Case
    {
        ui::ScopeKind kind;
        const std::vector<storage::OrganisationUnit> *units;
        QString reason;
        engine::Id engine::Scope::*field;
        storage::IdMap::Kind idKind;
    };
    const std::vector<Case> cases {
        { ui::ScopeKind::Channel, &m_channels, QStringLiteral("Choose the sales channel this target is for."),
          &engine::Scope::channel, storage::IdMap::Kind::Channel },
        { ui::ScopeKind::ProductLine, &m_productLines, QStringLiteral("Choose the product line this target is for."),
          &engine::Scope::productLine, storage::IdMap::Kind::ProductLine },
        { ui::ScopeKind::Region, &m_regions, QStringLiteral("Choose the region this target is for."),
          &engine::Scope::region, storage::IdMap::Kind::Region },
    };
    for (const Case &c : cases) {
        auto wizard = makeWizard();
        auto *metrics = child<QComboBox>(*wizard, "metricComboBox");
        metrics->setCurrentIndex(metrics->findData(static_cast<int>(engine::MetricId::Revenue)));
        auto *kinds = child<QComboBox>(*wizard, "scopeKindComboBox");
        kinds->setCurrentIndex(kinds->findData(static_cast<int>(c.kind)));
        QVERIFY(!canGoOn(*wizard));
        QCOMPARE(reason(*wizard), c.reason);
        const storage::OrganisationUnit &unit = c.units->back();
        auto *scopes = child<QComboBox>(*wizard, "scopeComboBox");
        QCOMPARE(scopes->count(), static_cast<int>(c.units->size()) + 1);
        scopes->setCurrentIndex(scopes->findData(unit.id));
        QVERIFY(canGoOn(*wizard));
        QVERIFY(child<QLineEdit>(*wizard, "titleLineEdit")->text().contains(unit.name));
        wizard->next();
        wizard->next();
        // Its own history: the Achievable page judges the channel's (region's …) sales.
        typeValue(*wizard, QStringLiteral("1"));
        QVERIFY(wizard->state().assessment());
        const auto &forecast = wizard->state().assessment()->result.forecastTotal;
        const qint64 median = forecast ? static_cast<qint64>(forecast->median) : 100'000'00;
        typeValue(*wizard, QLocale().toString(median / 100));
        wizard->next();
        wizard->next();
        QVERIFY2(canGoOn(*wizard), qPrintable(reason(*wizard)));
        wizard->button(QWizard::FinishButton)->click();
        const auto target = wizard->takeTarget();
        QVERIFY(target);
        QCOMPARE(target->target.scope.*c.field, m_sales.ids.find(c.idKind, unit.id));
        QCOMPARE(target->target.scope.team, engine::kNoId);
        QVERIFY(target->ownerRepId.isEmpty());
    }
}

#include "SmartTargetWizardTest.moc"
