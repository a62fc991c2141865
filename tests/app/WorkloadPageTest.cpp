// The workload page against the hand-computed fixture of tests/storage/WorkloadFixture.cpp,
// shown for the four weeks 2026-W45 … W48 as of Sunday 2026-11-29 (every week whole). By hand,
// norm 10 activities and 480 minutes a week (20 workdays = 1,920 minutes over the range):
//   Ann 17 activities (the call of 15 Nov is in W46 now), 690 min: 690/1920 = 35.94 % → Idle.
//   Bo  22 activities, 1,300 min: 1300/1920 = 67.71 % → Light.
//   Cy  20 activities,   600 min:  600/1920 = 31.25 % → Idle.
//   Dee  2 activities,    20 min over 3 workdays: 20/288 = 6.94 % → Idle.
// Team mean (3594 + 6771 + 3125 + 694) / 4 = 3546 bp → "35 %"; East only (Ann, Bo, Dee):
// 11059 / 3 = 3686 bp → "37 %".
#include "app/ActivityScatterWidget.h"
#include "app/WorkloadModel.h"
#include "app/WorkloadPage.h"
#include "app/WorkloadResultsPanel.h"
#include "app/WorkloadSummary.h"
#include "app/WorkloadText.h"
#include "storage/Database.h"

#include "../storage/WorkloadFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace attain;

class WorkloadPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void gridShowsTheFixturesFiguresClassesAndSummary();
    void changingTheWeeksRangeReloads();
    void editingNormsChangesClassesAndUndoRestoresThem();
    void repModeShowsOnlyTheRepsRowAndTheTeamMean();
    void cellColoursKeepTheTextReadableInLightAndDarkThemes();

private:
    void open(const storage::Actor &actor = {});
    void selectWeeks(int weeks);
    [[nodiscard]] int rowOf(const QString &name) const;
    [[nodiscard]] QString text(const QString &name, int column) const;
    void screenshot(const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::WorkloadPage> m_page;
};

void WorkloadPageTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("workload-%1.attain").arg(QLatin1String(QTest::currentTestFunction())));
    auto opened = storage::Database::open(m_path, storage::Database::Mode::CreateIfMissing);
    QVERIFY2(opened.database, qPrintable(opened.message));
    storage::test::seedWorkloadFixture(opened.database->connection());
}

void WorkloadPageTest::cleanup()
{
    m_page.reset();
}

void WorkloadPageTest::open(const storage::Actor &actor)
{
    m_page = std::make_unique<ui::WorkloadPage>();
    m_page->resize(1200, 760);
    m_page->setAsOf(engine::makeDate(2026, 11, 29));
    m_page->setActor(actor);
    QSignalSpy loaded(m_page.get(), &ui::WorkloadPage::loaded);
    m_page->setDatabasePath(m_path);
    selectWeeks(4);
    m_page->show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->data().error.isEmpty());
}

void WorkloadPageTest::selectWeeks(int weeks)
{
    QComboBox *combo = m_page->weeksComboBox();
    const int index = combo->findData(weeks);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    if (m_page->isVisible())
        Q_EMIT combo->activated(index);
}

int WorkloadPageTest::rowOf(const QString &name) const
{
    const ui::WorkloadModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, 0)).toString() == name)
            return row;
    return -1;
}

QString WorkloadPageTest::text(const QString &name, int column) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : m_page->model()->data(m_page->model()->index(row, column)).toString();
}

void WorkloadPageTest::screenshot(const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->grab().save(QDir(shots).filePath(name)));
}

