// The targets list, its filters and the revision dialogs, offscreen on a small demo database
// with a few extra targets inserted through TargetRepository.
#include "app/TargetsPage.h"
#include "app/RevisionDialog.h"
#include "app/RevisionHistoryDialog.h"
#include "app/RiskModel.h"
#include "app/TargetsFilterModel.h"
#include "app/TargetsModel.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/SalesDataRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/TargetRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "TargetsFixture.h"

using namespace attain;

using attain::test::kConversionId;
using attain::test::kJuneTeamId;
using attain::test::kQ3DealsId;
const engine::Date kAsOf = attain::test::kTargetsAsOf;

class TargetsPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listShowsTargetsWithStatusAndActuals();
    void atRiskTooltipGivesTheNumbers();
    void searchAndFiltersNarrowTheList();
    void proposedRevisionAppearsInHistoryAndApprovalChangesValue();
    void exportWritesTheVisibleRows();
    void decomposeIsOfferedOnlyForSplittableTargets();
    void managerLocksAndALockedTargetCannotBeRevised();
    void repProposesForTheirOwnTargetsOnly();
    void riskModelListsExactlyTheTargetsInTrouble();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("test.attain")); }
    [[nodiscard]] QString masterPath() const { return m_dir.filePath(QStringLiteral("master.attain")); }
    std::unique_ptr<ui::TargetsPage> openPage();
    [[nodiscard]] int rowOf(const ui::TargetsPage &page, const QString &id) const;
    void screenshot(QWidget *widget, const QString &name);
    /// Makes the target with `id` the table's current row.
    static bool select(ui::TargetsPage &page, const QString &id);

    QTemporaryDir m_dir;
};

void TargetsPageTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::writeTargetsFixture(masterPath()));
}

void TargetsPageTest::init()
{
    // Every test starts from the same database: revisions change it.
    QFile::remove(dbPath());
    QVERIFY(QFile::copy(masterPath(), dbPath()));
}

std::unique_ptr<ui::TargetsPage> TargetsPageTest::openPage()
{
    return test::openTargetsPage(dbPath());
}

int TargetsPageTest::rowOf(const ui::TargetsPage &page, const QString &id) const
{
    return page.model()->rowOf(id);
}

bool TargetsPageTest::select(ui::TargetsPage &page, const QString &id)
{
    const QAbstractItemModel *shown = page.tableView()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data(ui::TargetsModel::IdRole).toString() == id) {
            page.tableView()->setCurrentIndex(shown->index(row, 0));
            return true;
        }
    return false;
}

void TargetsPageTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(shots).filePath(name)));
}

