// Drives the real main window offscreen on a generated demo database.
#include "app/AboutDialog.h"
#include "app/AppSettings.h"
#include "app/DashboardPage.h"
#include "app/DecompositionDialog.h"
#include "app/MainWindow.h"
#include "app/ActivityScatterWidget.h"
#include "app/DashboardLoader.h"
#include "app/DashboardPage.h"
#include "app/LeaderboardModel.h"
#include "app/LeaderboardWidget.h"
#include "app/RiskModel.h"
#include "app/RiskPanel.h"
#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/OverviewPage.h"
#include "app/SalesSnapshot.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"
#include "app/WorkloadModel.h"
#include "app/WorkloadPage.h"
#include "app/TeamRevenueModel.h"
#include "app/WorkAsDialog.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/Migrations.h"
#include "storage/OrganisationRepository.h"
#include "storage/SqlHelpers.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QScatterSeries>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPushButton>
#include <QTimer>
#include <QFile>
#include <QMenuBar>
#include <QTranslator>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace attain;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEachTeamsRevenueAgainstTarget();
    void chartHasTargetAndActualBarsPerTeam();
    void switchingYearReloads();
    void refusesForeignFileAndKeepsCurrentDatabase();
    void rememberRecentFiles();
    void loadErrorIsShownNotSwallowed();
    void aboutShowsDatabaseAndLogPaths();
    void onlyTheLatestOfRapidReloadsIsShown();
    void formatsMoneyForPeople();
    void navigatesToTargetsByKeyboard();
    void decomposesACompanyTargetIntoTeamQuarters();
    void speaksChineseWithTheChineseTranslation();
    void worksAsTheRepChosenForThisFile();
    void englishHasSingularAndPlural();
    void dashboardPanelsFollowTheDashboard();
    void opensAnOlderFileAndBringsItUpToDate();
    void goWorkloadShowsEveryRepsWorkload();

private:
    QString demoPath() const { return m_dir.filePath(QStringLiteral("demo.attain")); }
    std::unique_ptr<ui::MainWindow> openWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
};

void MainWindowTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 8;
    spec.years = 2;
    spec.seed = 3;
    spec.asOf = engine::makeDate(2026, 11, 25);
    const auto result = storage::createDemoDatabase(demoPath(), spec);
    QCOMPARE(result.status, storage::DemoDatabaseResult::Status::Created);
    m_settings = std::make_unique<ui::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

std::unique_ptr<ui::MainWindow> MainWindowTest::openWindow()
{
    auto window = std::make_unique<ui::MainWindow>(*m_settings, m_dir.filePath(QStringLiteral("attain.log")));
    window->overviewPage()->setCurrentYear(2026);
    window->show();
    QSignalSpy loaded(window->overviewPage(), &ui::OverviewPage::loaded);
    QString error;
    if (!window->openDatabase(demoPath(), &error))
        qWarning("open failed: %s", qPrintable(error));
    if (!loaded.wait(20000))
        qWarning("overview did not load");
    return window;
}

