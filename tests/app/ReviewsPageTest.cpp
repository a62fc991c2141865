// The reviews page (issue 8) offscreen on a small demo company with its demo reviews: the
// briefing's targets and activity counts against SQL, carried-over items and the overdue flag,
// undoable action items and notes, Mark as held, a rep's rights, and the screenshot of a
// prepared review in the main window.
#include "app/ReviewsPage.h"
#include "app/ActionItemsModel.h"
#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "app/NewReviewDialog.h"
#include "app/ReviewBriefingWidget.h"
#include "app/ReviewDetailWidget.h"
#include "app/ReviewListModel.h"
#include "app/TargetsLoader.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"
#include "storage/Database.h"
#include "storage/DemoDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/SqlHelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace attain;

namespace {

const engine::Date kAsOf = engine::makeDate(2026, 11, 25);

engine::demo::Spec spec(int reps)
{
    engine::demo::Spec result;
    result.reps = reps;
    result.years = 1;
    result.seed = 11;
    result.asOf = kAsOf;
    return result;
}

} // namespace

class ReviewsPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void briefingShowsTheScopesTargetsAndActivities();
    void carriedItemsAreListedAndOverdueFlagged();
    void addingAnItemAndUndoingIt();
    void notesAreSavedAndUndone();
    void markAsHeldPersists();
    void aRepOnlyChangesTheirOwnItemsStatus();
    void filterNarrowsTheListToOneScope();
    void screenshotOfAPreparedReview();

private:
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("reviews.attain")); }
    [[nodiscard]] QVariant sql(const QString &query, const QVariantList &values = {}) const;
    /// A page on the fixture with the targets loaded, showing `reviewId`.
    std::unique_ptr<ui::ReviewsPage> openPage(const QString &reviewId, const storage::Actor &actor = {});

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    ui::TargetsData m_targets;
    QString m_teamId, m_teamName, m_nextReview;
};

