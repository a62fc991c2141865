// The feedback page offscreen on a small demo database: its CSAT tile and by-customer/by-rep
// tables against plain SQL over the same records, recording and resolving a complaint through
// the dialogs, undo, and a rep's view.
#include "app/FeedbackPage.h"
#include "app/AppSettings.h"
#include "app/CsatSummaryWidget.h"
#include "app/CsatTableModel.h"
#include "app/FeedbackDialog.h"
#include "app/FeedbackFilterModel.h"
#include "app/FeedbackModel.h"
#include "app/MainWindow.h"
#include "app/ResolveComplaintDialog.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace attain;

namespace {

const engine::Date kAsOf = engine::makeDate(2026, 6, 30);
// "This quarter" on kAsOf.
const QString kFirst = QStringLiteral("2026-04-01");
const QString kLast = QStringLiteral("2026-06-30");

/// "3.67 / 5" from a sum and count of scores, rounded half up as the page must.
QString csatOf(qint64 sum, qint64 count)
{
    return QStringLiteral("%1 / 5").arg(
        QString::number(static_cast<double>((sum * 200 + count) / (2 * count)) / 100.0, 'f', 2));
}

} // namespace

class FeedbackPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tilesAndTablesShowTheCsatOfTheRecords();
    void pickingARepNarrowsTheList();
    void recordResolveAndUndoAComplaint();
    void aRepSeesOnlyTheirOwnFeedback();
    void theMainWindowShowsThePageAsTheWorkingRep();
    void namesakeCustomersKeepTheirOwnFeedback();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("test.attain")); }
    [[nodiscard]] QVariant sql(const QString &query) const;
    std::unique_ptr<ui::FeedbackPage> openPage();
    static bool waitForLoad(ui::FeedbackPage &page);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
};

void FeedbackPageTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 6;
    spec.years = 1;
    spec.seed = 5;
    spec.asOf = kAsOf;
    QCOMPARE(storage::createDemoDatabase(m_dir.filePath(QStringLiteral("master.attain")), spec).status,
        storage::DemoDatabaseResult::Status::Created);
}

void FeedbackPageTest::init()
{
    m_database.reset();
    QFile::remove(dbPath());
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("master.attain")), dbPath()));
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    m_database = std::move(opened.database);
}

QVariant FeedbackPageTest::sql(const QString &query) const
{
    return storage::scalar(m_database->connection(),
        QString(query).replace(
            QStringLiteral("$PERIOD"), QStringLiteral("received_on BETWEEN '%1' AND '%2'").arg(kFirst, kLast)));
}

bool FeedbackPageTest::waitForLoad(ui::FeedbackPage &page)
{
    QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
    return loaded.wait(20000);
}

std::unique_ptr<ui::FeedbackPage> FeedbackPageTest::openPage()
{
    auto page = std::make_unique<ui::FeedbackPage>();
    page->resize(1280, 760);
    page->setActor({ QStringLiteral("manager1"), {} });
    page->setAsOf(kAsOf);
    page->show();
    QSignalSpy loaded(page.get(), &ui::FeedbackPage::loaded);
    page->setDatabasePath(dbPath());
    if (!loaded.wait(20000))
        qWarning("feedback did not load");
    return page;
}

void FeedbackPageTest::screenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(widget->grab().save(QDir(shots).filePath(name)));
}

