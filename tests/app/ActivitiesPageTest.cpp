// The activities page offscreen: keyboard-only entry, remembered values, undo/redo, rep mode
// and the Log Activity… dialog, on a small hand-built database; and its screenshot on the demo.
#include "app/ActivitiesModel.h"
#include "app/ActivitiesPage.h"
#include "app/ActivityDialog.h"
#include "app/ActivityEntryForm.h"
#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"
#include "engine/Date.h"
#include "engine/DemoGenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace attain;

namespace {
const storage::Actor kManager {QStringLiteral("Ma"), {}};
const storage::Actor kLi {QStringLiteral("Li Na"), QStringLiteral("rep-li")};
} // namespace

class ActivitiesPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keyboardOnlyEntryAddsARow();
    void rememberedValuesArePrefilledAfterReopening();
    void undoRemovesTheEntryAndRedoAddsItAgain();
    void undoThatTheFileRefusesIsDropped();
    void repModeShowsOnlyTheRepsRowsWithoutRepFilter();
    void deleteAsksAndUndoRestores();
    void quickAddDialogSaves();
    void enterEditsInADialogAndUndoRestores();
    void mainWindowLogsFromAnyPageInRepMode();
    void screenshotOnTheDemo();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("test.attain")); }
    [[nodiscard]] QString masterPath() const { return m_dir.filePath(QStringLiteral("master.attain")); }
    std::unique_ptr<ui::ActivitiesPage> openPage(const storage::Actor &actor, const QString &path = {});
    [[nodiscard]] qlonglong count(const QString &sql) const;
    static bool waitLoaded(ui::ActivitiesPage &page);
    static void type(QWidget *widget, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
};

void ActivitiesPageTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto opened = storage::Database::open(masterPath(), storage::Database::Mode::CreateIfMissing);
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    storage::execStatement(db, QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'E', 'East')"));
    storage::execStatement(db, QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                                              "('rep-li', 't1', 'Li Na', 'rep', '2020-01-01'), "
                                              "('rep-wang', 't1', 'Wang Wei', 'rep', '2020-01-01')"));
    storage::execStatement(db, QStringLiteral("INSERT INTO customers (id, name) VALUES "
                                              "('c-acme', 'Acme Trading'), ('c-beijing', 'Beijing Foods')"));
    storage::execStatement(db, QStringLiteral(
        "INSERT INTO deals (id, owner_rep_id, customer_id, amount_minor, currency, stage, created_on) "
        "VALUES ('d-acme', 'rep-wang', 'c-acme', 12000000, 'CNY', 'proposal', '2026-01-05')"));
    storage::ActivityRepository repository(db);
    const QDate yesterday = QDate::currentDate().addDays(-1);
    for (const auto &[rep, customer, type] : {std::tuple {"rep-li", "c-acme", "call"},
                                              std::tuple {"rep-li", "c-beijing", "visit"},
                                              std::tuple {"rep-wang", "c-beijing", "email"}}) {
        storage::Activity a;
        a.repId = QLatin1String(rep);
        a.customerId = QLatin1String(customer);
        a.type = QLatin1String(type);
        a.occurredOn = yesterday;
        a.minutes = 20;
        repository.insert(a, kManager);
    }
}

