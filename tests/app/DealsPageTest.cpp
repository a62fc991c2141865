// The deals page offscreen: rep mode (own and shared deals only, no owner column), editing the
// stage in the dialog with undo, Mark Won, a new deal by keyboard only; and its screenshot on
// the demo database as a rep.
#include "app/AppSettings.h"
#include "app/DealDialog.h"
#include "app/DealsModel.h"
#include "app/DealsPage.h"
#include "app/MainWindow.h"
#include "engine/Date.h"
#include "engine/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/SqlHelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QScopeGuard>
#include <QtTest>

using namespace attain;

namespace {
const storage::Actor kManager {QStringLiteral("Ma"), {}};
const storage::Actor kLi {QStringLiteral("Li Na"), QStringLiteral("rep-li")};
} // namespace

class DealsPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void repModeShowsOnlyTheRepsDeals();
    void editingTheStageToWonPersistsAndUndoRevertsIt();
    void markWonAndRedo();
    void newDealByKeyboard();
    void mainWindowGoesToDealsInRepMode();
    void screenshotOnTheDemo();

private:
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("test.attain")); }
    [[nodiscard]] QString masterPath() const { return m_dir.filePath(QStringLiteral("master.attain")); }
    static std::unique_ptr<ui::DealsPage> openPage(const storage::Actor &actor, const QString &path);
    [[nodiscard]] QString text(const QString &sql) const;
    static bool selectDeal(ui::DealsPage &page, const QString &id);
    /// Runs `act`, which writes, and waits for the reload that follows.
    static bool waitReload(ui::DealsPage &page, const std::function<void()> &act);

    QTemporaryDir m_dir;
};

void DealsPageTest::initTestCase()
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
        "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, amount_minor, currency, stage, created_on) VALUES "
        "('d-li', 'rep-li', 't1', 'c-acme', 12000000, 'CNY', 'proposal', '2026-01-05'), "
        "('d-shared', 'rep-wang', 't1', 'c-beijing', 8000000, 'CNY', 'negotiation', '2026-02-05'), "
        "('d-wang', 'rep-wang', 't1', 'c-acme', 5000000, 'CNY', 'qualification', '2026-03-05')"));
    storage::execStatement(db, QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES "
                                              "('d-shared', 'rep-wang', 5000), ('d-shared', 'rep-li', 5000)"));
}

void DealsPageTest::init()
{
    QFile::remove(dbPath());
    QVERIFY(QFile::copy(masterPath(), dbPath()));
}

std::unique_ptr<ui::DealsPage> DealsPageTest::openPage(const storage::Actor &actor, const QString &path)
{
    auto page = std::make_unique<ui::DealsPage>();
    page->resize(1280, 800);
    page->setActor(actor);
    page->show();
    page->activateWindow();
    QSignalSpy loaded(page.get(), &ui::DealsPage::loaded);
    page->setDatabasePath(path);
    if (!loaded.wait(20000))
        return nullptr;
    return page;
}

QString DealsPageTest::text(const QString &sql) const
{
    auto opened = storage::Database::open(dbPath(), storage::Database::Mode::OpenExisting);
    return opened.database ? storage::scalar(opened.database->connection(), sql).toString() : QStringLiteral("?");
}

bool DealsPageTest::selectDeal(ui::DealsPage &page, const QString &id)
{
    QAbstractItemModel *model = page.tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ui::DealsModel::IdRole).toString() == id) {
            page.tableView()->setFocus();
            page.tableView()->setCurrentIndex(model->index(row, 0));
            return true;
        }
    return false;
}

bool DealsPageTest::waitReload(ui::DealsPage &page, const std::function<void()> &act)
{
    QSignalSpy loaded(&page, &ui::DealsPage::loaded);
    act();
    return loaded.wait(20000);
}