void FeedbackPageTest::tilesAndTablesShowTheCsatOfTheRecords()
{
    auto page = openPage();
    const qint64 sum = sql(QStringLiteral("SELECT sum(score) FROM feedback WHERE $PERIOD")).toLongLong();
    const qint64 count = sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD")).toLongLong();
    QVERIFY2(count > 10, "the demo should have feedback this quarter");
    QCOMPARE(page->summaryWidget()->csatText(), csatOf(sum, count));
    QCOMPARE(page->summaryWidget()->responsesText(), QStringLiteral("Responses: %1").arg(QLocale().toString(count)));
    QCOMPARE(page->summaryWidget()->openComplaintsText(),
        sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD AND complaint <> 0 AND resolved = 0"))
            .toString());
    QCOMPARE(page->model()->rowCount(), static_cast<int>(count));

    QAbstractItemModelTester customerTester(
        page->customerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->customerModel()->rowCount(),
        sql(QStringLiteral("SELECT count(DISTINCT customer_id) FROM feedback WHERE $PERIOD")).toInt());
    // Every customer's and every rep's row against its own records.
    for (int row = 0; row < page->customerModel()->rowCount(); ++row) {
        const QString id = page->customerModel()->index(row, 0).data(ui::CsatTableModel::IdRole).toString();
        const QString where = QStringLiteral(" FROM feedback WHERE $PERIOD AND customer_id = '%1'").arg(id);
        const qint64 s = sql(QStringLiteral("SELECT sum(score)") + where).toLongLong();
        const qint64 n = sql(QStringLiteral("SELECT count(*)") + where).toLongLong();
        QCOMPARE(page->customerModel()->index(row, ui::CsatTableModel::CsatColumn).data().toString()
                + QStringLiteral(" / 5"),
            csatOf(s, n));
        QCOMPARE(page->customerModel()->index(row, ui::CsatTableModel::ResponsesColumn).data().toLongLong(), n);
        QCOMPARE(page->customerModel()->index(row, ui::CsatTableModel::OpenColumn).data().toLongLong(),
            sql(QStringLiteral("SELECT count(*)") + where + QStringLiteral(" AND complaint <> 0 AND resolved = 0"))
                .toLongLong());
    }
    QCOMPARE(page->repModel()->rowCount(),
        sql(QStringLiteral("SELECT count(DISTINCT rep_id) FROM feedback WHERE $PERIOD")).toInt());
    for (int row = 0; row < page->repModel()->rowCount(); ++row) {
        const QString id = page->repModel()->index(row, 0).data(ui::CsatTableModel::IdRole).toString();
        QCOMPARE(page->repModel()->index(row, 0).data().toString(),
            sql(QStringLiteral("SELECT name FROM reps WHERE id = '%1'").arg(id)).toString());
        const QString where = QStringLiteral(" FROM feedback WHERE $PERIOD AND rep_id = '%1'").arg(id);
        QCOMPARE(
            page->repModel()->index(row, ui::CsatTableModel::CsatColumn).data().toString() + QStringLiteral(" / 5"),
            csatOf(sql(QStringLiteral("SELECT sum(score)") + where).toLongLong(),
                sql(QStringLiteral("SELECT count(*)") + where).toLongLong()));
    }
    // The score column reads as stars and a number.
    const int scoreRow = 0;
    const QString stars = page->model()->index(scoreRow, ui::FeedbackModel::ScoreColumn).data().toString();
    const int score = page->model()->entry(scoreRow)->score;
    QCOMPARE(stars,
        QString(score, QChar(0x2605)) + QString(5 - score, QChar(0x2606)) + QLatin1Char(' ') + QString::number(score));
    screenshot(page.get(), QStringLiteral("feedback.png"));
}

void FeedbackPageTest::pickingARepNarrowsTheList()
{
    auto page = openPage();
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("breakdownTabWidget"));
    auto *byRep = page->findChild<QTableView *>(QStringLiteral("byRepTableView"));
    QVERIFY(tabs && byRep);
    tabs->setCurrentWidget(byRep);
    byRep->selectRow(0);
    const QString repId = byRep->currentIndex().data(ui::CsatTableModel::IdRole).toString();
    QCOMPARE(page->filterModel()->rowCount(),
        sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD AND rep_id = '%1'").arg(repId)).toInt());
    for (int row = 0; row < page->filterModel()->rowCount(); ++row)
        QCOMPARE(page->filterModel()->index(row, 0).data(ui::FeedbackModel::RepIdRole).toString(), repId);
    // Complaints only narrows further; Show All brings back every record of the period.
    page->findChild<QCheckBox *>(QStringLiteral("complaintsOnlyCheckBox"))->setChecked(true);
    QCOMPARE(page->filterModel()->rowCount(),
        sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD AND rep_id = '%1' AND complaint <> 0")
                .arg(repId))
            .toInt());
    page->findChild<QCheckBox *>(QStringLiteral("complaintsOnlyCheckBox"))->setChecked(false);
    page->findChild<QPushButton *>(QStringLiteral("showAllPushButton"))->click();
    QCOMPARE(page->filterModel()->rowCount(), page->model()->rowCount());
}

