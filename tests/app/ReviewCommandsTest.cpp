// The review page's undo commands against a real database: an edit of an action item that
// changes its details and its status is one transaction, so a failed status change leaves the
// details as they were and the undo stack in step with the file.
#include "app/ReviewCommands.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace attain;

namespace {

/// A ReviewCommandTarget on one connection, as ReviewsPage::runCommand works.
class Target final : public ui::ReviewCommandTarget
{
public:
    explicit Target(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    bool runCommand(const std::function<void(storage::ReviewRepository &)> &command) override
    {
        try {
            storage::ReviewRepository reviews(m_db);
            command(reviews);
            return true;
        } catch (const storage::StorageError &error) {
            lastError = error.message();
            return false;
        }
    }
    void itemAdded(const storage::ActionItem &) override { }
    void itemRemoved(const QString &) override { }
    void itemChanged(const storage::ActionItem &) override { }
    void reviewChanged(const storage::Review &) override { }
    [[nodiscard]] engine::Date today() const override { return engine::makeDate(2026, 11, 25); }
    [[nodiscard]] storage::Actor actor() const override { return { QStringLiteral("Boss"), {} }; }

    QString lastError;

private:
    QSqlDatabase m_db;
};

QString textOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

} // namespace

class ReviewCommandsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedStatusChangeLeavesTheDetails();
    void undoOfAnItemDeletedElsewhereIsDropped();
};

void ReviewCommandsTest::failedStatusChangeLeavesTheDetails()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto opened = storage::Database::open(
        folder.filePath(QStringLiteral("reviews.attain")), storage::Database::Mode::CreateIfMissing);
    QVERIFY2(opened.database, qPrintable(opened.message));
    const QSqlDatabase db = opened.database->connection();
    Target target(db);

    storage::ReviewDraft draft;
    draft.kind = storage::ReviewKind::Periodic; // the company's business review
    draft.heldOn = engine::makeDate(2026, 11, 20);
    draft.title = QStringLiteral("November business review");
    storage::ActionItem item;
    item.text = QStringLiteral("Call the three stalled accounts");
    draft.actionItems.push_back(item);
    storage::ReviewRepository reviews(db);
    const QString reviewId = reviews.create(draft, target.actor(), target.today());
    const storage::ActionItem before = reviews.actionItems(reviewId, target.actor()).at(0);

    // The status change fails in the database (as a locked or full disk would make it).
    QSqlQuery trigger(db);
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_status BEFORE UPDATE OF status ON action_items "
                                        "BEGIN SELECT RAISE(ABORT, 'status refused'); END")));
    storage::ActionItem after = before;
    after.text = QStringLiteral("Call the four stalled accounts");
    after.status = storage::ActionStatus::Done;
    QUndoStack stack;
    stack.push(new ui::EditActionItemCommand(target, before, after));

    QVERIFY(target.lastError.contains(QStringLiteral("status refused")));
    QCOMPARE(textOf(db, QStringLiteral("SELECT text FROM action_items")), before.text);
    QCOMPARE(textOf(db, QStringLiteral("SELECT status FROM action_items")), QStringLiteral("open"));
    // The failed edit is not on the stack: nothing to undo that did not happen.
    QCOMPARE(stack.count(), 0);

    // Without the fault the same edit writes both, and undo puts both back.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_status")));
    stack.push(new ui::EditActionItemCommand(target, before, after));
    QCOMPARE(textOf(db, QStringLiteral("SELECT text || '/' || status FROM action_items")),
        QStringLiteral("Call the four stalled accounts/done"));
    stack.undo();
    QCOMPARE(textOf(db, QStringLiteral("SELECT text || '/' || status FROM action_items")),
        QStringLiteral("Call the three stalled accounts/open"));
}

// Undoing an edit of an item that was deleted meanwhile fails; the command leaves the stack, so
// Redo does not offer a change to an item that is gone.
void ReviewCommandsTest::undoOfAnItemDeletedElsewhereIsDropped()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto opened = storage::Database::open(
        folder.filePath(QStringLiteral("reviews.attain")), storage::Database::Mode::CreateIfMissing);
    QVERIFY2(opened.database, qPrintable(opened.message));
    const QSqlDatabase db = opened.database->connection();
    Target target(db);
    storage::ReviewDraft draft;
    draft.kind = storage::ReviewKind::Periodic;
    draft.heldOn = engine::makeDate(2026, 11, 20);
    draft.title = QStringLiteral("November business review");
    storage::ActionItem item;
    item.text = QStringLiteral("Call the three stalled accounts");
    draft.actionItems.push_back(item);
    storage::ReviewRepository reviews(db);
    const QString reviewId = reviews.create(draft, target.actor(), target.today());
    const storage::ActionItem before = reviews.actionItems(reviewId, target.actor()).at(0);
    storage::ActionItem after = before;
    after.text = QStringLiteral("Call the four stalled accounts");
    QUndoStack stack;
    stack.push(new ui::EditActionItemCommand(target, before, after));
    QCOMPARE(stack.count(), 1);
    reviews.removeActionItem(before.id, target.actor());
    stack.undo();
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canRedo());
}

QTEST_MAIN(ReviewCommandsTest)
#include "ReviewCommandsTest.moc"