void ActivitiesPageTest::init()
{
    QFile::remove(dbPath());
    QVERIFY(QFile::copy(masterPath(), dbPath()));
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<ui::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

bool ActivitiesPageTest::waitLoaded(ui::ActivitiesPage &page)
{
    QSignalSpy loaded(&page, &ui::ActivitiesPage::loaded);
    return loaded.wait(20000);
}

std::unique_ptr<ui::ActivitiesPage> ActivitiesPageTest::openPage(const storage::Actor &actor, const QString &path)
{
    auto page = std::make_unique<ui::ActivitiesPage>(*m_settings);
    page->resize(1280, 800);
    page->setActor(actor);
    page->show();
    page->activateWindow();
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    page->setDatabasePath(path.isEmpty() ? dbPath() : path);
    if (!loaded.wait(20000))
        return nullptr;
    return page;
}

qlonglong ActivitiesPageTest::count(const QString &sql) const
{
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    return opened.database ? storage::scalar(opened.database->connection(), sql).toLongLong() : -1;
}

void ActivitiesPageTest::type(QWidget *widget, const QString &text)
{
    QTest::keyClicks(widget, text);
}

void ActivitiesPageTest::keyboardOnlyEntryAddsARow()
{
    auto page = openPage(kManager);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QCOMPARE(page->model()->rowCount(), 3);
    auto *form = page->entryForm();
    auto *rep = form->findChild<QComboBox *>(QStringLiteral("repComboBox"));
    QVERIFY(rep->isVisibleTo(page.get()));
    form->focusFirstField();
    QCOMPARE(QApplication::focusWidget(), rep);
    // Enter without a rep: the form says what is missing and nothing is written.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *problem = form->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem->isVisibleTo(page.get()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities")), 3);

    QTest::keyClick(rep, Qt::Key_W); // Wang Wei, by first letter
    QCOMPARE(rep->currentData().toString(), QStringLiteral("rep-wang"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // date: today
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // type
    auto *typeBox = form->findChild<QComboBox *>(QStringLiteral("typeComboBox"));
    QCOMPARE(QApplication::focusWidget(), typeBox);
    QTest::keyClick(typeBox, Qt::Key_V); // the first letter: visit
    QCOMPARE(typeBox->currentData().toString(), QStringLiteral("visit"));
    QTest::keyClick(typeBox, Qt::Key_4); // demo
    QCOMPARE(typeBox->currentData().toString(), QStringLiteral("demo"));
    QTest::keyClick(typeBox, Qt::Key_Tab);
    auto *minutes = form->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"));
    QCOMPARE(QApplication::focusWidget(), minutes);
    form->findChild<QToolButton *>(QStringLiteral("minutes60Button"))->click();
    QCOMPARE(minutes->value(), 60);
    QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
    type(minutes, QStringLiteral("45"));
    QTest::keyClick(minutes, Qt::Key_Tab);
    auto *customer = form->findChild<QComboBox *>(QStringLiteral("customerComboBox"));
    QCOMPARE(QApplication::focusWidget(), customer);
    customer->lineEdit()->selectAll();
    type(customer->lineEdit(), QStringLiteral("Acme Tradin"));
    QCOMPARE(form->problem(), QStringLiteral("No customer is named “Acme Tradin”; pick one from the list."));
    type(customer->lineEdit(), QStringLiteral("g"));
    QVERIFY(form->problem().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *deal = form->findChild<QComboBox *>(QStringLiteral("dealComboBox"));
    QCOMPARE(QApplication::focusWidget(), deal);
    QCOMPARE(deal->count(), 2); // no deal, and Wang's proposal for Acme
    QTest::keyClick(deal, Qt::Key_Down);
    QCOMPARE(deal->currentData().toString(), QStringLiteral("d-acme"));
    QTest::keyClick(deal, Qt::Key_Tab); // outcome
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *notes = form->findChild<QLineEdit *>(QStringLiteral("notesLineEdit"));
    QCOMPARE(QApplication::focusWidget(), notes);
    type(notes, QStringLiteral("Showed the new line"));
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    QTest::keyClick(notes, Qt::Key_Return);
    QVERIFY(loaded.wait(20000));

    QCOMPARE(page->model()->rowCount(), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE rep_id = 'rep-wang' AND type = 'demo' AND "
                                  "minutes = 45 AND customer_id = 'c-acme' AND deal_id = 'd-acme' AND "
                                  "notes = 'Showed the new line' AND outcome = 'neutral'")),
             1);
    // Ready for the next one: notes cleared, the focus back on the type.
    QVERIFY(notes->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), typeBox);
    QVERIFY(!problem->isVisibleTo(page.get()));
    QCOMPARE(page->undoStack()->count(), 1);
}

void ActivitiesPageTest::rememberedValuesArePrefilledAfterReopening()
{
    {
        auto page = openPage(kLi);
        QVERIFY(page);
        auto *form = page->entryForm();
        form->findChild<QComboBox *>(QStringLiteral("typeComboBox"))->setCurrentIndex(3); // demo
        form->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"))->setValue(75);
        form->findChild<QComboBox *>(QStringLiteral("customerComboBox"))->setEditText(QStringLiteral("beijing foods"));
        QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
        form->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->model()->rowCount(), 3); // Li's two and the new one
    }
    auto page = openPage(kLi);
    QVERIFY(page);
    auto *form = page->entryForm();
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("typeComboBox"))->currentData().toString(), QStringLiteral("demo"));
    QCOMPARE(form->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"))->value(), 75);
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("customerComboBox"))->currentText(), QStringLiteral("Beijing Foods"));
    QCOMPARE(form->activity().customerId, QStringLiteral("c-beijing"));
}