void DealsPageTest::repModeShowsOnlyTheRepsDeals()
{
    auto page = openPage(kLi, dbPath());
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->model()->rowOf(QStringLiteral("d-li")) >= 0);
    QVERIFY(page->model()->rowOf(QStringLiteral("d-shared")) >= 0);
    QCOMPARE(page->model()->rowOf(QStringLiteral("d-wang")), -1);
    QVERIFY(page->tableView()->isColumnHidden(ui::DealsModel::Owner));
    QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("ownerFilterComboBox"))->isVisibleTo(page.get()));
    QVERIFY(!page->findChild<QAction *>(QStringLiteral("deleteDealAction"))->isVisible());
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("2 open deals worth ¥200,000"));
    // The shared deal is read only for Li: no Mark Won, and Enter says why.
    QVERIFY(selectDeal(*page, QStringLiteral("d-shared")));
    QVERIFY(!page->findChild<QAction *>(QStringLiteral("markWonAction"))->isEnabled());
    QTest::keyClick(page->tableView(), Qt::Key_Return);
    auto *notice = page->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisibleTo(page.get()));
    QVERIFY(notice->text().contains(QStringLiteral("Wang Wei")));
    QVERIFY(selectDeal(*page, QStringLiteral("d-li")));
    QVERIFY(page->findChild<QAction *>(QStringLiteral("markWonAction"))->isEnabled());

    // A manager sees every deal, with owners.
    auto manager = openPage(kManager, dbPath());
    QVERIFY(manager);
    QCOMPARE(manager->model()->rowCount(), 3);
    QVERIFY(!manager->tableView()->isColumnHidden(ui::DealsModel::Owner));
    const int row = manager->model()->rowOf(QStringLiteral("d-wang"));
    QCOMPARE(manager->model()->index(row, ui::DealsModel::Owner).data().toString(), QStringLiteral("Wang Wei"));
}

void DealsPageTest::editingTheStageToWonPersistsAndUndoRevertsIt()
{
    auto page = openPage(kLi, dbPath());
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    // The list starts with the open deals; a won one stays listed under all stages.
    auto *stageFilter = page->findChild<QComboBox *>(QStringLiteral("stageFilterComboBox"));
    QCOMPARE(stageFilter->currentData().toString(), QStringLiteral("open"));
    QVERIFY(waitReload(*page, [&] { stageFilter->setCurrentIndex(stageFilter->findData(QString())); }));
    QVERIFY(selectDeal(*page, QStringLiteral("d-li")));
    bool edited = false;
    QTimer::singleShot(100, this, [&edited] {
        auto *dialog = qobject_cast<ui::DealDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A failed check returns early: the dialog must not stay open and hang the test.
        const auto closeLeftOpen = qScopeGuard([dialog] { if (dialog->isVisible()) dialog->reject(); });
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("ownerComboBox"))->isVisibleTo(dialog));
        auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("stageComboBox"));
        QCOMPARE(stage->currentData().toString(), QStringLiteral("proposal"));
        stage->setFocus();
        QTest::keyClick(stage, Qt::Key_W); // Won, by its first letter
        QCOMPARE(stage->currentData().toString(), QStringLiteral("won"));
        QTest::keyClick(stage, Qt::Key_Return);
        edited = true;
    });
    QVERIFY(waitReload(*page, [&] { QTest::keyClick(page->tableView(), Qt::Key_Return); }));
    QVERIFY(edited);
    page->activateWindow(); // offscreen does not hand the focus back when the dialog closes
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QCOMPARE(text(QStringLiteral("SELECT stage FROM deals WHERE id = 'd-li'")), QStringLiteral("won"));
    QCOMPARE(text(QStringLiteral("SELECT closed_on FROM deals WHERE id = 'd-li'")),
             QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!text(QStringLiteral("SELECT updated_at FROM deals WHERE id = 'd-li'")).isEmpty());
    const int row = page->model()->rowOf(QStringLiteral("d-li"));
    QCOMPARE(page->model()->index(row, ui::DealsModel::Stage).data().toString(), QStringLiteral("Won"));

    QVERIFY(waitReload(*page, [&] { QTest::keyClick(page->tableView(), Qt::Key_Z, Qt::ControlModifier); }));
    QCOMPARE(text(QStringLiteral("SELECT stage FROM deals WHERE id = 'd-li'")), QStringLiteral("proposal"));
    QCOMPARE(text(QStringLiteral("SELECT coalesce(closed_on, 'none') FROM deals WHERE id = 'd-li'")), QStringLiteral("none"));
    QCOMPARE(page->model()->index(page->model()->rowOf(QStringLiteral("d-li")), ui::DealsModel::Stage).data().toString(),
             QStringLiteral("Proposal"));
}

void DealsPageTest::markWonAndRedo()
{
    auto page = openPage(kLi, dbPath());
    QVERIFY(page);
    QVERIFY(selectDeal(*page, QStringLiteral("d-li")));
    QVERIFY(waitReload(*page, [&] { page->findChild<QAction *>(QStringLiteral("markWonAction"))->trigger(); }));
    QCOMPARE(text(QStringLiteral("SELECT stage FROM deals WHERE id = 'd-li'")), QStringLiteral("won"));
    // It left the open list; the notice says so and how to take it back.
    QCOMPARE(page->model()->rowOf(QStringLiteral("d-li")), -1);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("noticeLabel"))->text(),
             QStringLiteral("The deal with Acme Trading is now Won. Ctrl+Z undoes it."));
    QVERIFY(waitReload(*page, [&] { page->undoStack()->undo(); }));
    QCOMPARE(text(QStringLiteral("SELECT stage FROM deals WHERE id = 'd-li'")), QStringLiteral("proposal"));
    QVERIFY(waitReload(*page, [&] { QTest::keyClick(page->tableView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }));
    QCOMPARE(text(QStringLiteral("SELECT stage FROM deals WHERE id = 'd-li'")), QStringLiteral("won"));
}

