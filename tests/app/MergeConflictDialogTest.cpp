// The conflict dialog of a rep data pack import, the import through the UI path, and a rep
// database opened in the main window.
#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "app/MergeConflictDialog.h"
#include "app/PackImportTask.h"
#include "app/RepPackActions.h"
#include "app/TargetsPage.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/pack/PackExport.h"
#include "storage/pack/RepDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace attain;
namespace pack = storage::pack;

class MergeConflictDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheDifferingFieldsAndReturnsEachChoice();
    void importKeepsMineWhenAsked();
    void importTakesTheirsWhenAsked();
    void secondImportSaysNothingChanged();
    void repDatabaseWorksAsItsRep();

private:
    struct Scenario
    {
        QString database, repDatabase, pack, activity;
    };
    /// A copy of the demo company, Li's rep database from it, one activity whose notes were
    /// edited on both sides, and the rep's pack.
    Scenario conflictingEdits(const QString &name);
    /// Runs the UI import of `scenario`, clicking `button` in each conflict dialog.
    ui::PackImportOutcome importClicking(const Scenario &scenario, const QString &button, int *dialogs);
    static QString notes(const QString &database, const QString &activity);
    static void setNotes(const QString &database, const QString &activity, const QString &notes);

    QTemporaryDir m_dir;
    QString m_demo;
    const storage::Actor m_manager{QStringLiteral("Boss"), {}};
};

void MergeConflictDialogTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    engine::demo::Spec spec;
    spec.reps = 4;
    spec.years = 1;
    spec.seed = 7;
    spec.asOf = engine::makeDate(2026, 11, 25);
    m_demo = m_dir.filePath(QStringLiteral("demo.attain"));
    QCOMPARE(storage::createDemoDatabase(m_demo, spec).status, storage::DemoDatabaseResult::Status::Created);
}

QString MergeConflictDialogTest::notes(const QString &database, const QString &activity)
{
    auto opened = storage::Database::open(database, storage::Database::Mode::OpenExisting);
    QSqlQuery query(opened.database->connection());
    query.prepare(QStringLiteral("SELECT notes FROM activities WHERE id = ?"));
    query.addBindValue(activity);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("(missing)");
}