QVariant ReviewsPageTest::sql(const QString &query, const QVariantList &values) const
{
    QSqlQuery q(m_database->connection());
    if (!q.prepare(query))
        return {};
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

void ReviewsPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(storage::createDemoDatabase(path(), spec(6)).status, storage::DemoDatabaseResult::Status::Created);
    auto opened = storage::Database::open(path(), storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    m_database = std::move(opened.database);
    m_teamId = sql(QStringLiteral("SELECT id FROM teams ORDER BY rowid LIMIT 1")).toString();
    m_teamName = sql(QStringLiteral("SELECT name FROM teams WHERE id = ?"), { m_teamId }).toString();
    // Next week's weekly review of the first team: the one a manager prepares now.
    m_nextReview = sql(QStringLiteral("SELECT id FROM reviews WHERE team_id = ? AND rep_id IS NULL AND kind = "
                                      "'team_meeting' AND status = 'scheduled'"),
        { m_teamId })
                       .toString();
    QVERIFY(!m_nextReview.isEmpty());
    m_targets = ui::loadTargets(path(), kAsOf, QStringLiteral("CNY"));
    QVERIFY(m_targets.error.isEmpty());
}

std::unique_ptr<ui::ReviewsPage> ReviewsPageTest::openPage(const QString &reviewId, const storage::Actor &actor)
{
    auto page
        = std::make_unique<ui::ReviewsPage>(actor.name.isEmpty() ? storage::Actor { QStringLiteral("Ma"), {} } : actor);
    page->resize(1280, 800);
    page->setAsOf(kAsOf);
    page->show();
    QSignalSpy listed(page.get(), &ui::ReviewsPage::listLoaded);
    page->setDatabasePath(path());
    // As in the main window: the targets list's data arrives once it has loaded this file.
    page->setTargets(m_targets);
    if (!listed.wait(20000))
        qWarning("the list did not load");
    QSignalSpy loaded(page.get(), &ui::ReviewsPage::reviewLoaded);
    page->selectReview(reviewId);
    while (!page->currentReview() || page->currentReview()->id != reviewId || page->isLoading())
        if (!loaded.wait(20000))
            break;
    return page;
}

void ReviewsPageTest::briefingShowsTheScopesTargetsAndActivities()
{
    auto page = openPage(m_nextReview);
    QVERIFY(page->currentReview());
    QCOMPARE(page->currentReview()->scope.teamId, m_teamId);
    // Every target of the team and of its reps whose period holds the review's day (2026-11-30).
    QSqlQuery expected(m_database->connection());
    QVERIFY(expected.prepare(QStringLiteral(
        "SELECT title FROM targets WHERE period_start <= '2026-11-30' AND period_end >= '2026-11-30' AND "
        "((scope_kind = 'team' AND scope_id = ?) OR (scope_kind = 'rep' AND scope_id IN "
        "(SELECT id FROM reps WHERE team_id = ?))) ORDER BY title")));
    expected.addBindValue(m_teamId);
    expected.addBindValue(m_teamId);
    QVERIFY(expected.exec());
    QStringList titles;
    while (expected.next())
        titles << expected.value(0).toString();
    QVERIFY(titles.size() >= 2);
    QTableWidget *table = page->detail()->briefing->targetsTable();
    QStringList shown;
    for (int r = 0; r < table->rowCount(); ++r)
        shown << table->item(r, 0)->text();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, titles);
    // The team's own target comes first, with its attainment as the targets list computed it.
    QCOMPARE(table->item(0, 1)->text(), m_teamName);

    // Activities from the previous review's day (2026-11-23) to the day before (2026-11-29),
    // but not after the as-of day: the team's reps on 23–25 November.
    const int count = sql(QStringLiteral("SELECT count(*) FROM activities a JOIN reps p ON p.id = a.rep_id WHERE "
                                         "p.team_id = ? AND a.occurred_on BETWEEN '2026-11-23' AND '2026-11-25'"),
        { m_teamId })
                          .toInt();
    QVERIFY(count > 0);
    QTableWidget *activities = page->detail()->briefing->activitiesTable();
    QVERIFY(activities->rowCount() >= 1);
    const int totalColumn = activities->columnCount() - 2;
    QCOMPARE(activities->item(activities->rowCount() - 1, totalColumn)->text().toInt(), count);
    QVERIFY(page->detail()->briefing->activitiesLabel()->text().contains(QStringLiteral("2026-11-23 – 2026-11-25")));
}

void ReviewsPageTest::carriedItemsAreListedAndOverdueFlagged()
{
    auto page = openPage(m_nextReview);
    ui::ActionItemsModel *carried = page->carriedModel();
    // Last week's open and in-progress items and this Monday's open one.
    const int expected = sql(QStringLiteral("SELECT count(*) FROM action_items a JOIN reviews r ON r.id = a.review_id "
                                            "WHERE r.team_id = ? AND r.rep_id IS NULL AND r.held_on < '2026-11-30' "
                                            "AND a.status IN ('open', 'in_progress')"),
        { m_teamId })
                             .toInt();
    QCOMPARE(carried->rowCount(), expected);
    QCOMPARE(expected, 3);
    int overdue = -1;
    for (int r = 0; r < carried->rowCount(); ++r)
        if (carried->index(r, 0).data(ui::ActionItemsModel::OverdueRole).toBool())
            overdue = overdue < 0 ? r : -2;
    QVERIFY(overdue >= 0); // exactly one
    const QModelIndex due = carried->index(overdue, ui::ActionItemsModel::DueColumn);
    QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(!due.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(carried->index(overdue, ui::ActionItemsModel::TextColumn).data().toString(),
        QStringLiteral("Call back the three stalled proposals"));
    QVERIFY(page->detail()->carriedTitle->text().contains(QStringLiteral("1 overdue")));

    // Marked done in this review, it is no longer overdue; undone, it is again.
    const QString id = carried->index(overdue, 0).data(ui::ActionItemsModel::IdRole).toString();
    page->detail()->carriedView->setCurrentIndex(carried->index(overdue, 0));
    QVERIFY(page->detail()->closeCarriedButton->isEnabled());
    page->detail()->closeCarriedButton->click(); // below the fold: click() needs no scrolling
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("reviewNoticeLabel"))->isHidden(),
        qPrintable(page->findChild<QLabel *>(QStringLiteral("reviewNoticeLabel"))->text()));
    QCOMPARE(sql(QStringLiteral("SELECT status || done_at FROM action_items WHERE id = ?"), { id }).toString(),
        QStringLiteral("done2026-11-25"));
    QVERIFY(!carried->index(overdue, 0).data(ui::ActionItemsModel::OverdueRole).toBool());
    page->undoStack()->undo();
    QCOMPARE(
        sql(QStringLiteral("SELECT status FROM action_items WHERE id = ?"), { id }).toString(), QStringLiteral("open"));
    QVERIFY(sql(QStringLiteral("SELECT done_at FROM action_items WHERE id = ?"), { id }).isNull());
    QVERIFY(carried->index(overdue, 0).data(ui::ActionItemsModel::OverdueRole).toBool());
}