void ActivitiesPageTest::undoRemovesTheEntryAndRedoAddsItAgain()
{
    auto page = openPage(kLi);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    auto *form = page->entryForm();
    form->findChild<QLineEdit *>(QStringLiteral("notesLineEdit"))->setText(QStringLiteral("to be undone"));
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    form->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    QVERIFY(loaded.wait(20000));
    const QString added = QStringLiteral("SELECT count(*) FROM activities WHERE notes = 'to be undone'");
    QCOMPARE(count(added), 1);
    const QString id = storage::scalar(storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting)
                                           .database->connection(),
                                       QStringLiteral("SELECT id FROM activities WHERE notes = 'to be undone'"))
                           .toString();
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(count(added), 0);
    QCOMPARE(page->model()->rowCount(), 2);
    QTest::keyClick(page->tableView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE notes = 'to be undone' AND id = '%1'").arg(id)), 1);
    QCOMPARE(page->model()->rowCount(), 3);
}

// The entry was deleted elsewhere (another window, a pack import): undoing its Add fails, and the
// command leaves the stack rather than leaving a Redo that would bring the deleted row back.
void ActivitiesPageTest::undoThatTheFileRefusesIsDropped()
{
    auto page = openPage(kLi);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    auto *form = page->entryForm();
    form->findChild<QLineEdit *>(QStringLiteral("notesLineEdit"))->setText(QStringLiteral("deleted elsewhere"));
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    form->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->undoStack()->count(), 1);
    {
        auto other = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
        QVERIFY(other.database);
        storage::execStatement(other.database->connection(),
                               QStringLiteral("DELETE FROM activities WHERE notes = 'deleted elsewhere'"));
    }
    page->undoStack()->undo();
    QCOMPARE(page->undoStack()->count(), 0);
    QVERIFY(!page->undoStack()->canRedo());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE notes = 'deleted elsewhere'")), 0);
}

void ActivitiesPageTest::repModeShowsOnlyTheRepsRowsWithoutRepFilter()
{
    auto page = openPage(kManager);
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->findChild<QComboBox *>(QStringLiteral("repFilterComboBox"))->isVisibleTo(page.get()));
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    page->setActor(kLi);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->model()->rowCount(), 2);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->activity(row)->repId, QStringLiteral("rep-li"));
    QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("repFilterComboBox"))->isVisibleTo(page.get()));
    QVERIFY(page->tableView()->isColumnHidden(ui::ActivitiesModel::Rep));
    QVERIFY(!page->entryForm()->findChild<QComboBox *>(QStringLiteral("repComboBox"))->isVisibleTo(page.get()));
    // What a rep logs is theirs, without choosing.
    page->entryForm()->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE rep_id = 'rep-li'")), 3);
    // Wang's activity cannot be edited by id either: the store does not find it for Li.
    page->tableView()->selectRow(0);
    QVERIFY(page->model()->activity(0)->repId == QStringLiteral("rep-li"));
}

void ActivitiesPageTest::deleteAsksAndUndoRestores()
{
    auto page = openPage(kManager);
    QVERIFY(page);
    page->tableView()->setFocus();
    page->tableView()->selectRow(0);
    const QString id = page->model()->activity(page->tableView()->currentIndex().row())->id;
    QTimer::singleShot(100, this, [] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget))
                box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    QTest::keyClick(page->tableView(), Qt::Key_Delete);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE id = '%1'").arg(id)), 0);
    page->undoStack()->undo();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE id = '%1'").arg(id)), 1);
}