void MainWindowTest::showsEachTeamsRevenueAgainstTarget()
{
    auto window = openWindow();
    QVERIFY(window->windowTitle().contains(QStringLiteral("demo.attain")));
    ui::TeamRevenueModel *model = window->overviewPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Expected figures come from a plain query written here, not from the code under test.
    QMap<QString, QPair<qint64, qint64>> expected; // team name -> (target, won)
    {
        auto opened = storage::Database::open(demoPath(), storage::Database::Mode::OpenExisting);
        QVERIFY(opened.database);
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT t.name, (SELECT value FROM targets WHERE scope_kind = 'team' AND scope_id = t.id "
            "AND period_label = '2026'), (SELECT SUM(amount_minor) FROM deals WHERE team_id = t.id "
            "AND stage = 'won' AND closed_on LIKE '2026-%') FROM teams t")));
        while (query.next())
            expected.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    QCOMPARE(model->rowCount(), static_cast<int>(expected.size()));
    QVERIFY(model->rowCount() >= 3);
    qint64 totalActual = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, ui::TeamRevenueModel::TeamColumn).data().toString();
        QVERIFY2(expected.contains(name), qPrintable(name));
        const auto [target, won] = expected.value(name);
        QVERIFY(won > 0 && target > 0);
        QCOMPARE(model->index(row, ui::TeamRevenueModel::ActualColumn).data(Qt::UserRole).toLongLong(), won);
        QCOMPARE(model->index(row, ui::TeamRevenueModel::TargetColumn).data(Qt::UserRole).toLongLong(), target);
        // Attainment in basis points, rounded half up (all values here are positive).
        QCOMPARE(model->index(row, ui::TeamRevenueModel::AttainmentColumn).data(Qt::UserRole).toLongLong(),
                 (won * 10000 + target / 2) / target);
        totalActual += won;
    }
    auto *summary = window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(ui::formatMoney(totalActual, QStringLiteral("CNY"))),
             qPrintable(summary->text()));

    // Team names are Chinese: the screenshot shows whether CJK text renders.
    QVERIFY(model->index(0, 0).data().toString().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(200); // let the chart lay out its axes and legend before grabbing
        QVERIFY(window->grab().save(QDir(shots).filePath(QStringLiteral("overview.png"))));
    }
}

void MainWindowTest::chartHasTargetAndActualBarsPerTeam()
{
    auto window = openWindow();
    const QList<QAbstractSeries *> series = window->overviewPage()->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series.front());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    const int teams = window->overviewPage()->model()->rowCount();
    const auto &overview = window->overviewPage()->model()->overview();
    for (QBarSet *set : bars->barSets())
        QCOMPARE(set->count(), teams);
    // Bars are in units of a million yuan outside Chinese locales.
    const double expected = static_cast<double>(overview.teams.front().actualMinor) / 1e8;
    QVERIFY(qAbs(bars->barSets().at(1)->at(0) - expected) < 1e-9);
    QVERIFY(!window->overviewPage()->chart()->axes(Qt::Vertical).isEmpty());
}

void MainWindowTest::switchingYearReloads()
{
    auto window = openWindow();
    auto *years = window->findChild<QComboBox *>(QStringLiteral("yearComboBox"));
    QVERIFY(years);
    QCOMPARE(years->currentText(), QStringLiteral("2026"));
    const int index = years->findData(2025);
    QVERIFY(index >= 0);
    const qint64 before = window->overviewPage()->model()->overview().teams.front().actualMinor;
    QSignalSpy loaded(window->overviewPage(), &ui::OverviewPage::loaded);
    years->setCurrentIndex(index);
    Q_EMIT years->activated(index);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(years->currentText(), QStringLiteral("2025"));
    QVERIFY(window->overviewPage()->model()->overview().teams.front().actualMinor != before);
}

void MainWindowTest::refusesForeignFileAndKeepsCurrentDatabase()
{
    auto window = openWindow();
    const QString text = m_dir.filePath(QStringLiteral("notes.attain"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    QString error;
    QVERIFY(!window->openDatabase(text, &error));
    QVERIFY(error.contains(QStringLiteral("not an Attain database")));
    QCOMPARE(window->databasePath(), demoPath());
}

void MainWindowTest::rememberRecentFiles()
{
    auto window = openWindow();
    QCOMPARE(m_settings->lastFile(), QFileInfo(demoPath()).absoluteFilePath());
    for (int i = 0; i < ui::AppSettings::kMaxRecentFiles + 3; ++i)
        m_settings->addRecentFile(m_dir.filePath(QStringLiteral("f%1.attain").arg(i)));
    QCOMPARE(m_settings->recentFiles().size(), ui::AppSettings::kMaxRecentFiles);
    m_settings->addRecentFile(demoPath());
    QCOMPARE(m_settings->lastFile(), QFileInfo(demoPath()).absoluteFilePath());
}

void MainWindowTest::loadErrorIsShownNotSwallowed()
{
    ui::OverviewPage page;
    QSignalSpy loaded(&page, &ui::OverviewPage::loaded);
    page.setDatabasePath(m_dir.filePath(QStringLiteral("vanished.attain")));
    QVERIFY(loaded.wait(20000));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("Could not load")));
    QCOMPARE(page.model()->rowCount(), 0);
}