void WorkloadPageTest::gridShowsTheFixturesFiguresClassesAndSummary()
{
    open();
    ui::WorkloadModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4); // Ann, Bo, Cy, Dee: Old had left, Boss is a manager
    QCOMPARE(model->weekCount(), 4);
    QCOMPARE(model->headerData(model->firstWeekColumn(), Qt::Horizontal).toString(), QStringLiteral("W45\n2 Nov"));
    const int w47 = model->firstWeekColumn() + 2, w48 = w47 + 1;
    // Ann's W47: 8 calls × 10 min + 2 visits × 90 min = 10 activities, 260 min = 4.3 h.
    QCOMPARE(text(QStringLiteral("Ann"), w47), QStringLiteral("10 · 4.3 h"));
    const QString tip = model->data(model->index(rowOf(QStringLiteral("Ann")), w47), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Call: 8 · 1.3 h")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Visit: 2 · 3.0 h")), qPrintable(tip));
    // Bo's W48: 14 activities, 500 minutes (8.3 h) against 480: 104 %, balanced (no mark).
    QCOMPARE(text(QStringLiteral("Bo"), w48), QStringLiteral("14 · 8.3 h"));
    // Dee had not joined in W47.
    QCOMPARE(text(QStringLiteral("Dee"), w47), QStringLiteral("–"));
    QCOMPARE(text(QStringLiteral("Ann"), model->loadColumn()), QStringLiteral("36 %"));
    QCOMPARE(text(QStringLiteral("Bo"), model->loadColumn()), QStringLiteral("68 %"));
    QCOMPARE(text(QStringLiteral("Cy"), model->loadColumn()), QStringLiteral("31 %"));
    QCOMPARE(text(QStringLiteral("Dee"), model->loadColumn()), QStringLiteral("7 %"));
    QCOMPARE(text(QStringLiteral("Bo"), model->classColumn()), QStringLiteral("Light"));
    QCOMPARE(text(QStringLiteral("Ann"), model->classColumn()), QStringLiteral("Idle ▼"));
    // Mean hours a week: Bo 1,300 min / 4 weeks = 325 min = 5.4 h; Dee 20 min / 0.6 week = 0.6 h.
    QCOMPARE(text(QStringLiteral("Bo"), model->meanHoursColumn()), QStringLiteral("5.4 h"));
    QCOMPARE(text(QStringLiteral("Dee"), model->meanHoursColumn()), QStringLiteral("0.6 h"));
    // The highest load first.
    QCOMPARE(m_page->tableView()->model()->index(0, 0).data().toString(), QStringLiteral("Bo"));

    ui::WorkloadSummary *summary = m_page->summary();
    QVERIFY2(summary->meanLabel()->text().startsWith(QStringLiteral("35 %")), qPrintable(summary->meanLabel()->text()));
    QCOMPARE(summary->overloadedLabel()->text(), QStringLiteral("Nobody"));
    QCOMPARE(summary->idleLabel()->text(), QStringLiteral("Dee (7 %), Cy (31 %), Ann (36 %)"));
    // Activities 17, 22, 20, 2 against revenue 1.5M, 3M, 9M, 0: four points, a correlation.
    QCOMPARE(m_page->resultsPanel()->scatter()->series()->count(), 4);
    // Opening a rep from the chart selects their row.
    Q_EMIT m_page->resultsPanel()->scatter()->repActivated(QStringLiteral("r-cy"));
    QCOMPARE(m_page->tableView()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Cy"));
    QVERIFY2(m_page->resultsPanel()->correlationLabel()->text().contains(QStringLiteral("r = ")),
             qPrintable(m_page->resultsPanel()->correlationLabel()->text()));
    screenshot(QStringLiteral("workload-page.png"));
}

void WorkloadPageTest::changingTheWeeksRangeReloads()
{
    open();
    QSignalSpy loaded(m_page.get(), &ui::WorkloadPage::loaded);
    selectWeeks(8);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->model()->weekCount(), 8);
    QCOMPARE(m_page->model()->columnCount(), 12);
    // Ann: 690 minutes over 8 weeks (3,840 minutes of norm) = 17.97 % → "18 %".
    QCOMPARE(text(QStringLiteral("Ann"), m_page->model()->loadColumn()), QStringLiteral("18 %"));
    // The team filter reloads too: West is Cy alone.
    QComboBox *team = m_page->teamComboBox();
    const int west = team->findText(QStringLiteral("West team"));
    QVERIFY(west > 0);
    team->setCurrentIndex(west);
    Q_EMIT team->activated(west);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(text(QStringLiteral("Cy"), 0), QStringLiteral("Cy"));
}