void ActivitiesPageTest::quickAddDialogSaves()
{
    auto page = openPage(kLi);
    QVERIFY(page);
    QSignalSpy changed(page.get(), &ui::ActivitiesPage::activitiesChanged);
    bool found = false;
    QTimer::singleShot(100, this, [&found] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ui::ActivityDialog *>(widget)) {
                found = true;
                auto *form = dialog->form();
                form->findChild<QComboBox *>(QStringLiteral("customerComboBox"))->setEditText(QStringLiteral("Acme Trading"));
                form->findChild<QLineEdit *>(QStringLiteral("notesLineEdit"))->setText(QStringLiteral("quick"));
                if (const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    QDir().mkpath(shots);
                    dialog->grab().save(QDir(shots).filePath(QStringLiteral("activity-quick-add.png")));
                }
                QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("notesLineEdit")), Qt::Key_Return);
            }
    });
    QVERIFY(page->logActivity(nullptr));
    QVERIFY(found);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE notes = 'quick' AND rep_id = 'rep-li' "
                                  "AND customer_id = 'c-acme'")),
             1);
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->undoStack()->count(), 1);
}

void ActivitiesPageTest::enterEditsInADialogAndUndoRestores()
{
    auto page = openPage(kLi);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->tableView()->setFocus();
    page->tableView()->setCurrentIndex(page->tableView()->model()->index(0, 0));
    const QString id = page->model()->activity(0)->id;
    const QString minutes = QStringLiteral("SELECT minutes FROM activities WHERE id = '%1'").arg(id);
    QCOMPARE(count(minutes), 20);
    bool found = false;
    QTimer::singleShot(100, this, [&found] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ui::ActivityDialog *>(widget); dialog && dialog->isVisible()) {
                found = true;
                auto *spin = dialog->form()->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"));
                QCOMPARE(spin->value(), 20); // the form shows the stored activity
                spin->setValue(99);
                dialog->form()->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
            }
    });
    QSignalSpy loaded(page.get(), &ui::ActivitiesPage::loaded);
    QTest::keyClick(page->tableView(), Qt::Key_Return);
    QVERIFY(found);
    QCOMPARE(count(minutes), 99);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000); // it may have loaded while the dialog was open
    loaded.clear();
    QCOMPARE(page->model()->activity(page->model()->rowOf(id))->minutes, 99);
    page->activateWindow(); // offscreen does not hand the focus back when the dialog closes
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(count(minutes), 20);
}

void ActivitiesPageTest::mainWindowLogsFromAnyPageInRepMode()
{
    m_settings->setWorkingAsRep(dbPath(), QStringLiteral("rep-li"));
    ui::MainWindow window(*m_settings, m_dir.filePath(QStringLiteral("attain.log")));
    window.show();
    QSignalSpy loaded(window.activitiesPage(), &ui::ActivitiesPage::loaded);
    QVERIFY(window.openDatabase(dbPath()));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::qWait(200);
    QVERIFY(loaded.isEmpty()); // a hidden page waits until it is shown
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.activitiesPage());
    // Work As a rep: only Li's two activities.
    QCOMPARE(window.activitiesPage()->model()->rowCount(), 2);
    window.showPage(ui::MainWindow::Page::Dashboard);
    bool found = false;
    QTimer::singleShot(100, this, [&found] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ui::ActivityDialog *>(widget); dialog && dialog->isVisible()) {
                found = true;
                // No rep to choose in rep mode.
                QVERIFY(!dialog->form()->findChild<QComboBox *>(QStringLiteral("repComboBox"))->isVisibleTo(dialog));
                dialog->form()->findChild<QLineEdit *>(QStringLiteral("notesLineEdit"))->setText(QStringLiteral("from the dashboard"));
                QTest::keyClick(dialog->form()->findChild<QLineEdit *>(QStringLiteral("notesLineEdit")), Qt::Key_Return);
            }
    });
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(found);
    loaded.clear();
    window.showPage(ui::MainWindow::Page::Activities);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.activitiesPage()->model()->rowCount(), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE notes = 'from the dashboard' AND rep_id = 'rep-li'")), 1);
}

