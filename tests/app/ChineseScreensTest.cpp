// Walks the targets workspace in Chinese: every string the app asks the translator for must
// have a Chinese translation, and the screens are saved for a person to look at.
#include "app/ActivitiesPage.h"
#include "app/AppSettings.h"
#include "app/DashboardPage.h"
#include "app/DashboardPanels.h"
#include "app/DealsPage.h"
#include "app/DecompositionDialog.h"
#include "app/FeedbackPage.h"
#include "app/MainWindow.h"
#include "app/ReviewsPage.h"
#include "app/SalesSnapshot.h"
#include "app/SmartTargetWizard.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"
#include "app/WorkloadPage.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"
#include "storage/TargetRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace attain;

namespace {

const engine::Date kAsOf = engine::makeDate(2026, 11, 25);

/// The Chinese catalogue, recording every source text of ours it has no translation for.
/// (Qt's own texts, in contexts such as "QWizard", come from qtbase's catalogue.)
class RecordingTranslator final : public QTranslator
{
public:
    bool loadChinese() { return m_chinese.load(QStringLiteral(":/i18n/attain_zh_CN.qm")); }

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        QString text = m_chinese.translate(context, source, disambiguation, n);
        if (text.isEmpty() && context && context[0] != 'Q')
            m_missing.insert(QLatin1String(context) + QStringLiteral(": ") + QString::fromUtf8(source));
        return text;
    }
    bool isEmpty() const override { return false; }

    /// The untranslated texts seen since the last call.
    QStringList takeMissing()
    {
        QStringList missing(m_missing.begin(), m_missing.end());
        missing.sort();
        m_missing.clear();
        return missing;
    }

private:
    QTranslator m_chinese;
    mutable QSet<QString> m_missing;
};

} // namespace

class ChineseScreensTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wizardPagesAreChinese();
    void decompositionEditorIsChinese();
    void targetsPageAndItsDialogsAreChinese();
    void dashboardIsChinese();
    void reviewsActivitiesWorkloadFeedbackAndDealsAreChinese();

private:
    void screenshot(QWidget *widget, const QString &name);
    /// Fails listing every text that had no translation since the last check.
    void verifyAllTranslated();
    /// Runs `check` on the next modal dialog, then closes it with Cancel (or Escape).
    void onNextDialog(const std::function<void(QDialog &)> &check);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_database;
    std::shared_ptr<const ui::SalesSnapshot> m_sales;
    RecordingTranslator m_translator;
    QTranslator m_qtTranslator;
};

void ChineseScreensTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 8;
    spec.years = 2;
    spec.seed = 3;
    spec.asOf = kAsOf;
    m_path = m_dir.filePath(QStringLiteral("demo.attain"));
    QCOMPARE(storage::createDemoDatabase(m_path, spec).status, storage::DemoDatabaseResult::Status::Created);
    auto opened = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    m_database = std::move(opened.database);
    m_sales = ui::loadSalesSnapshot(m_database->connection(), QStringLiteral("CNY"));
    QVERIFY(m_sales->sales.ok());

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(m_translator.loadChinese());
    QApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qtTranslator);
}

void ChineseScreensTest::cleanupTestCase()
{
    QApplication::removeTranslator(&m_translator);
    QApplication::removeTranslator(&m_qtTranslator);
}

void ChineseScreensTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(150); // charts lay out their axes after the first paint
    QVERIFY(widget->grab().save(QDir(shots).filePath(name + QStringLiteral("-zh.png"))));
}

void ChineseScreensTest::verifyAllTranslated()
{
    const QStringList missing = m_translator.takeMissing();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
}

void ChineseScreensTest::onNextDialog(const std::function<void(QDialog &)> &check)
{
    QTimer::singleShot(0, this, [check] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        check(*dialog);
        dialog->reject();
    });
}