void MainWindowTest::onlyTheLatestOfRapidReloadsIsShown()
{
    ui::OverviewPage page;
    page.setCurrentYear(2026);
    QSignalSpy loaded(&page, &ui::OverviewPage::loaded);
    page.setDatabasePath(m_dir.filePath(QStringLiteral("vanished.attain")));
    page.setDatabasePath(demoPath()); // supersedes the first request
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY(!page.isLoading());
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(page.model()->rowCount() >= 3);
}

void MainWindowTest::aboutShowsDatabaseAndLogPaths()
{
    ui::AboutDialog dialog(demoPath(), QStringLiteral("/var/log/attain.log"));
    auto *database = dialog.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *log = dialog.findChild<QLabel *>(QStringLiteral("logLabel"));
    auto *icon = dialog.findChild<QLabel *>(QStringLiteral("iconLabel"));
    QVERIFY(database && log && icon);
    QCOMPARE(database->text(), QDir::toNativeSeparators(demoPath()));
    QCOMPARE(log->text(), QDir::toNativeSeparators(QStringLiteral("/var/log/attain.log")));
    QVERIFY(!icon->pixmap().isNull()); // the SVG resource is compiled in and the plugin loads
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("about.png"))));
    }
}

void MainWindowTest::formatsMoneyForPeople()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QCOMPARE(ui::formatMoney(123456789, QStringLiteral("CNY"), english), QStringLiteral("¥1,234,568"));
    QCOMPARE(ui::formatMoney(-50, QStringLiteral("USD"), english), QStringLiteral("-$1"));
    QCOMPARE(ui::formatMoneyCompact(1234567800, QStringLiteral("CNY"), english), QStringLiteral("¥12.3M"));
    QCOMPARE(ui::formatMoneyCompact(1234567800, QStringLiteral("CNY"), chinese), QStringLiteral("¥1,234.6万"));
    QCOMPARE(ui::formatBasisPoints(8750, english), QStringLiteral("87.5%"));
    QCOMPARE(ui::formatBasisPoints(10005, english), QStringLiteral("100.1%"));
    QCOMPARE(ui::formatBasisPoints(10015, english), QStringLiteral("100.2%"));
    QCOMPARE(ui::formatBasisPoints(-1234, english), QStringLiteral("-12.3%"));
    QCOMPARE(ui::formatBasisPoints(1234567, english), QStringLiteral("12,345.7%"));
}

void MainWindowTest::navigatesToTargetsByKeyboard()
{
    auto window = openWindow();
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QVERIFY(pages);
    // The dashboard comes first, for today, and loads with the database.
    QCOMPARE(pages->currentWidget(), window->dashboardPage());
    const QDate today = QDate::currentDate();
    QVERIFY(window->dashboardPage()->asOf()
            == engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day())));
    QTRY_VERIFY_WITH_TIMEOUT(window->dashboardPage()->data() != nullptr, 20000);
    QVERIFY(window->dashboardPage()->data()->error.isEmpty());
    QCOMPARE(window->dashboardPage()->databasePath(), demoPath());
    if (const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(150); // charts lay out their axes after the first paint
        QVERIFY(window->grab().save(QDir(shots).filePath(QStringLiteral("main-dashboard.png"))));
    }
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window->overviewPage());
    // The targets page loads only once it is shown.
    QCOMPARE(window->targetsPage()->model()->rowCount(), 0);
    QSignalSpy targetsLoaded(window->targetsPage(), &ui::TargetsPage::loaded);
    QSignalSpy dashboardReloaded(window->dashboardPage(), &ui::DashboardPage::loaded);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window->targetsPage());
    QVERIFY(targetsLoaded.wait(20000));
    // The targets the dashboard grades against may have changed: it reloads with the list.
    QVERIFY(dashboardReloaded.count() > 0 || dashboardReloaded.wait(20000));
    auto *newTarget = window->findChild<QAction *>(QStringLiteral("newTargetAction"));
    QVERIFY(newTarget);
    QVERIFY(newTarget->isEnabled()); // a database is open
    QVERIFY(window->targetsPage()->model()->rowCount() > 0); // the demo's company, team and rep targets
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window->dashboardPage());
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        window->showPage(ui::MainWindow::Page::Targets);
        QDir().mkpath(shots);
        QVERIFY(window->grab().save(QDir(shots).filePath(QStringLiteral("main-targets.png"))));
    }
}