void WorkloadPageTest::editingNormsChangesClassesAndUndoRestoresThem()
{
    open();
    QVERIFY(m_page->normsButton()->isEnabled());
    QSignalSpy loaded(m_page.get(), &ui::WorkloadPage::loaded);
    engine::WorkloadNorms norms;
    norms.total = {10, 240};
    QVERIFY(m_page->applyNorms(norms));
    QVERIFY(loaded.wait(10000));
    // Against 960 minutes: Ann 690 → 71.88 % Light; Bo 1,300 → 135.42 % Overloaded;
    // Cy 600 → 62.5 % Light; Dee 20 / 144 → 13.89 % Idle.
    const ui::WorkloadModel *model = m_page->model();
    QCOMPARE(text(QStringLiteral("Ann"), model->classColumn()), QStringLiteral("Light"));
    QCOMPARE(text(QStringLiteral("Bo"), model->classColumn()), QStringLiteral("Overloaded ▲"));
    QCOMPARE(text(QStringLiteral("Bo"), model->loadColumn()), QStringLiteral("135 %"));
    QCOMPARE(text(QStringLiteral("Dee"), model->classColumn()), QStringLiteral("Idle ▼"));
    QCOMPARE(m_page->summary()->overloadedLabel()->text(), QStringLiteral("Bo (135 %)"));
    QCOMPARE(m_page->data().norms.total, norms.total);

    m_page->undoStack()->undo();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->data().norms.total, (engine::WorkloadNorm {10, 480}));
    QCOMPARE(text(QStringLiteral("Bo"), model->classColumn()), QStringLiteral("Light"));
}

void WorkloadPageTest::repModeShowsOnlyTheRepsRowAndTheTeamMean()
{
    open(storage::Actor {QStringLiteral("Bo"), QStringLiteral("r-bo")});
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(text(QStringLiteral("Bo"), 0), QStringLiteral("Bo"));
    QCOMPARE(text(QStringLiteral("Bo"), m_page->model()->loadColumn()), QStringLiteral("68 %"));
    // The East team's mean (Ann, Bo, Dee), nobody's name.
    QVERIFY2(m_page->summary()->meanLabel()->text().startsWith(QStringLiteral("37 %")),
             qPrintable(m_page->summary()->meanLabel()->text()));
    QVERIFY(!m_page->summary()->idleLabel()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->summary()->overloadedLabel()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->resultsPanel()->scatter()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->normsButton()->isEnabled());
    QVERIFY(!m_page->teamComboBox()->isEnabled());
    screenshot(QStringLiteral("workload-page-rep.png"));
}

namespace {

/// WCAG relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void WorkloadPageTest::cellColoursKeepTheTextReadableInLightAndDarkThemes()
{
    QPalette light, dark;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::Text, QColor(0xF0, 0xF0, 0xF0));
    for (const auto loadClass : {engine::LoadClass::Idle, engine::LoadClass::Light, engine::LoadClass::Balanced,
                                 engine::LoadClass::Overloaded}) {
        for (const QPalette &palette : {light, dark}) {
            const QColor tint = ui::loadClassTint(loadClass, palette);
            // WCAG AA for normal text, and visibly coloured (not the plain base).
            QVERIFY2(contrast(tint, palette.color(QPalette::Text)) >= 4.5, qPrintable(tint.name()));
            QVERIFY(tint != palette.color(QPalette::Base));
        }
    }
}

QTEST_MAIN(WorkloadPageTest)
#include "WorkloadPageTest.moc"