void DealsPageTest::newDealByKeyboard()
{
    auto page = openPage(kLi, dbPath());
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->tableView()->setFocus();
    bool typed = false;
    QTimer::singleShot(100, this, [&typed] {
        auto *dialog = qobject_cast<ui::DealDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A failed check returns early: the dialog must not stay open and hang the test.
        const auto closeLeftOpen = qScopeGuard([dialog] { if (dialog->isVisible()) dialog->reject(); });
        auto *customer = dialog->findChild<QComboBox *>(QStringLiteral("customerComboBox"));
        QCOMPARE(QApplication::focusWidget(), customer);
        QTest::keyClicks(customer->lineEdit(), QStringLiteral("Beijing Foods"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QComboBox *>(QStringLiteral("stageComboBox")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
        QCOMPARE(QApplication::focusWidget(), amount);
        QTest::keyClick(amount, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(amount, QStringLiteral("5000.5"));
        QTest::keyClick(amount, Qt::Key_Return);
        typed = true;
    });
    QVERIFY(waitReload(*page, [&] { QTest::keyClick(page->tableView(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); }));
    QVERIFY(typed);
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(text(QStringLiteral("SELECT owner_rep_id || ' ' || customer_id || ' ' || amount_minor || ' ' || currency "
                                 "|| ' ' || stage || ' ' || team_id FROM deals WHERE id NOT IN ('d-li', 'd-shared', 'd-wang')")),
             QStringLiteral("rep-li c-beijing 500050 CNY prospecting t1"));
    QVERIFY(!text(QStringLiteral("SELECT updated_at FROM deals WHERE customer_id = 'c-beijing' AND owner_rep_id = 'rep-li'"))
                 .isEmpty());
    // A rep cannot delete, so a new deal is not undone by deleting it.
    QVERIFY(!page->undoStack()->canUndo());
}

void DealsPageTest::mainWindowGoesToDealsInRepMode()
{
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    settings.setWorkingAsRep(dbPath(), QStringLiteral("rep-li"));
    ui::MainWindow window(settings, m_dir.filePath(QStringLiteral("attain.log")));
    window.show();
    QSignalSpy loaded(window.dealsPage(), &ui::DealsPage::loaded);
    QVERIFY(window.openDatabase(dbPath()));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::qWait(200);
    QVERIFY(loaded.isEmpty()); // a hidden page waits until it is shown
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.dealsPage());
    // Working as Li: her deal and the one Wang shares with her.
    QCOMPARE(window.dealsPage()->model()->rowCount(), 2);
    QVERIFY(window.dealsPage()->tableView()->isColumnHidden(ui::DealsModel::Owner));
}

void DealsPageTest::screenshotOnTheDemo()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.attain"));
    const QDate today = QDate::currentDate();
    engine::demo::Spec spec;
    spec.reps = 12;
    spec.years = 1;
    spec.asOf = engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    QFile::remove(demo);
    QCOMPARE(storage::createDemoDatabase(demo, spec).status, storage::DemoDatabaseResult::Status::Created);
    QString repId, repName;
    {
        auto opened = storage::Database::open(demo, storage::Database::Mode::OpenExisting);
        QVERIFY(opened.database);
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT r.id, r.name FROM reps r JOIN deals d ON d.owner_rep_id = r.id "
                                          "WHERE r.role = 'rep' GROUP BY r.id ORDER BY count(*) DESC LIMIT 1")));
        QVERIFY(query.next());
        repId = query.value(0).toString();
        repName = query.value(1).toString();
    }
    auto page = openPage(storage::Actor {repName, repId}, demo);
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 5);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const storage::Deal *deal = page->model()->deal(row);
        QVERIFY(deal->ownerRepId == repId || deal->sharedWithActor);
    }
    page->tableView()->selectRow(0);
    QTest::qWait(100);
    const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(page->grab().save(QDir(shots).filePath(QStringLiteral("deals.png"))));
        // The edit dialog of the newest deal, as the rep sees it.
        ui::DealDialog dialog(QStringLiteral("Edit Deal"), storage::Actor {repName, repId}, ui::loadDealChoices(demo),
                              [](const storage::Deal &) { return QString(); });
        dialog.setDeal(*page->model()->deal(0));
        dialog.show();
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("deal-dialog.png"))));
    }
}

QTEST_MAIN(DealsPageTest)
#include "DealsPageTest.moc"