void MergeConflictDialogTest::setNotes(const QString &database, const QString &activity, const QString &notes)
{
    auto opened = storage::Database::open(database, storage::Database::Mode::OpenExisting);
    QSqlQuery query(opened.database->connection());
    query.prepare(QStringLiteral("UPDATE activities SET notes = ?, updated_at = '2026-11-25T09:00:00Z' WHERE id = ?"));
    query.addBindValue(notes);
    query.addBindValue(activity);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

MergeConflictDialogTest::Scenario MergeConflictDialogTest::conflictingEdits(const QString &name)
{
    Scenario scenario{m_dir.filePath(name + QStringLiteral(".attain")), m_dir.filePath(name + QStringLiteral("-rep.attain")),
                      m_dir.filePath(name + QStringLiteral(".attainpack")), {}};
    if (!QFile::copy(m_demo, scenario.database))
        qFatal("cannot copy the demo database");
    {
        auto opened = storage::Database::open(scenario.database, storage::Database::Mode::OpenExisting);
        const QSqlDatabase db = opened.database->connection();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT rep_id, id FROM activities ORDER BY rep_id, id LIMIT 1"));
        query.next();
        const QString rep = query.value(0).toString();
        scenario.activity = query.value(1).toString();
        query.finish();
        pack::createRepDatabase(db, rep, scenario.repDatabase, storage::Actor {QStringLiteral("Boss"), {}});
    }
    setNotes(scenario.database, scenario.activity, QStringLiteral("manager: call back Monday"));
    setNotes(scenario.repDatabase, scenario.activity, QStringLiteral("rep: quote sent"));
    auto rep = storage::Database::open(scenario.repDatabase, storage::Database::Mode::OpenExisting);
    pack::exportPack(rep.database->connection(), scenario.pack);
    return scenario;
}

ui::PackImportOutcome MergeConflictDialogTest::importClicking(const Scenario &scenario, const QString &button, int *dialogs)
{
    QTimer clicker;
    QObject::connect(&clicker, &QTimer::timeout, &clicker, [&] {
        if (auto *dialog = qobject_cast<ui::MergeConflictDialog *>(QApplication::activeModalWidget())) {
            ++*dialogs;
            dialog->findChild<QPushButton *>(button)->click();
        }
    });
    clicker.start(50);
    return ui::importPackWithProgress(nullptr, scenario.database, scenario.pack, m_manager);
}

void MergeConflictDialogTest::listsTheDifferingFieldsAndReturnsEachChoice()
{
    pack::MergeConflict conflict;
    conflict.kind = pack::RecordKind::Activity;
    conflict.recordId = QStringLiteral("00000000-0000-4000-8000-000000000040");
    const QJsonObject base{{QStringLiteral("id"), conflict.recordId}, {QStringLiteral("type"), QStringLiteral("call")},
                           {QStringLiteral("occurred_on"), QStringLiteral("2026-11-02")},
                           {QStringLiteral("customer_id"), QStringLiteral("c-acme")},
                           {QStringLiteral("rep_id"), QStringLiteral("r-li")},
                           {QStringLiteral("outcome"), QStringLiteral("interested")},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T09:00:00Z")},
                           {QStringLiteral("minutes"), 20}, {QStringLiteral("notes"), QStringLiteral("asked for a quote")}};
    conflict.local = pack::canonical(conflict.kind, base);
    QJsonObject incoming = base;
    incoming.insert(QStringLiteral("minutes"), 35);
    incoming.insert(QStringLiteral("notes"), QStringLiteral("quote sent"));
    incoming.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-24T16:30:00Z"));
    conflict.incoming = pack::canonical(conflict.kind, incoming);
    conflict.fields = pack::differingFields(conflict.kind, conflict.local, conflict.incoming);
    const QHash<QString, QString> names{{QStringLiteral("c-acme"), QStringLiteral("Acme")},
                                        {QStringLiteral("r-li"), QStringLiteral("Li Na")}};

    const auto open = [&](int remaining) {
        return std::make_unique<ui::MergeConflictDialog>(conflict, QStringLiteral("Li Na"), remaining, names);
    };
    auto dialog = open(2);
    // The edit times differ too, but an edit time is not content.
    QCOMPARE(dialog->differingFields(), (QStringList{QStringLiteral("Minutes"), QStringLiteral("Notes")}));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    QVERIFY(table);
    // Each differing row is marked in text and colour, with both values side by side.
    int marked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool differs = table->item(row, 0)->text().startsWith(QStringLiteral("≠ "));
        QCOMPARE(table->item(row, 1)->background().style() != Qt::NoBrush, differs);
        if (table->item(row, 0)->text() != QStringLiteral("Last edited (UTC)"))
            QCOMPARE(table->item(row, 1)->text() != table->item(row, 2)->text(), differs);
        if (table->item(row, 0)->text() == QStringLiteral("≠ Notes")) {
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("asked for a quote"));
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("quote sent"));
        }
        if (table->item(row, 0)->text() == QStringLiteral("Customer"))
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Acme"));
        marked += differs ? 1 : 0;
    }
    QCOMPARE(marked, 2);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("conflictHeading"))->text().contains(QStringLiteral("Acme")));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    if (const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("merge-conflict-dialog.png")));
    }
    dialog->findChild<QPushButton *>(QStringLiteral("keepMineButton"))->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice(), pack::ConflictChoice::KeepLocal);
    QVERIFY(!dialog->applyToAll());

    dialog = open(2);
    dialog->show();
    dialog->findChild<QCheckBox *>(QStringLiteral("applyToAllCheck"))->setChecked(true);
    dialog->findChild<QPushButton *>(QStringLiteral("takeTheirsButton"))->click();
    QCOMPARE(dialog->choice(), pack::ConflictChoice::TakeIncoming);
    QVERIFY(dialog->applyToAll());

    // Enter keeps this database's version, the safe default.
    dialog = open(1);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice(), pack::ConflictChoice::KeepLocal);

    // The last conflict offers no "all remaining"; Escape cancels the whole import.
    dialog = open(0);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("applyToAllCheck"))->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(dialog->choice(), pack::ConflictChoice::Cancel);
}