void TargetsPageTest::listShowsTargetsWithStatusAndActuals()
{
    auto page = openPage();
    ui::TargetsModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Expected figures come from plain queries written here, not from the code under test.
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    QCOMPARE(model->rowCount(), storage::scalar(db, QStringLiteral("SELECT count(*) FROM targets")).toInt());

    const QStringList statuses { QStringLiteral("Ahead"), QStringLiteral("On track"), QStringLiteral("At risk"),
        QStringLiteral("Off track"), QStringLiteral("Not started"), QStringLiteral("Finished"),
        QStringLiteral("No data") };
    QSet<QString> graded;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString status = model->index(row, ui::TargetsModel::StatusColumn).data().toString();
        QVERIFY2(statuses.contains(status), qPrintable(status));
        QVERIFY(!model->index(row, ui::TargetsModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model->index(row, ui::TargetsModel::StatusColumn).data(Qt::DecorationRole).canConvert<QColor>());
        graded.insert(status);
    }
    QVERIFY(graded.size() >= 2);

    // A quarter that has not begun on the as-of date.
    const int q3 = rowOf(*page, kQ3DealsId);
    QVERIFY(q3 >= 0);
    QCOMPARE(model->index(q3, ui::TargetsModel::StatusColumn).data().toString(), QStringLiteral("Not started"));
    QCOMPARE(model->index(q3, ui::TargetsModel::TargetColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model->index(q3, ui::TargetsModel::MetricColumn).data().toString(), QStringLiteral("Deals won"));
    QVERIFY(model->index(q3, ui::TargetsModel::ScopeColumn).data().toString().startsWith(QStringLiteral("Rep · ")));
    QCOMPARE(model->index(rowOf(*page, kConversionId), ui::TargetsModel::TargetColumn).data().toString(),
        QStringLiteral("30.0%"));

    // The company's 2026 revenue to date: every won deal closed from 1 January to the as-of date.
    const QString company = storage::scalar(db,
        QStringLiteral("SELECT id FROM targets WHERE parent_id IS NULL "
                       "AND metric = 'revenue' AND period_label = '2026'"))
                                .toString();
    const qlonglong won = storage::scalar(db,
        QStringLiteral("SELECT sum(amount_minor) FROM deals WHERE stage = "
                       "'won' AND closed_on BETWEEN '2026-01-01' AND "
                       "'2026-06-30'"))
                              .toLongLong();
    const qlonglong target
        = storage::scalar(db, QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(company)).toLongLong();
    const int companyRow = rowOf(*page, company);
    QVERIFY(companyRow >= 0);
    QCOMPARE(
        model->index(companyRow, ui::TargetsModel::ActualColumn).data(ui::TargetsModel::SortRole).toLongLong(), won);
    QCOMPARE(model->index(companyRow, ui::TargetsModel::AttainmentColumn).data(ui::TargetsModel::SortRole).toLongLong(),
        (won * 10000 + target / 2) / target);
    screenshot(page.get(), QStringLiteral("targets.png"));
}

void TargetsPageTest::atRiskTooltipGivesTheNumbers()
{
    engine::Kpi kpi;
    kpi.metric = engine::MetricId::Revenue;
    kpi.status = engine::Status::AtRisk;
    kpi.actual = { 8'500'000, 1, 0, 1 };
    engine::PaceReport pace;
    pace.expectedToDate = 10'000'000;
    pace.reason = { engine::StatusBasis::Pace, 8500, 9500 };
    pace.rates.unit = engine::DayKind::Working;
    pace.rates.requiredPerDay = 276'000;
    pace.rates.trailingPerDay = 200'000;
    pace.rates.extraNeededBp = 3800;
    kpi.pace = pace;
    const QString text = ui::TargetsModel::statusExplanation(kpi, QStringLiteral("CNY"));
    QVERIFY2(
        text.contains(QStringLiteral("85.0% of what was expected by now (¥85,000 of ¥100,000)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("On track needs 95.0%")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Needs 38.0% more per working day than the last 60 days")), qPrintable(text));
}

void TargetsPageTest::searchAndFiltersNarrowTheList()
{
    auto page = openPage();
    QAbstractItemModel *proxy = page->filterModel();
    const int all = proxy->rowCount();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("q3 DEALS"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(ui::TargetsModel::IdRole).toString(), kQ3DealsId);
    search->clear();
    QCOMPARE(proxy->rowCount(), all);

    auto *period = page->findChild<QLineEdit *>(QStringLiteral("periodLineEdit"));
    QVERIFY(period);
    period->setText(QStringLiteral("2026-06"));
    QCOMPARE(proxy->rowCount(), 1);
    period->clear();

    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QVERIFY(status);
    status->setCurrentIndex(status->findText(QStringLiteral("Not started")));
    QVERIFY(proxy->rowCount() >= 1);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, ui::TargetsModel::StatusColumn).data().toString(), QStringLiteral("Not started"));
    status->setCurrentIndex(0);

    auto *scope = page->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
    QVERIFY(scope);
    scope->setCurrentIndex(scope->findText(QStringLiteral("Company")));
    QVERIFY(proxy->rowCount() >= 2);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(ui::TargetsModel::ScopeKindRole).toString(), QStringLiteral("company"));
    scope->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);

    // Sorting by target value puts the largest first when descending.
    page->tableView()->sortByColumn(ui::TargetsModel::TargetColumn, Qt::DescendingOrder);
    QVERIFY(proxy->index(0, ui::TargetsModel::TargetColumn).data(ui::TargetsModel::SortRole).toLongLong()
        >= proxy->index(1, ui::TargetsModel::TargetColumn).data(ui::TargetsModel::SortRole).toLongLong());

    // Double-click opens the target.
    QSignalSpy opened(page.get(), &ui::TargetsPage::openTarget);
    QTableView *view = page->tableView();
    const QRect cell = view->visualRect(proxy->index(0, 0));
    // QTest::mouseDClick sends no press first; item views need one to know the pressed index.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.front().front().toString(), proxy->index(0, 0).data(ui::TargetsModel::IdRole).toString());
    // So does Enter on the current row.
    view->setFocus();
    view->setCurrentIndex(proxy->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.back().front().toString(), proxy->index(1, 0).data(ui::TargetsModel::IdRole).toString());
}