void FeedbackPageTest::recordResolveAndUndoAComplaint()
{
    auto page = openPage();
    const QString openBefore = page->summaryWidget()->openComplaintsText();
    const int rowsBefore = page->model()->rowCount();
    const QString customer = sql(QStringLiteral("SELECT name FROM customers ORDER BY name LIMIT 1")).toString();
    const QString rep = sql(QStringLiteral("SELECT name FROM reps ORDER BY name LIMIT 1")).toString();

    page->recordFeedback();
    auto *dialog = page->findChild<ui::FeedbackDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no customer, no score yet
    // Demo names are Chinese: typed as text rather than key by key.
    dialog->findChild<QComboBox *>(QStringLiteral("customerComboBox"))->lineEdit()->setText(customer);
    auto *repBox = dialog->findChild<QComboBox *>(QStringLiteral("repComboBox"));
    repBox->setCurrentIndex(repBox->findText(rep));
    dialog->findChild<QDateEdit *>(QStringLiteral("receivedOnDateEdit"))->setDate(QDate(2026, 6, 25));
    auto *score = dialog->findChild<QSpinBox *>(QStringLiteral("scoreSpinBox"));
    score->setFocus();
    score->selectAll();
    QTest::keyClick(score, Qt::Key_2);
    QCOMPARE(score->value(), 2);
    dialog->findChild<QCheckBox *>(QStringLiteral("complaintCheckBox"))->setChecked(true);
    QTest::keyClicks(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesTextEdit")), QStringLiteral("Late delivery"));
    QVERIFY(ok->isEnabled());
    // Enter on the score submits the form.
    score->setFocus();
    QTest::keyClick(score, Qt::Key_Return);
    QVERIFY(waitForLoad(*page));

    QCOMPARE(page->model()->rowCount(), rowsBefore + 1);
    QCOMPARE(page->summaryWidget()->openComplaintsText(), QString::number(openBefore.toInt() + 1));
    const qint64 sum = sql(QStringLiteral("SELECT sum(score) FROM feedback WHERE $PERIOD")).toLongLong();
    const qint64 count = sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD")).toLongLong();
    QCOMPARE(page->summaryWidget()->csatText(), csatOf(sum, count));
    const QString id = sql(QStringLiteral("SELECT id FROM feedback WHERE notes = 'Late delivery'")).toString();
    const int row = page->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, ui::FeedbackModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(page->model()->entry(row)->customerName, customer);

    // Resolve it five days later.
    page->tableView()->setCurrentIndex(page->filterModel()->mapFromSource(page->model()->index(row, 0)));
    page->resolveSelected();
    auto *resolve = page->findChild<ui::ResolveComplaintDialog *>();
    QVERIFY(resolve);
    QVERIFY(QTest::qWaitForWindowExposed(resolve));
    QTest::keyClicks(resolve->findChild<QPlainTextEdit *>(QStringLiteral("resolutionTextEdit")),
        QStringLiteral("Refunded shipping"));
    QVERIFY(resolve->findChild<QCheckBox *>(QStringLiteral("resolvedCheckBox"))->isChecked());
    resolve->findChild<QDateEdit *>(QStringLiteral("resolvedOnDateEdit"))->setDate(QDate(2026, 6, 30));
    resolve->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(waitForLoad(*page));
    QCOMPARE(page->model()->index(page->model()->rowOf(id), ui::FeedbackModel::StatusColumn).data().toString(),
        QStringLiteral("Resolved"));
    QCOMPARE(page->summaryWidget()->openComplaintsText(), openBefore);
    const qint64 days
        = sql(QStringLiteral("SELECT sum(julianday(resolved_on) - julianday(received_on)) FROM feedback "
                             "WHERE $PERIOD AND complaint <> 0 AND resolved <> 0 AND resolved_on IS NOT NULL"))
              .toLongLong();
    const qint64 resolved = sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD AND complaint <> 0 "
                                               "AND resolved <> 0 AND resolved_on IS NOT NULL"))
                                .toLongLong();
    QCOMPARE(page->summaryWidget()->meanDaysText(),
        QStringLiteral("%1 days").arg(
            QString::number(static_cast<double>((days * 20 + resolved) / (2 * resolved)) / 10.0, 'f', 1)));

    // Undo the resolution, then the recording; redo brings the complaint back, open.
    QCOMPARE(page->undoStack()->count(), 2);
    page->undoStack()->undo();
    QVERIFY(waitForLoad(*page));
    QCOMPARE(page->model()->index(page->model()->rowOf(id), ui::FeedbackModel::StatusColumn).data().toString(),
        QStringLiteral("Open"));
    QCOMPARE(page->summaryWidget()->openComplaintsText(), QString::number(openBefore.toInt() + 1));
    page->undoStack()->undo();
    QVERIFY(waitForLoad(*page));
    QCOMPARE(page->model()->rowCount(), rowsBefore);
    QCOMPARE(page->model()->rowOf(id), -1);
    QCOMPARE(page->summaryWidget()->openComplaintsText(), openBefore);
    page->undoStack()->redo();
    QVERIFY(waitForLoad(*page));
    QVERIFY(page->model()->rowOf(id) >= 0);
    QCOMPARE(sql(QStringLiteral("SELECT resolved FROM feedback WHERE id = '%1'").arg(id)).toInt(), 0);

    // Delete (the Delete key on the list) and undo it: the same record comes back.
    page->tableView()->setCurrentIndex(
        page->filterModel()->mapFromSource(page->model()->index(page->model()->rowOf(id), 0)));
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_Delete);
    QVERIFY(waitForLoad(*page));
    QCOMPARE(page->model()->rowOf(id), -1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM feedback WHERE id = '%1'").arg(id)).toInt(), 0);
    page->undoStack()->undo();
    QVERIFY(waitForLoad(*page));
    QCOMPARE(sql(QStringLiteral("SELECT notes FROM feedback WHERE id = '%1'").arg(id)).toString(),
        QStringLiteral("Late delivery"));
}