void MainWindowTest::decomposesACompanyTargetIntoTeamQuarters()
{
    // On a copy: the other tests read the demo's targets as generated.
    const QString copy = m_dir.filePath(QStringLiteral("decompose.attain"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(demoPath(), copy));
    auto opened = storage::Database::open(copy, storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    const QString company = storage::scalar(db, QStringLiteral("SELECT id FROM targets WHERE scope_kind = 'company' "
                                                               "AND metric = 'revenue' AND period_label = '2026'"))
                                .toString();
    QVERIFY(!company.isEmpty());
    const qint64 value = storage::scalar(db, QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(company))
                             .toLongLong();
    const int teams = storage::scalar(db, QStringLiteral("SELECT count(*) FROM teams")).toInt();
    const auto children = [&](const QString &kind) {
        return storage::scalar(db, QStringLiteral("SELECT count(*) || ':' || coalesce(sum(value), 0) FROM targets "
                                                  "WHERE parent_id = '%1' AND period_label <> '2026' "
                                                  "AND scope_kind = '%2'").arg(company, kind))
            .toString();
    };
    const auto quarterChildren = [&] { return children(QStringLiteral("team")); };
    QCOMPARE(quarterChildren(), QStringLiteral("0:0"));
    // Loaded on a worker thread, as the main window does when the targets list has not loaded yet.
    const auto sales = ui::loadSalesSnapshotWithProgress(nullptr, copy, QStringLiteral("CNY"), QStringLiteral("Test"));
    QVERIFY(sales && sales->sales.ok());
    QCOMPARE(static_cast<int>(sales->teams.size()), teams);
    const storage::Actor manager { QStringLiteral("manager"), {} };
    const auto saveWhenShown = [] {
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *difference = dialog->findChild<QLabel *>(QStringLiteral("differenceLabel"));
            QVERIFY(difference && difference->text().contains(QStringLiteral("0.00")));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
    };
    saveWhenShown();
    QVERIFY(ui::runDecompositionDialog(nullptr, db, company, *sales, manager, engine::Dimension::Team));
    // Every team × quarter, adding up exactly to the company's target.
    QCOMPARE(quarterChildren(), QStringLiteral("%1:%2").arg(teams * 4).arg(value));
    // Breaking it down again replaces those children instead of failing on their ids.
    saveWhenShown();
    QVERIFY(ui::runDecompositionDialog(nullptr, db, company, *sales, manager, engine::Dimension::Team));
    QCOMPARE(quarterChildren(), QStringLiteral("%1:%2").arg(teams * 4).arg(value));

    // Over sales channels, chosen when asked: a second breakdown beside the teams', adding up on its own.
    const int channels = storage::scalar(db, QStringLiteral("SELECT count(*) FROM channels")).toInt();
    QVERIFY(channels > 1);
    QTimer::singleShot(0, [&] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(ask);
        QVERIFY(ask->comboBoxItems().contains(QStringLiteral("Teams")));
        ask->setTextValue(QStringLiteral("Sales channels"));
        saveWhenShown();
        ask->accept();
    });
    QVERIFY(ui::runDecompositionDialog(nullptr, db, company, *sales, manager));
    QCOMPARE(children(QStringLiteral("channel")), QStringLiteral("%1:%2").arg(channels * 4).arg(value));
    QCOMPARE(quarterChildren(), QStringLiteral("%1:%2").arg(teams * 4).arg(value));
}

void MainWindowTest::speaksChineseWithTheChineseTranslation()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/attain_zh_CN.qm")));
    QApplication::installTranslator(&chinese);
    const auto removeTranslator = qScopeGuard([&] { QApplication::removeTranslator(&chinese); });
    auto window = openWindow();
    // Menus from the window's own code, a model's headers, and a free function's metric name.
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("\u76EE\u6807(&T)")), qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(ui::metricName(engine::MetricId::Revenue), QStringLiteral("\u9500\u552E\u989D"));
    window->showPage(ui::MainWindow::Page::Targets);
    QSignalSpy loaded(window->targetsPage(), &ui::TargetsPage::loaded);
    window->targetsPage()->reload();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window->targetsPage()->model()->headerData(ui::TargetsModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("\u76EE\u6807"));
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window->grab().save(QDir(shots).filePath(QStringLiteral("main-targets-zh.png"))));
    }
}