void ActivitiesPageTest::screenshotOnTheDemo()
{
    // The demo company as of today, and a morning's entries with deals and notes on top.
    const QString demo = m_dir.filePath(QStringLiteral("demo.attain"));
    const QDate today = QDate::currentDate();
    engine::demo::Spec spec;
    spec.reps = 12;
    spec.years = 1;
    spec.asOf = engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    QFile::remove(demo);
    QCOMPARE(storage::createDemoDatabase(demo, spec).status, storage::DemoDatabaseResult::Status::Created);
    {
        auto opened = storage::Database::open(demo, storage::Database::Mode::OpenExisting);
        QVERIFY(opened.database);
        const QSqlDatabase db = opened.database->connection();
        QSqlQuery deals(db);
        QVERIFY(deals.exec(QStringLiteral("SELECT d.id, d.customer_id, d.owner_rep_id FROM deals d "
                                          "WHERE d.stage NOT IN ('won', 'lost') AND d.customer_id IS NOT NULL "
                                          "GROUP BY d.owner_rep_id ORDER BY d.owner_rep_id LIMIT 6")));
        const QStringList notes {QStringLiteral("Walked through the price list; wants a 5% volume discount"),
                                 QStringLiteral("Demo for the purchasing team, follow up Friday"),
                                 QStringLiteral("Called about the delayed delivery; resolved"),
                                 QStringLiteral("Sent the revised quote"),
                                 QStringLiteral("Site visit with the plant manager"),
                                 QStringLiteral("Quarterly review meeting, renewal likely")};
        const QStringList types {QStringLiteral("call"), QStringLiteral("demo"), QStringLiteral("call"),
                                 QStringLiteral("email"), QStringLiteral("visit"), QStringLiteral("meeting")};
        const QStringList outcomes {QStringLiteral("positive"), QStringLiteral("positive"), QStringLiteral("neutral"),
                                    QStringLiteral("neutral"), QStringLiteral("positive"), QStringLiteral("negative")};
        storage::ActivityRepository repository(db);
        int i = 0;
        while (deals.next()) {
            storage::Activity a;
            a.dealId = deals.value(0).toString();
            a.customerId = deals.value(1).toString();
            a.repId = deals.value(2).toString();
            a.type = types[i % types.size()];
            a.occurredOn = today.addDays(-(i / 3));
            a.minutes = QList<int> {15, 60, 10, 5, 90, 45}[i % 6];
            a.outcome = outcomes[i % outcomes.size()];
            a.notes = notes[i % notes.size()];
            repository.insert(a, kManager);
            ++i;
        }
        QCOMPARE(i, 6);
    }
    auto page = openPage(kManager, demo);
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 6);
    // The newest rows show every column filled in.
    for (int column = 0; column < ui::ActivitiesModel::ColumnCount; ++column)
        QVERIFY2(!page->tableView()->model()->index(0, column).data().toString().isEmpty(), qPrintable(QString::number(column)));
    auto *customer = page->entryForm()->findChild<QComboBox *>(QStringLiteral("customerComboBox"));
    QVERIFY(customer->count() > 100);
    // The form as a manager fills it in: a rep, a customer with its open deal.
    const storage::Activity newest = *page->model()->activity(0);
    auto *rep = page->entryForm()->findChild<QComboBox *>(QStringLiteral("repComboBox"));
    rep->setCurrentIndex(rep->findData(newest.repId));
    customer->setCurrentIndex(customer->findData(newest.customerId));
    auto *deal = page->entryForm()->findChild<QComboBox *>(QStringLiteral("dealComboBox"));
    QVERIFY(deal->count() > 1);
    deal->setCurrentIndex(1);
    page->entryForm()->findChild<QLineEdit *>(QStringLiteral("notesLineEdit"))->setText(QStringLiteral("Agreed on a trial order"));
    QTest::qWait(100);
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(page->grab().save(QDir(shots).filePath(QStringLiteral("activities.png"))));
    }
}

QTEST_MAIN(ActivitiesPageTest)
#include "ActivitiesPageTest.moc"