void TargetsPageTest::proposedRevisionAppearsInHistoryAndApprovalChangesValue()
{
    auto page = openPage();
    const int row = rowOf(*page, kJuneTeamId);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, ui::TargetsModel::TargetColumn).data().toString(), QStringLiteral("¥500,000"));

    page->reviseTarget(kJuneTeamId);
    auto *dialog = page->findChild<ui::RevisionDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *value = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("newValueSpinBox"));
    QVERIFY(value);
    QCOMPARE(value->value(), 500000.0);
    value->setValue(420000.0);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
    QVERIFY(reason);
    reason->setCurrentIndex(reason->findText(QStringLiteral("Resource change")));
    QVERIFY(!ok->isEnabled()); // the explanation is required too
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
    QVERIFY(text);
    QTest::keyClicks(text, QStringLiteral("Two reps moved to the new "));
    text->insertPlainText(QStringLiteral("华南 office")); // QTest types Latin-1 only
    QVERIFY(ok->isEnabled());
    screenshot(dialog, QStringLiteral("revision-dialog.png"));

    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    ok->click(); // not approved directly: proposed
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->model()->index(row, ui::TargetsModel::TargetColumn).data().toString(), QStringLiteral("¥500,000"));

    page->showHistory(kJuneTeamId);
    auto *history = page->findChild<ui::RevisionHistoryDialog *>();
    QVERIFY(history);
    auto *table = history->findChild<QTableWidget *>(QStringLiteral("revisionsTableWidget"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ui::RevisionHistoryDialog::ReasonColumn)->text(), QStringLiteral("Resource change"));
    QCOMPARE(table->item(0, ui::RevisionHistoryDialog::ExplanationColumn)->text(),
        QStringLiteral("Two reps moved to the new 华南 office"));
    QCOMPARE(table->item(0, ui::RevisionHistoryDialog::StatusColumn)->text(), QStringLiteral("Proposed"));
    QCOMPARE(table->item(0, ui::RevisionHistoryDialog::ProposedByColumn)->text(), QStringLiteral("manager1"));
    QCOMPARE(table->item(0, ui::RevisionHistoryDialog::NewValueColumn)->text(), QStringLiteral("¥420,000"));
    auto *approve = history->findChild<QPushButton *>(QStringLiteral("approvePushButton"));
    QVERIFY(approve && approve->isEnabled());
    screenshot(history, QStringLiteral("revision-history.png"));

    approve->click();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(table->item(0, ui::RevisionHistoryDialog::StatusColumn)->text(), QStringLiteral("Approved"));
    QVERIFY(!approve->isEnabled());
    QCOMPARE(page->model()->index(page->model()->rowOf(kJuneTeamId), ui::TargetsModel::TargetColumn).data().toString(),
        QStringLiteral("¥420,000"));
}