void MainWindowTest::goWorkloadShowsEveryRepsWorkload()
{
    auto window = openWindow();
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QVERIFY(pages);
    // The page loads when first shown (Go ▸ Workload, Ctrl+6).
    QSignalSpy loaded(window->workloadPage(), &ui::WorkloadPage::loaded);
    QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window->workloadPage());
    QVERIFY(loaded.wait(20000));
    QVERIFY(window->workloadPage()->data().error.isEmpty());
    // Every demo rep (not the managers), eight weeks by default.
    QCOMPARE(window->workloadPage()->model()->rowCount(), 8);
    QCOMPARE(window->workloadPage()->model()->weekCount(), 8);
}

QTEST_MAIN(MainWindowTest)
void MainWindowTest::worksAsTheRepChosenForThisFile()
{
    {
        auto window = openWindow();
        auto *label = window->findChild<QLabel *>(QStringLiteral("workingAsLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Manager: %1").arg(QDir::home().dirName()));
        QVERIFY(window->targetsPage()->actor().isManager());
    }
    auto opened = storage::Database::open(demoPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    const QString rep = storage::scalar(db, QStringLiteral("SELECT id FROM reps ORDER BY name LIMIT 1")).toString();
    const QString name = storage::scalar(db, QStringLiteral("SELECT name FROM reps ORDER BY name LIMIT 1")).toString();
    // Remembered per file: the next time this file opens, its rep works on it.
    m_settings->setWorkingAsRep(demoPath(), rep);
    const auto reset = qScopeGuard([&] { m_settings->setWorkingAsRep(demoPath(), {}); });
    auto window = openWindow();
    QCOMPARE(window->targetsPage()->actor().repId, rep);
    QCOMPARE(window->targetsPage()->actor().name, name);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("workingAsLabel"))->text(), QStringLiteral("Rep: %1").arg(name));
    QCOMPARE(m_settings->workingAsRep(QStringLiteral("/elsewhere/other.attain")), QString());

    // The dialog behind Targets ▸ Work As…: a manager first, then every rep, preselected.
    const std::vector<storage::OrganisationUnit> reps = storage::OrganisationRepository(db).reps();
    ui::WorkAsDialog dialog(reps, rep);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("workAsComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), static_cast<int>(reps.size()) + 1);
    QCOMPARE(dialog.repId(), rep);
    combo->setCurrentIndex(0);
    QCOMPARE(dialog.repId(), QString());
}

void MainWindowTest::englishHasSingularAndPlural()
{
    // English is the source language, but "%n target(s)" needs a catalogue for its two forms.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/attain_en.qm")));
    QApplication::installTranslator(&english);
    const auto removeTranslator = qScopeGuard([&] { QApplication::removeTranslator(&english); });
    const auto targets = [](int n) { return QCoreApplication::translate("attain::ui::TargetsPage", "%n target(s)", nullptr, n); };
    QCOMPARE(targets(1), QStringLiteral("1 target"));
    QCOMPARE(targets(3), QStringLiteral("3 targets"));
    QCOMPARE(QCoreApplication::translate("attain::ui::RiskModel", "%1 (%n day(s))", nullptr, 1).arg(QStringLiteral("x")),
             QStringLiteral("x (1 day)"));
}