void ReviewsPageTest::addingAnItemAndUndoingIt()
{
    auto page = openPage(m_nextReview);
    const auto stored = [&] {
        return sql(QStringLiteral("SELECT count(*) FROM action_items WHERE review_id = ?"), { m_nextReview }).toInt();
    };
    const int before = stored();
    QCOMPARE(page->itemsModel()->rowCount(), before);
    QTest::mouseClick(page->detail()->addItemButton, Qt::LeftButton);
    QCOMPARE(page->itemsModel()->rowCount(), before + 1);
    QCOMPARE(stored(), before + 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // Ctrl+Z on the page undoes the add, Ctrl+Shift+Z redoes it.
    QList<QAction *> undo = page->actions();
    QVERIFY(std::any_of(
        undo.begin(), undo.end(), [](QAction *a) { return a->shortcut() == QKeySequence(QKeySequence::Undo); }));
    page->undoStack()->undo();
    QCOMPARE(page->itemsModel()->rowCount(), before);
    QCOMPARE(stored(), before);
    page->undoStack()->redo();
    QCOMPARE(stored(), before + 1);
    // Editing its owner through the model stores it; undo restores none.
    const int row = page->itemsModel()->rowCount() - 1;
    const QString rep
        = sql(QStringLiteral("SELECT id FROM reps WHERE team_id = ? AND role = 'rep' ORDER BY name"), { m_teamId })
              .toString();
    QVERIFY(page->itemsModel()->setData(
        page->itemsModel()->index(row, ui::ActionItemsModel::OwnerColumn), rep, Qt::EditRole));
    const QString id = page->itemsModel()->index(row, 0).data(ui::ActionItemsModel::IdRole).toString();
    QCOMPARE(sql(QStringLiteral("SELECT owner_rep_id FROM action_items WHERE id = ?"), { id }).toString(), rep);
    page->undoStack()->undo();
    QVERIFY(sql(QStringLiteral("SELECT owner_rep_id FROM action_items WHERE id = ?"), { id }).isNull());
    page->undoStack()->undo();
    QCOMPARE(stored(), before);
}

void ReviewsPageTest::notesAreSavedAndUndone()
{
    auto page = openPage(m_nextReview);
    page->detail()->notesEdit->setPlainText(QStringLiteral("December pipeline: 3 large deals"));
    page->saveTexts();
    QCOMPARE(sql(QStringLiteral("SELECT notes FROM reviews WHERE id = ?"), { m_nextReview }).toString(),
        QStringLiteral("December pipeline: 3 large deals"));
    page->undoStack()->undo();
    QCOMPARE(sql(QStringLiteral("SELECT notes FROM reviews WHERE id = ?"), { m_nextReview }).toString(), QString());
    QCOMPARE(page->detail()->notesEdit->toPlainText(), QString());
}

void ReviewsPageTest::markAsHeldPersists()
{
    const QString review
        = sql(QStringLiteral("SELECT id FROM reviews WHERE kind = 'periodic' AND status = 'scheduled'")).toString();
    auto page = openPage(review);
    // A company review counts the activities since the previous one (2 November) by team.
    QTableWidget *activities = page->detail()->briefing->activitiesTable();
    QCOMPARE(activities->horizontalHeaderItem(0)->text(), QStringLiteral("Team"));
    QCOMPARE(activities->rowCount(), sql(QStringLiteral("SELECT count(*) FROM teams")).toInt() + 1);
    QCOMPARE(activities->item(activities->rowCount() - 1, activities->columnCount() - 2)->text().toInt(),
        sql(QStringLiteral("SELECT count(*) FROM activities WHERE occurred_on BETWEEN '2026-11-02' AND '2026-11-25'"))
            .toInt());
    QCOMPARE(
        sql(QStringLiteral("SELECT count(*) FROM teams WHERE name = ?"), { activities->item(0, 0)->text() }).toInt(),
        1);
    QVERIFY(page->detail()->markHeldButton->isEnabled());
    QSignalSpy listed(page.get(), &ui::ReviewsPage::listLoaded);
    QTest::mouseClick(page->detail()->markHeldButton, Qt::LeftButton);
    // Held before its day: it took place today.
    QCOMPARE(sql(QStringLiteral("SELECT status || ' ' || held_on FROM reviews WHERE id = ?"), { review }).toString(),
        QStringLiteral("held 2026-11-25"));
    QVERIFY(!page->detail()->markHeldButton->isEnabled());
    QVERIFY(listed.wait(20000));
    const int row = page->listModel()->rowOf(review);
    QCOMPARE(
        page->listModel()->index(row, ui::ReviewListModel::StatusColumn).data().toString(), QStringLiteral("Held"));
}

void ReviewsPageTest::aRepOnlyChangesTheirOwnItemsStatus()
{
    const QString owner
        = sql(QStringLiteral("SELECT owner_rep_id FROM action_items WHERE text = 'Call back the three "
                             "stalled proposals' AND review_id IN (SELECT id FROM reviews WHERE team_id = ?)"),
            { m_teamId })
              .toString();
    const QString name = sql(QStringLiteral("SELECT name FROM reps WHERE id = ?"), { owner }).toString();
    auto page = openPage(m_nextReview, storage::Actor { name, owner });
    QVERIFY(page->currentReview());
    QVERIFY(!page->detail()->addItemButton->isEnabled());
    QVERIFY(!page->detail()->markHeldButton->isEnabled());
    QVERIFY(page->detail()->notesEdit->isReadOnly());
    ui::ActionItemsModel *carried = page->carriedModel();
    for (int r = 0; r < carried->rowCount(); ++r) {
        const bool own = carried->item(r)->ownerRepId == owner;
        QCOMPARE(bool(carried->flags(carried->index(r, ui::ActionItemsModel::StatusColumn)) & Qt::ItemIsEditable), own);
        QVERIFY(!(carried->flags(carried->index(r, ui::ActionItemsModel::TextColumn)) & Qt::ItemIsEditable));
    }
    // Another team's reviews are not listed for this rep.
    const QString other
        = sql(QStringLiteral("SELECT id FROM reviews WHERE team_id <> ? LIMIT 1"), { m_teamId }).toString();
    QVERIFY(!other.isEmpty());
    QCOMPARE(page->listModel()->rowOf(other), -1);
}

void ReviewsPageTest::filterNarrowsTheListToOneScope()
{
    auto page = openPage(m_nextReview);
    const int all = sql(QStringLiteral("SELECT count(*) FROM reviews")).toInt();
    QCOMPARE(page->listModel()->rowCount(), all);
    // Scheduled first (soonest first), then held (newest first).
    QCOMPARE(
        page->listModel()->index(0, ui::ReviewListModel::StatusColumn).data().toString(), QStringLiteral("Scheduled"));
    QCOMPARE(
        page->listModel()->index(all - 1, ui::ReviewListModel::StatusColumn).data().toString(), QStringLiteral("Held"));
    auto *filter = page->findChild<QComboBox *>(QStringLiteral("reviewFilterComboBox"));
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(QString(QStringLiteral("team:") + m_teamId)));
    const int team
        = sql(QStringLiteral("SELECT count(*) FROM reviews WHERE team_id = ? AND rep_id IS NULL"), { m_teamId })
              .toInt();
    QCOMPARE(page->listModel()->rowCount(), team);
    for (int r = 0; r < team; ++r)
        QCOMPARE(page->listModel()->index(r, ui::ReviewListModel::ScopeColumn).data().toString(), m_teamName);
    filter->setCurrentIndex(filter->findData(QStringLiteral("company")));
    QCOMPARE(page->listModel()->rowCount(),
        sql(QStringLiteral("SELECT count(*) FROM reviews WHERE team_id IS NULL AND rep_id IS NULL")).toInt());
}