void ChineseScreensTest::wizardPagesAreChinese()
{
    storage::IdMap ids = m_sales->ids;
    std::vector<storage::StoredTarget> existing = storage::TargetRepository(m_database->connection()).loadStored(ids);
    ui::SmartTargetWizard wizard({ m_sales->sales, ids, m_sales->teams, m_sales->reps, existing, kAsOf, 1 });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    screenshot(&wizard, QStringLiteral("wizard-1-specific-empty"));
    auto *metrics = wizard.findChild<QComboBox *>(QStringLiteral("metricComboBox"));
    metrics->setCurrentIndex(metrics->findData(static_cast<int>(engine::MetricId::Revenue)));
    auto *kinds = wizard.findChild<QComboBox *>(QStringLiteral("scopeKindComboBox"));
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(ui::ScopeKind::Team)));
    auto *scopes = wizard.findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
    scopes->setCurrentIndex(scopes->findData(m_sales->teams.front().id));
    // The title reads like a sentence in Chinese too.
    const QString title = wizard.findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->text();
    QVERIFY2(title.contains(m_sales->teams.front().name) && title.contains(QStringLiteral("\u9500\u552E\u989D")),
        qPrintable(title));
    screenshot(&wizard, QStringLiteral("wizard-1-specific"));
    wizard.next();
    screenshot(&wizard, QStringLiteral("wizard-2-measurable"));
    wizard.next();
    auto *value = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("99999999"));
    screenshot(&wizard, QStringLiteral("wizard-3-achievable-unrealistic"));
    QVERIFY(wizard.state().assessment() && wizard.state().assessment()->result.lastYear);
    const engine::AchievabilityResult result = wizard.state().assessment()->result;
    const qint64 lastYear = *result.lastYear;
    const qint64 median = result.distribution.median.value_or(0);
    QVERIFY(result.forecastTotal);
    const auto type = [value](double fen) {
        value->clear();
        QTest::keyClicks(value, QLocale().toString(std::llround(fen / 100.0)));
    };
    // The growth of a typical past period: the demo ramps up, so the forecast overrules it.
    type(static_cast<double>(lastYear) * static_cast<double>(10000 + median) / 10000.0);
    QCOMPARE(wizard.state().assessment()->result.basis, engine::VerdictBasis::Forecast);
    screenshot(&wizard, QStringLiteral("wizard-3-achievable-median-growth"));
    // The forecast's 90 % quantile: a long shot, a stretch by the forecast.
    type(result.forecastTotal->high);
    // What the forecast expects: even odds, neither too low nor unrealistic.
    type(result.forecastTotal->median);
    QVERIFY(!wizard.state().needsAcknowledgement());
    screenshot(&wizard, QStringLiteral("wizard-3-achievable"));
    wizard.next();
    screenshot(&wizard, QStringLiteral("wizard-4-relevant"));
    wizard.next();
    QCOMPARE(wizard.currentId(), ui::SmartTargetWizard::TimeBoundPageId);
    screenshot(&wizard, QStringLiteral("wizard-5-timebound"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    verifyAllTranslated();
}

void ChineseScreensTest::decompositionEditorIsChinese()
{
    const QString company = storage::scalar(m_database->connection(),
        QStringLiteral("SELECT id FROM targets WHERE scope_kind = 'company' "
                       "AND metric = 'revenue' ORDER BY period_start DESC LIMIT 1"))
                                .toString();
    QVERIFY(!company.isEmpty());
    bool shown = false;
    onNextDialog([&](QDialog &dialog) {
        dialog.resize(1000, 760);
        screenshot(&dialog, QStringLiteral("decomposition"));
        shown = true;
    });
    QVERIFY(!ui::runDecompositionDialog(nullptr, m_database->connection(), company, *m_sales,
        storage::Actor { QStringLiteral("manager"), {} }, engine::Dimension::Team));
    QVERIFY(shown);
    verifyAllTranslated();
}

void ChineseScreensTest::targetsPageAndItsDialogsAreChinese()
{
    ui::TargetsPage page(storage::Actor { QStringLiteral("manager"), {} });
    page.resize(1280, 640);
    page.setAsOf(kAsOf);
    page.show();
    QSignalSpy loaded(&page, &ui::TargetsPage::loaded);
    page.setDatabasePath(m_path);
    QVERIFY(loaded.wait(20000));
    QVERIFY(page.model()->rowCount() > 0);
    page.tableView()->setCurrentIndex(page.tableView()->model()->index(0, 0));
    screenshot(&page, QStringLiteral("targets"));
    for (const char *name : { "reviseAction", "historyAction" }) {
        auto *action = page.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        bool shown = false;
        onNextDialog([&](QDialog &dialog) {
            screenshot(&dialog, QLatin1String(name));
            shown = true;
        });
        action->trigger();
        QTRY_VERIFY(shown);
    }
    verifyAllTranslated();
}

void ChineseScreensTest::dashboardIsChinese()
{
    // The whole window: the dashboard with its panels, whose risk tab reads the targets list.
    ui::TargetsPage targets(storage::Actor { QStringLiteral("manager"), {} });
    targets.setAsOf(kAsOf);
    ui::DashboardPage dashboard;
    ui::attachDashboardPanels(dashboard, targets);
    dashboard.resize(1280, 900);
    dashboard.setAsOf(kAsOf);
    dashboard.show();
    QSignalSpy shown(&dashboard, &ui::DashboardPage::dashboardShown);
    QSignalSpy targetsLoaded(&targets, &ui::TargetsPage::loaded);
    dashboard.setDatabasePath(m_path);
    targets.setDatabasePath(m_path);
    QVERIFY(shown.wait(20000));
    QVERIFY(targetsLoaded.count() > 0 || targetsLoaded.wait(20000));
    screenshot(&dashboard, QStringLiteral("dashboard"));
    for (int tab = 0; tab < dashboard.panelTabs()->count(); ++tab) {
        dashboard.panelTabs()->setCurrentIndex(tab);
        screenshot(&dashboard, QStringLiteral("dashboard-tab%1").arg(tab));
    }
    // One rep's dashboard, drilled into from the company.
    storage::DashboardScope rep;
    rep.repId = m_sales->reps.front().id;
    dashboard.setScope(rep);
    QVERIFY(shown.wait(20000));
    screenshot(&dashboard, QStringLiteral("dashboard-rep"));
    verifyAllTranslated();
}

void ChineseScreensTest::reviewsActivitiesWorkloadFeedbackAndDealsAreChinese()
{
    // The whole window, as a manager opens it, with each of issue 8's pages and its main dialog.
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings, QString());
    window.resize(1280, 820);
    window.show();
    QSignalSpy reviewsListed(window.reviewsPage(), &ui::ReviewsPage::listLoaded);
    QSignalSpy reviewShown(window.reviewsPage(), &ui::ReviewsPage::reviewLoaded);
    QSignalSpy targetsLoaded(window.targetsPage(), &ui::TargetsPage::loaded);
    QVERIFY(window.openDatabase(m_path));
    window.showPage(ui::MainWindow::Page::Reviews);
    QVERIFY(reviewsListed.count() > 0 || reviewsListed.wait(20000));
    QVERIFY(targetsLoaded.count() > 0 || targetsLoaded.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(reviewShown.count() > 0, 20000);
    screenshot(&window, QStringLiteral("reviews"));
    bool shown = false;
    onNextDialog([&](QDialog &dialog) {
        screenshot(&dialog, QStringLiteral("new-review"));
        shown = true;
    });
    window.findChild<QAction *>(QStringLiteral("newReviewAction"))->trigger();
    QTRY_VERIFY(shown);

    QSignalSpy activitiesLoaded(window.activitiesPage(), &ui::ActivitiesPage::loaded);
    window.showPage(ui::MainWindow::Page::Activities);
    QVERIFY(activitiesLoaded.count() > 0 || activitiesLoaded.wait(20000));
    screenshot(&window, QStringLiteral("activities"));
    shown = false;
    onNextDialog([&](QDialog &dialog) {
        screenshot(&dialog, QStringLiteral("log-activity"));
        shown = true;
    });
    window.findChild<QAction *>(QStringLiteral("logActivityAction"))->trigger();
    QTRY_VERIFY(shown);

    QSignalSpy workloadLoaded(window.workloadPage(), &ui::WorkloadPage::loaded);
    window.showPage(ui::MainWindow::Page::Workload);
    QVERIFY(workloadLoaded.count() > 0 || workloadLoaded.wait(20000));
    screenshot(&window, QStringLiteral("workload"));
    shown = false;
    onNextDialog([&](QDialog &dialog) {
        screenshot(&dialog, QStringLiteral("workload-norms"));
        shown = true;
    });
    window.findChild<QPushButton *>(QStringLiteral("workloadNormsButton"))->click();
    QTRY_VERIFY(shown);

    QSignalSpy feedbackLoaded(window.feedbackPage(), &ui::FeedbackPage::loaded);
    window.showPage(ui::MainWindow::Page::Feedback);
    QVERIFY(feedbackLoaded.count() > 0 || feedbackLoaded.wait(20000));
    screenshot(&window, QStringLiteral("feedback"));
    shown = false;
    onNextDialog([&](QDialog &dialog) {
        screenshot(&dialog, QStringLiteral("record-feedback"));
        shown = true;
    });
    window.findChild<QAction *>(QStringLiteral("recordFeedbackAction"))->trigger();
    QTRY_VERIFY(shown);

    QSignalSpy dealsLoaded(window.dealsPage(), &ui::DealsPage::loaded);
    window.showPage(ui::MainWindow::Page::Deals);
    QVERIFY(dealsLoaded.count() > 0 || dealsLoaded.wait(20000));
    screenshot(&window, QStringLiteral("deals"));
    shown = false;
    onNextDialog([&](QDialog &dialog) {
        screenshot(&dialog, QStringLiteral("new-deal"));
        shown = true;
    });
    window.findChild<QAction *>(QStringLiteral("newDealAction"))->trigger();
    QTRY_VERIFY(shown);
    verifyAllTranslated();
}

QTEST_MAIN(ChineseScreensTest)
#include "ChineseScreensTest.moc"