void TargetsPageTest::exportWritesTheVisibleRows()
{
    auto page = openPage();
    page->findChild<QComboBox *>(QStringLiteral("scopeComboBox"))->setCurrentIndex(1); // company
    const int shown = page->filterModel()->rowCount();
    QVERIFY(shown >= 2);
    const QString path = m_dir.filePath(QStringLiteral("targets.csv"));
    QString error;
    QVERIFY2(page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), shown + 1);
    QVERIFY(bytes.contains("Target,Metric,Scope,Period,Value,Actual,Attainment,Pace,Status"));
    QVERIFY(bytes.contains("Company conversion 2026"));
}

QTEST_MAIN(TargetsPageTest)
void TargetsPageTest::decomposeIsOfferedOnlyForSplittableTargets()
{
    auto page = openPage();
    auto *decompose = page->findChild<QAction *>(QStringLiteral("decomposeAction"));
    QVERIFY(decompose);
    QVERIFY(select(*page, kJuneTeamId)); // team revenue: splits over reps
    QVERIFY(decompose->isEnabled());
    QVERIFY(select(*page, kQ3DealsId)); // a rep: nothing below it
    QVERIFY(!decompose->isEnabled());
    QVERIFY(decompose->toolTip().contains(QStringLiteral("team targets over reps")));
    QVERIFY(select(*page, kConversionId)); // a ratio does not add up
    QVERIFY(!decompose->isEnabled());
    QVERIFY(decompose->toolTip().contains(QStringLiteral("add up")));
}

void TargetsPageTest::managerLocksAndALockedTargetCannotBeRevised()
{
    auto page = openPage();
    auto *lock = page->findChild<QAction *>(QStringLiteral("lockAction"));
    auto *revise = page->findChild<QAction *>(QStringLiteral("reviseAction"));
    QVERIFY(lock && revise);
    QVERIFY(select(*page, kJuneTeamId));
    QVERIFY(lock->isEnabled() && revise->isEnabled());
    QCOMPARE(lock->text(), QStringLiteral("&Lock"));
    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    lock->trigger();
    QVERIFY(loaded.wait(20000));

    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    const auto lockedBy = [&] {
        return storage::scalar(db, QStringLiteral("SELECT locked || ':' || IFNULL(locked_by, '') FROM targets "
                                                  "WHERE id = '%1'").arg(kJuneTeamId)).toString();
    };
    QCOMPARE(lockedBy(), QStringLiteral("1:manager1"));
    // The list shows the lock, and nobody may change the value until it is unlocked.
    const QModelIndex title = page->model()->index(rowOf(*page, kJuneTeamId), ui::TargetsModel::TitleColumn);
    QVERIFY(!title.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(title.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Locked by manager1 on ")));
    QVERIFY(select(*page, kJuneTeamId));
    QVERIFY(!revise->isEnabled());
    QVERIFY(revise->toolTip().startsWith(QStringLiteral("Locked by manager1")));
    QCOMPARE(lock->text(), QStringLiteral("Un&lock"));

    lock->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(lockedBy(), QStringLiteral("0:"));
    QVERIFY(select(*page, kJuneTeamId));
    QVERIFY(revise->isEnabled());
}

void TargetsPageTest::repProposesForTheirOwnTargetsOnly()
{
    auto page = openPage();
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    // The Q3 deals target is for the first rep by name (see initTestCase).
    const QString rep = storage::scalar(db, QStringLiteral("SELECT id FROM reps ORDER BY name LIMIT 1")).toString();
    page->setActor(storage::Actor { QStringLiteral("Rep One"), rep });
    auto *revise = page->findChild<QAction *>(QStringLiteral("reviseAction"));
    auto *lock = page->findChild<QAction *>(QStringLiteral("lockAction"));
    QVERIFY(select(*page, kJuneTeamId)); // the team's target, not theirs
    QVERIFY(!revise->isEnabled());
    QCOMPARE(revise->toolTip(), QStringLiteral("A rep proposes changes to their own targets only."));
    QVERIFY(!lock->isEnabled());
    QVERIFY(select(*page, kQ3DealsId));
    QVERIFY(revise->isEnabled());

    // Their proposal waits for a manager: no "approve directly", and the value stays.
    page->reviseTarget(kQ3DealsId);
    auto *dialog = page->findChild<ui::RevisionDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("approveCheckBox"))->isVisible());
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("newValueSpinBox"))->setValue(9.0);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
    reason->setCurrentIndex(reason->findText(QStringLiteral("Difficulty")));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit")), QStringLiteral("Key account lost"));
    QSignalSpy loaded(page.get(), &ui::TargetsPage::loaded);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(storage::scalar(db, QStringLiteral("SELECT status || ':' || proposed_by || ':' || new_value FROM "
                                                "target_revisions WHERE target_id = '%1'").arg(kQ3DealsId)).toString(),
             QStringLiteral("proposed:Rep One:900"));
    QCOMPARE(storage::scalar(db, QStringLiteral("SELECT value FROM targets WHERE id = '%1'").arg(kQ3DealsId)).toLongLong(),
             1200);
    // Nor can they decide it in the history.
    page->showHistory(kQ3DealsId);
    auto *history = page->findChild<ui::RevisionHistoryDialog *>();
    QVERIFY(history);
    QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("approvePushButton"))->isVisible());
}