void MainWindowTest::dashboardPanelsFollowTheDashboard()
{
    auto window = openWindow();
    ui::DashboardPage *dashboard = window->dashboardPage();
    // The targets list loads once the dashboard is up, for the risk panel.
    QSignalSpy targetsLoaded(window->targetsPage(), &ui::TargetsPage::loaded);
    if (!dashboard->data() || !dashboard->data()->snapshot.leaderboard.size())
        QVERIFY(QSignalSpy(dashboard, &ui::DashboardPage::dashboardShown).wait(20000));
    QVERIFY(targetsLoaded.count() > 0 || targetsLoaded.wait(20000));

    auto *leaderboard = dashboard->findChild<ui::LeaderboardWidget *>(QStringLiteral("leaderboardWidget"));
    auto *risks = dashboard->findChild<ui::RiskPanel *>(QStringLiteral("riskPanel"));
    auto *activity = dashboard->findChild<ui::ActivityScatterWidget *>(QStringLiteral("activityScatterWidget"));
    QVERIFY(leaderboard && risks && activity);
    const auto data = dashboard->data();
    QVERIFY(data);
    QCOMPARE(leaderboard->model()->rowCount(), static_cast<int>(data->snapshot.leaderboard.size()));
    QVERIFY(leaderboard->model()->rowCount() > 0);
    QCOMPARE(activity->series()->count(), static_cast<int>(data->snapshot.activity.size()));
    QVERIFY(!risks->isLoading());
    // At company level the panel lists every target in trouble of the list whose period
    // overlaps the dashboard's.
    ui::RiskModel expected(*window->targetsPage()->model());
    const engine::Period period = dashboard->selection().period;
    expected.setFilter([&](const ui::TargetRow &row) {
        return !(row.stored.target.period.last < period.first) && !(period.last < row.stored.target.period.first);
    });
    QCOMPARE(risks->model()->rowCount(), expected.rowCount());
    QVERIFY(expected.rowCount() < ui::RiskModel(*window->targetsPage()->model()).rowCount());

    // The top rep, activated on the leaderboard: the dashboard becomes theirs.
    const QString rep = data->snapshot.leaderboard.front().repId;
    QSignalSpy shown(dashboard, &ui::DashboardPage::dashboardShown);
    Q_EMIT leaderboard->repActivated(rep);
    QCOMPARE(dashboard->scope().repId, rep);
    QVERIFY(shown.wait(20000));
    // The risk panel follows the scope: only that rep's targets remain.
    for (int row = 0; row < risks->model()->rowCount(); ++row)
        QCOMPARE(risks->model()->row(row)->scopeKind, QStringLiteral("rep"));
}

void MainWindowTest::opensAnOlderFileAndBringsItUpToDate()
{
    // Schema 3, before the dashboard facts: migrated (on a worker) when the window opens it.
    const QString copy = m_dir.filePath(QStringLiteral("older.attain"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(QStringLiteral(ATTAIN_STORAGE_FIXTURES "/schema-v3.attain"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ui::MainWindow window(*m_settings, m_dir.filePath(QStringLiteral("attain.log")));
    QString error;
    QVERIFY2(window.openDatabase(copy, &error), qPrintable(error));
    QCOMPARE(window.databasePath(), copy);
    auto opened = storage::Database::open(copy, storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    QCOMPARE(opened.database->schemaVersion(), storage::currentSchemaVersion());
    QVERIFY(storage::scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM deal_facts_monthly"))
                .toInt() > 0);
    QVERIFY(QFile::exists(copy + QStringLiteral(".v3-backup")));
}

#include "MainWindowTest.moc"