void FeedbackPageTest::aRepSeesOnlyTheirOwnFeedback()
{
    auto page = openPage();
    const QString repId = sql(QStringLiteral("SELECT rep_id FROM feedback WHERE $PERIOD GROUP BY rep_id "
                                             "ORDER BY count(*) DESC LIMIT 1"))
                              .toString();
    const QString name = sql(QStringLiteral("SELECT name FROM reps WHERE id = '%1'").arg(repId)).toString();
    QSignalSpy loaded(page.get(), &ui::FeedbackPage::loaded);
    page->setActor({ name, repId });
    QVERIFY(loaded.wait(20000));
    const int own
        = sql(QStringLiteral("SELECT count(*) FROM feedback WHERE $PERIOD AND rep_id = '%1'").arg(repId)).toInt();
    QVERIFY(own > 0);
    QCOMPARE(page->model()->rowCount(), own);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->entry(row)->repId, repId);
    QCOMPARE(page->repModel()->rowCount(), 1);
    QCOMPARE(page->summaryWidget()->csatText(),
        csatOf(sql(QStringLiteral("SELECT sum(score) FROM feedback WHERE $PERIOD AND rep_id = '%1'").arg(repId))
                   .toLongLong(),
            own));
    page->recordFeedback();
    auto *dialog = page->findChild<ui::FeedbackDialog *>();
    QVERIFY(dialog);
    auto *repBox = dialog->findChild<QComboBox *>(QStringLiteral("repComboBox"));
    QVERIFY(!repBox->isEnabled());
    QCOMPARE(repBox->currentData().toString(), repId);
    dialog->reject();
}

void FeedbackPageTest::theMainWindowShowsThePageAsTheWorkingRep()
{
    const QString repId
        = sql(QStringLiteral("SELECT rep_id FROM feedback GROUP BY rep_id ORDER BY count(*) DESC LIMIT 1")).toString();
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    settings.setWorkingAsRep(dbPath(), repId);
    ui::MainWindow window(settings, m_dir.filePath(QStringLiteral("attain.log")));
    window.show();
    QString error;
    QVERIFY2(window.openDatabase(dbPath(), &error), qPrintable(error));
    ui::FeedbackPage *page = window.feedbackPage();
    QVERIFY(page);
    QCOMPARE(page->actor().repId, repId);
    QSignalSpy loaded(page, &ui::FeedbackPage::loaded);
    // Go ▸ Feedback (Ctrl+7) brings the page up; it loads when shown.
    QAction *go = window.findChild<QAction *>(QStringLiteral("goFeedbackAction"));
    QVERIFY(go);
    QCOMPARE(go->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_7));
    go->trigger();
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"))->currentWidget(), page);
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"))->currentItem()->text(),
        QStringLiteral("Feedback"));
    QVERIFY(loaded.wait(20000));
    // The window's today is the real one, after the demo's data: look at all of it.
    page->setPeriodPreset(ui::FeedbackPage::PeriodPreset::AllDates);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->model()->rowCount(),
        sql(QStringLiteral("SELECT count(*) FROM feedback WHERE rep_id = '%1'").arg(repId)).toInt());
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->entry(row)->repId, repId);
}

// Two customers may share a name (two branches of one company): the dialog keeps the one that
// was chosen or that the edited feedback has, not the first of that name.
void FeedbackPageTest::namesakeCustomersKeepTheirOwnFeedback()
{
    const std::vector<storage::FeedbackCustomer> customers { { QStringLiteral("c-north"), QStringLiteral("Sinopec") },
        { QStringLiteral("c-south"), QStringLiteral("Sinopec") } };
    const storage::Actor manager { QStringLiteral("Boss"), {} };
    storage::FeedbackDraft initial;
    initial.customerId = QStringLiteral("c-south");
    initial.receivedOn = engine::makeDate(2026, 11, 20);
    initial.score = 4;
    ui::FeedbackDialog edit(customers, {}, manager, engine::makeDate(2026, 11, 25), initial);
    QCOMPARE(edit.draft().customerId, QStringLiteral("c-south"));

    ui::FeedbackDialog record(customers, {}, manager, engine::makeDate(2026, 11, 25), std::nullopt);
    auto *combo = record.findChild<QComboBox *>(QStringLiteral("customerComboBox"));
    QVERIFY(combo);
    const int south = combo->findData(QStringLiteral("c-south"));
    QVERIFY(south >= 0);
    combo->setCurrentIndex(south);
    QCOMPARE(record.draft().customerId, QStringLiteral("c-south"));
}

QTEST_MAIN(FeedbackPageTest)
#include "FeedbackPageTest.moc"