void MergeConflictDialogTest::importKeepsMineWhenAsked()
{
    const Scenario scenario = conflictingEdits(QStringLiteral("keep"));
    int dialogs = 0;
    const ui::PackImportOutcome outcome = importClicking(scenario, QStringLiteral("keepMineButton"), &dialogs);
    QVERIFY2(outcome.result, qPrintable(outcome.error));
    QCOMPARE(dialogs, 1);
    QCOMPARE(outcome.result->conflictsKeptLocal, 1);
    QCOMPARE(notes(scenario.database, scenario.activity), QStringLiteral("manager: call back Monday"));
    QVERIFY(ui::packImportSummary(*outcome.result).contains(QStringLiteral("1 conflict(s) kept yours")));
}

void MergeConflictDialogTest::importTakesTheirsWhenAsked()
{
    const Scenario scenario = conflictingEdits(QStringLiteral("take"));
    int dialogs = 0;
    const ui::PackImportOutcome outcome = importClicking(scenario, QStringLiteral("takeTheirsButton"), &dialogs);
    QVERIFY2(outcome.result, qPrintable(outcome.error));
    QCOMPARE(dialogs, 1);
    QCOMPARE(outcome.result->conflictsTookIncoming, 1);
    QCOMPARE(notes(scenario.database, scenario.activity), QStringLiteral("rep: quote sent"));
    const QString summary = ui::packImportSummary(*outcome.result);
    QVERIFY2(summary.contains(QStringLiteral("1 conflict(s) took theirs")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("unchanged")), qPrintable(summary));
}

void MergeConflictDialogTest::secondImportSaysNothingChanged()
{
    const Scenario scenario = conflictingEdits(QStringLiteral("twice"));
    int dialogs = 0;
    QVERIFY(importClicking(scenario, QStringLiteral("cancelImportButton"), &dialogs).result);
    QCOMPARE(notes(scenario.database, scenario.activity), QStringLiteral("manager: call back Monday"));
    QVERIFY(importClicking(scenario, QStringLiteral("takeTheirsButton"), &dialogs).result);
    QCOMPARE(dialogs, 2);
    const ui::PackImportOutcome again = importClicking(scenario, QStringLiteral("keepMineButton"), &dialogs);
    QVERIFY(again.result);
    QCOMPARE(dialogs, 2); // nothing to ask
    QVERIFY(ui::packImportSummary(*again.result).contains(QStringLiteral("already imported")));
    QCOMPARE(notes(scenario.database, scenario.activity), QStringLiteral("rep: quote sent"));
}

void MergeConflictDialogTest::repDatabaseWorksAsItsRep()
{
    const Scenario scenario = conflictingEdits(QStringLiteral("window"));
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings, m_dir.filePath(QStringLiteral("attain.log")));
    window.show();
    QString error;
    QVERIFY2(window.openDatabase(scenario.repDatabase, &error), qPrintable(error));
    auto *label = window.findChild<QLabel *>(QStringLiteral("workingAsLabel"));
    QVERIFY(label->text().startsWith(QStringLiteral("Rep database: ")));
    QVERIFY(!window.targetsPage()->actor().isManager());
    auto *workAs = window.findChild<QAction *>(QStringLiteral("workAsAction"));
    QVERIFY(!workAs->isEnabled());
    QVERIFY(workAs->toolTip().contains(QStringLiteral("rep database")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportDataPackAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("importDataPackAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("createRepDatabaseAction"))->isEnabled());

    // The manager's file: the other way round.
    QVERIFY2(window.openDatabase(scenario.database, &error), qPrintable(error));
    QVERIFY(label->text().startsWith(QStringLiteral("Manager: ")));
    QVERIFY(workAs->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportDataPackAction"))->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importDataPackAction"))->isEnabled());
}

QTEST_MAIN(MergeConflictDialogTest)
#include "MergeConflictDialogTest.moc"