void TargetsPageTest::riskModelListsExactlyTheTargetsInTrouble()
{
    auto page = openPage();
    ui::RiskModel risks(*page->model());
    QAbstractItemModelTester tester(&risks, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Expected: each stored target judged by the engine on its own, not through the list.
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    storage::LoadedSales loaded = storage::SalesDataRepository(db).load(QStringLiteral("CNY"));
    const std::vector<storage::StoredTarget> stored = storage::TargetRepository(db).loadStored(loaded.ids);
    const engine::PreparedSales sales(std::move(loaded.data), "CNY", storage::ExchangeRateRepository(db).load(),
                                      engine::ExchangeRates::Fallback::LatestEarlier);
    engine::KpiSettings settings;
    settings.asOf = kAsOf;
    settings.trailingDays = ui::kTrailingDays;
    QSet<QString> expected;
    for (const storage::StoredTarget &target : stored) {
        const engine::Status status = engine::computeKpi(target.target, sales, settings).status;
        if (status == engine::Status::AtRisk || status == engine::Status::OffTrack)
            expected.insert(QString::fromStdString(target.target.id));
    }
    QVERIFY(!expected.isEmpty());
    QSet<QString> listed;
    bool seenAtRisk = false;
    for (int row = 0; row < risks.rowCount(); ++row) {
        listed.insert(risks.index(row, 0).data(ui::RiskModel::IdRole).toString());
        const QString status = risks.index(row, ui::RiskModel::StatusColumn).data().toString();
        QVERIFY(status == QLatin1String("At risk") || status == QLatin1String("Off track"));
        // Off track first: once an at-risk row is seen, no off-track row follows.
        QVERIFY(!(seenAtRisk && status == QLatin1String("Off track")));
        seenAtRisk = seenAtRisk || status == QLatin1String("At risk");
        QVERIFY(!risks.index(row, ui::RiskModel::WhyColumn).data().toString().isEmpty());
        QVERIFY(risks.index(row, ui::RiskModel::SinceColumn).data().toString().contains(QStringLiteral("day")));
    }
    QCOMPARE(listed, expected);

    // Narrowed to company targets (the dashboard's scope filter), only those stay.
    risks.setFilter([](const ui::TargetRow &row) { return row.scopeKind == QLatin1String("company"); });
    for (int row = 0; row < risks.rowCount(); ++row)
        QVERIFY(risks.row(row)->scopeKind == QLatin1String("company"));
    QVERIFY(risks.rowCount() < static_cast<int>(expected.size()));
}

#include "TargetsPageTest.moc"