void ReviewsPageTest::screenshotOfAPreparedReview()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo12.attain"));
    QCOMPARE(storage::createDemoDatabase(demo, spec(12)).status, storage::DemoDatabaseResult::Status::Created);
    ui::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings, m_dir.filePath(QStringLiteral("attain.log")));
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openDatabase(demo));
    window.reviewsPage()->setAsOf(kAsOf);
    window.targetsPage()->setAsOf(kAsOf);
    QSignalSpy targets(window.targetsPage(), &ui::TargetsPage::loaded);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"))->currentWidget(),
        window.reviewsPage());
    QTRY_VERIFY_WITH_TIMEOUT(
        !window.targetsPage()->isLoading() && window.targetsPage()->model()->rowCount() > 0, 30000);
    auto opened = storage::Database::open(demo, storage::Database::Mode::OpenExisting);
    QVERIFY(opened.database);
    const QString review = storage::scalar(opened.database->connection(),
        QStringLiteral("SELECT id FROM reviews WHERE kind = 'team_meeting' AND status = 'scheduled' AND team_id = "
                       "(SELECT id FROM teams ORDER BY rowid LIMIT 1)"))
                               .toString();
    QSignalSpy loaded(window.reviewsPage(), &ui::ReviewsPage::reviewLoaded);
    window.reviewsPage()->selectReview(review);
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewsPage()->currentReview()
            && window.reviewsPage()->currentReview()->id == review && !window.reviewsPage()->isLoading(),
        20000);
    QVERIFY(window.reviewsPage()->detail()->briefing->targetsTable()->rowCount() > 0);
    QVERIFY(window.reviewsPage()->carriedModel()->overdueCount() == 1);
    if (const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(100);
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("reviews.png"))));
    }
    // A one-on-one: the rep's own targets and activities.
    const QString oneOnOne = storage::scalar(opened.database->connection(),
        QStringLiteral("SELECT id FROM reviews WHERE kind = 'one_on_one' AND status = 'scheduled'"))
                                 .toString();
    window.reviewsPage()->selectReview(oneOnOne);
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewsPage()->currentReview()
            && window.reviewsPage()->currentReview()->id == oneOnOne && !window.reviewsPage()->isLoading(),
        20000);
    QTableWidget *activities = window.reviewsPage()->detail()->briefing->activitiesTable();
    QVERIFY(activities->rowCount() <= 1); // one rep, no total row
    const QString repName = window.reviewsPage()->currentReview()->scopeName;
    QTableWidget *targetsTable = window.reviewsPage()->detail()->briefing->targetsTable();
    QVERIFY(targetsTable->rowCount() >= 1);
    for (int r = 0; r < targetsTable->rowCount(); ++r)
        QCOMPARE(targetsTable->item(r, 1)->text(), repName); // the rep's own targets only
    const storage::OrganisationRepository organisation(opened.database->connection());
    ui::NewReviewDialog dialog(organisation.teams(), organisation.reps(), kAsOf);
    dialog.templateComboBox()->setCurrentIndex(
        dialog.templateComboBox()->findData(static_cast<int>(storage::ReviewKind::OneOnOne)));
    QVERIFY(dialog.draft().scope.isRep());
    QVERIFY(dialog.draft().title.startsWith(QStringLiteral("One-on-one — ")));
    if (const QString shots = qEnvironmentVariable("ATTAIN_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("reviews-one-on-one.png"))));
        dialog.show();
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("new-review.png"))));
    }
}

QTEST_MAIN(ReviewsPageTest)
#include "ReviewsPageTest.moc"
