// Rep databases and data packs: hand-out, export, three-way import (docs/data-formats.md,
// "Rep data packs").
#include "RepPackFixture.h"

#include "storage/StorageError.h"
#include "storage/pack/FileSettings.h"
#include "storage/pack/PackExport.h"
#include "storage/pack/RepDatabase.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace attain::storage::test {

namespace {

using pack::ConflictChoice;
using Status = pack::PackImportResult::Status;

QString notesOf(const QSqlDatabase &db, const QString &activity)
{
    return RepPack::value(db, QStringLiteral("SELECT notes FROM activities WHERE id = ?"), {activity}).toString();
}

void editNotes(const QSqlDatabase &db, const QString &activity, const QString &notes)
{
    RepPack::run(db, QStringLiteral("UPDATE activities SET notes = ?, updated_at = '2026-11-20T09:00:00Z' WHERE id = ?"),
                 {notes, activity});
}

qlonglong count(const QSqlDatabase &db, const QString &table)
{
    return RepPack::value(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

TEST_F(RepPack, RepDatabaseHoldsTheOrganisationAndOnlyTheRepsRecords)
{
    // Li helped on Wang's deal: the deal comes along so the reference holds, but is not Li's to export.
    run(manager(), QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, deal_id, type, occurred_on, minutes) "
                                  "VALUES (?, ?, ?, ?, 'demo', '2026-10-01', 120)"),
        {uuid(46), kLi, kBeta, kWangDeal});
    handOut();
    const auto owner = pack::repDatabaseOwner(rep());
    ASSERT_TRUE(owner);
    EXPECT_EQ(owner->repId, kLi);
    EXPECT_EQ(owner->repName, QStringLiteral("Li Na"));
    EXPECT_FALSE(pack::repDatabaseOwner(manager()));
    EXPECT_EQ(count(rep(), QStringLiteral("reps")), 2);
    EXPECT_EQ(count(rep(), QStringLiteral("customers")), 2);
    EXPECT_EQ(count(rep(), QStringLiteral("activities")), 3);
    EXPECT_EQ(value(rep(), QStringLiteral("SELECT count(*) FROM activities WHERE rep_id = ?"), {kWang}).toInt(), 0);
    EXPECT_EQ(count(rep(), QStringLiteral("feedback")), 1);
    EXPECT_EQ(count(rep(), QStringLiteral("deals")), 2);
    EXPECT_EQ(count(rep(), QStringLiteral("deal_credits")), 3);
    // Li's own target, without the company target above it.
    EXPECT_EQ(value(rep(), QStringLiteral("SELECT title || '/' || coalesce(parent_id, '-') FROM targets")).toString(),
              QStringLiteral("Li 2026/-"));
    // The manager remembers the version handed out of each of Li's 5 records (not Wang's deal).
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT count(*) FROM sync_base WHERE source_rep_id = ?"), {kLi}).toInt(), 5);
    EXPECT_FALSE(value(manager(), QStringLiteral("SELECT 1 FROM sync_base WHERE record_id = ?"), {kWangDeal}).isValid());
    const auto exported = pack::exportPack(rep(), m_folder.path(QStringLiteral("li.attainpack")));
    EXPECT_EQ(exported.deals, 1);
    EXPECT_EQ(exported.activities, 3);
    EXPECT_EQ(exported.customers, 2);
}

TEST_F(RepPack, RepDatabaseNeverReplacesAFile)
{
    handOut();
    const TableChecksum before = TableChecksum::of(manager());
    try {
        (void)pack::createRepDatabase(manager(), kLi, m_repPath, m_boss);
        FAIL() << "an existing file was replaced";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("already exists"))) << error.what();
    }
    EXPECT_EQ(TableChecksum::of(manager()), before);
    EXPECT_EQ(count(rep(), QStringLiteral("activities")), 2);
    EXPECT_THROW((void)pack::createRepDatabase(manager(), uuid(99), m_folder.path(QStringLiteral("x.attain")), m_boss), StorageError);
    EXPECT_FALSE(QFileInfo::exists(m_folder.path(QStringLiteral("x.attain"))));
}

TEST_F(RepPack, RoundTripBringsExactlyTheRepsChangesWithTheirIds)
{
    handOut();
    // On the laptop: a new customer with an activity, an edited call, a bigger deal.
    const QString gamma = uuid(22), lunch = uuid(43);
    run(rep(), QStringLiteral("INSERT INTO customers (id, name) VALUES (?, 'Gamma 伽马')"), {gamma});
    run(rep(), QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, type, occurred_on, minutes, notes, "
                              "updated_at) VALUES (?, ?, ?, 'meeting', '2026-11-21', 45, 'first meeting', "
                              "'2026-11-21T10:00:00Z')"),
        {lunch, kLi, gamma});
    editNotes(rep(), kLiCall, QStringLiteral("quote sent"));
    run(rep(), QStringLiteral("UPDATE deals SET amount_minor = 650000, stage = 'negotiation' WHERE id = ?"), {kLiDeal});
    const QString path = exportFromRep();
    const QVariant wangBefore = value(manager(), QStringLiteral("SELECT group_concat(notes) FROM activities WHERE rep_id = ?"), {kWang});

    const pack::PackImportResult result = importAs(path);
    EXPECT_EQ(result.status, Status::Imported);
    EXPECT_EQ(result.inserted, 1);
    EXPECT_EQ(result.newCustomers, 1);
    EXPECT_EQ(result.updated, 2);   // the call and the deal
    EXPECT_EQ(result.unchanged, 2); // the visit and the feedback
    EXPECT_EQ(result.conflictCount(), 0);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {gamma}).toString(),
              QStringLiteral("Gamma 伽马"));
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT customer_id || '/' || notes FROM activities WHERE id = ?"), {lunch}).toString(),
              gamma + QStringLiteral("/first meeting"));
    EXPECT_EQ(notesOf(manager(), kLiCall), QStringLiteral("quote sent"));
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT amount_minor || stage FROM deals WHERE id = ?"), {kLiDeal}).toString(),
              QStringLiteral("650000negotiation"));
    // The credit split came along unchanged; Wang's records are untouched.
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT sum(basis_points) FROM deal_credits WHERE deal_id = ?"), {kLiDeal}).toInt(), 10000);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT group_concat(notes) FROM activities WHERE rep_id = ?"), {kWang}), wangBefore);
    EXPECT_EQ(count(manager(), QStringLiteral("activities")), 4);
    // Li's records are now the same on both sides.
    for (const auto kind : {pack::RecordKind::Deal, pack::RecordKind::Activity, pack::RecordKind::Feedback}) {
        const QString where = pack::repColumnOf(kind) + QStringLiteral(" = ?");
        const auto mine = pack::readRecords(manager(), kind, where, {kLi});
        const auto theirs = pack::readRecords(rep(), kind, where, {kLi});
        ASSERT_EQ(mine.size(), theirs.size()) << pack::kindKey(kind).toStdString();
        for (std::size_t i = 0; i < mine.size(); ++i)
            EXPECT_EQ(pack::canonical(kind, mine[i]), pack::canonical(kind, theirs[i]));
    }
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT inserted || '/' || updated || '/' || unchanged || '/' || conflicts "
                                              "FROM pack_imports WHERE pack_id = ?"), {result.packId}).toString(),
              QStringLiteral("2/2/2/0"));
    // The dashboard's facts were brought up to date in the same transaction.
    EXPECT_EQ(count(manager(), QStringLiteral("facts_dirty")), 0);
}

TEST_F(RepPack, ImportingTheSamePackTwiceChangesNothing)
{
    handOut();
    editNotes(rep(), kLiVisit, QStringLiteral("met the plant manager"));
    run(rep(), QStringLiteral("INSERT INTO activities (id, rep_id, type, occurred_on, minutes) VALUES (?, ?, 'call', '2026-11-22', 5)"),
        {uuid(44), kLi});
    const QString path = exportFromRep();
    ASSERT_EQ(importAs(path).status, Status::Imported);
    const TableChecksum once = TableChecksum::of(manager());

    const pack::PackImportResult again = importAs(path);
    EXPECT_EQ(again.status, Status::AlreadyImported);
    EXPECT_FALSE(again.previousImportAt.isEmpty());
    EXPECT_EQ(TableChecksum::of(manager()), once);

    // A new pack of the same records merges to the same rows: no duplicates, nothing updated.
    const pack::PackImportResult later = importAs(exportFromRep());
    EXPECT_EQ(later.status, Status::Imported);
    EXPECT_EQ(later.inserted + later.updated + later.conflictCount(), 0);
    EXPECT_EQ(later.unchanged, 5);
    TableChecksum twice = TableChecksum::of(manager());
    TableChecksum expected = once;
    for (TableChecksum *sums : {&twice, &expected}) {
        sums->counts.remove(QStringLiteral("pack_imports"));
        sums->hashes.remove(QStringLiteral("pack_imports"));
    }
    EXPECT_EQ(twice, expected);
    EXPECT_EQ(count(manager(), QStringLiteral("pack_imports")), 2);
}

TEST_F(RepPack, ConflictKeptLocalStoresBothSides)
{
    handOut();
    editNotes(manager(), kLiCall, QStringLiteral("manager: call back Monday"));
    editNotes(rep(), kLiCall, QStringLiteral("rep: quote sent"));
    std::vector<pack::MergeConflict> asked;
    const auto result = pack::importPack(manager(), exportFromRep(), m_boss, [&asked](const pack::MergeConflict &c) {
        asked.push_back(c);
        return ConflictChoice::KeepLocal;
    });
    ASSERT_EQ(asked.size(), 1U);
    EXPECT_EQ(asked[0].recordId, kLiCall);
    EXPECT_EQ(asked[0].fields, QStringList{QStringLiteral("notes")});
    EXPECT_EQ(asked[0].local.value(QStringLiteral("notes")).toString(), QStringLiteral("manager: call back Monday"));
    EXPECT_EQ(asked[0].incoming.value(QStringLiteral("notes")).toString(), QStringLiteral("rep: quote sent"));
    EXPECT_EQ(result.conflictsKeptLocal, 1);
    EXPECT_EQ(notesOf(manager(), kLiCall), QStringLiteral("manager: call back Monday"));
    const auto stored = [this](const char *column) {
        return QJsonDocument::fromJson(value(manager(), QStringLiteral("SELECT %1 FROM merge_conflicts WHERE record_id = ?")
                                                            .arg(QLatin1String(column)), {kLiCall}).toByteArray())
            .object().value(QStringLiteral("notes")).toString();
    };
    EXPECT_EQ(stored("local_json"), QStringLiteral("manager: call back Monday"));
    EXPECT_EQ(stored("incoming_json"), QStringLiteral("rep: quote sent"));
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT resolution || '/' || resolved_by FROM merge_conflicts")).toString(),
              QStringLiteral("kept_local/Boss"));
    // Decided once: the rep's next pack with the same version asks nothing.
    const auto next = importAs(exportFromRep());
    EXPECT_EQ(next.conflictCount(), 0);
    EXPECT_EQ(next.keptLocal, 1);
    EXPECT_EQ(notesOf(manager(), kLiCall), QStringLiteral("manager: call back Monday"));
}

TEST_F(RepPack, ConflictTakingIncomingStoresBothSides)
{
    handOut();
    editNotes(manager(), kLiCall, QStringLiteral("manager: call back Monday"));
    editNotes(rep(), kLiCall, QStringLiteral("rep: quote sent"));
    const auto result = importAs(exportFromRep(), ConflictChoice::TakeIncoming);
    EXPECT_EQ(result.conflictsTookIncoming, 1);
    EXPECT_EQ(notesOf(manager(), kLiCall), QStringLiteral("rep: quote sent"));
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT resolution FROM merge_conflicts WHERE record_id = ?"), {kLiCall}).toString(),
              QStringLiteral("took_incoming"));
    EXPECT_TRUE(value(manager(), QStringLiteral("SELECT local_json FROM merge_conflicts")).toString()
                    .contains(QStringLiteral("manager: call back Monday")));
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT conflicts FROM pack_imports")).toInt(), 1);
}

TEST_F(RepPack, DealConflictComparesTheCreditSplitToo)
{
    handOut();
    // The manager gives Li the whole deal; Li, offline, raises the amount.
    run(manager(), QStringLiteral("DELETE FROM deal_credits WHERE deal_id = ? AND rep_id = ?"), {kLiDeal, kWang});
    run(manager(), QStringLiteral("UPDATE deal_credits SET basis_points = 10000 WHERE deal_id = ?"), {kLiDeal});
    run(rep(), QStringLiteral("UPDATE deals SET amount_minor = 720000 WHERE id = ?"), {kLiDeal});
    std::vector<pack::MergeConflict> asked;
    const auto result = pack::importPack(manager(), exportFromRep(), m_boss, [&asked](const pack::MergeConflict &c) {
        asked.push_back(c);
        return ConflictChoice::TakeIncoming;
    });
    ASSERT_EQ(asked.size(), 1U);
    EXPECT_EQ(asked[0].kind, pack::RecordKind::Deal);
    EXPECT_EQ(asked[0].fields, (QStringList{QStringLiteral("amount_minor"), QStringLiteral("credits")}));
    EXPECT_EQ(result.conflictsTookIncoming, 1);
    // Li's version whole: the amount and the 70/30 split.
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT amount_minor FROM deals WHERE id = ?"), {kLiDeal}).toLongLong(), 720000);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT group_concat(basis_points, '/') FROM "
                                              "(SELECT basis_points FROM deal_credits WHERE deal_id = ? ORDER BY rep_id)"),
                    {kLiDeal}).toString(),
              QStringLiteral("7000/3000"));
    EXPECT_TRUE(value(manager(), QStringLiteral("SELECT local_json FROM merge_conflicts WHERE record_kind = 'deal'")).toString()
                    .contains(QStringLiteral("\"basis_points\":10000")));
}

TEST_F(RepPack, RepOnlyChangeIsTakenAndManagerOnlyChangeIsKept)
{
    handOut();
    editNotes(rep(), kLiVisit, QStringLiteral("rep edited"));
    editNotes(manager(), kLiCall, QStringLiteral("manager edited"));
    run(manager(), QStringLiteral("UPDATE feedback SET resolution = 'called back' WHERE id = ?"), {kLiFeedback});
    // No resolver: a conflict would cancel the import.
    const auto result = pack::importPack(manager(), exportFromRep(), m_boss, {});
    EXPECT_EQ(result.status, Status::Imported);
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(result.keptLocal, 2);
    EXPECT_EQ(notesOf(manager(), kLiVisit), QStringLiteral("rep edited"));
    EXPECT_EQ(notesOf(manager(), kLiCall), QStringLiteral("manager edited"));
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT resolution FROM feedback WHERE id = ?"), {kLiFeedback}).toString(),
              QStringLiteral("called back"));
    EXPECT_EQ(count(manager(), QStringLiteral("merge_conflicts")), 0);
}

TEST_F(RepPack, CancellingAConflictWritesNothing)
{
    handOut();
    editNotes(manager(), kLiCall, QStringLiteral("manager"));
    editNotes(rep(), kLiCall, QStringLiteral("rep"));
    run(rep(), QStringLiteral("INSERT INTO activities (id, rep_id, type, occurred_on, minutes) VALUES (?, ?, 'email', '2026-11-22', 5)"),
        {uuid(45), kLi});
    const QString path = exportFromRep();
    const TableChecksum before = TableChecksum::of(manager());
    EXPECT_EQ(importAs(path, ConflictChoice::Cancel).status, Status::Cancelled);
    EXPECT_EQ(TableChecksum::of(manager()), before);
    // A preview (dry run) counts but writes nothing either.
    const auto preview = pack::importPack(manager(), path, m_boss, [](const pack::MergeConflict &) {
        return ConflictChoice::KeepLocal;
    }, {true, {}});
    EXPECT_EQ(preview.status, Status::DryRun);
    EXPECT_EQ(preview.inserted, 1);
    EXPECT_EQ(preview.conflictsKeptLocal, 1);
    EXPECT_EQ(TableChecksum::of(manager()), before);
}

TEST_F(RepPack, OnlyAManagerImportsAndOnlyIntoTheManagersFile)
{
    handOut();
    const QString path = exportFromRep();
    const TableChecksum before = TableChecksum::of(manager());
    EXPECT_THROW((void)pack::importPack(manager(), path, Actor{QStringLiteral("Li Na"), kLi}, {}), StorageError);
    EXPECT_EQ(TableChecksum::of(manager()), before);
    EXPECT_THROW((void)pack::importPack(rep(), path, m_boss, {}), StorageError);
    // The manager's file is not a rep database: exporting from it needs a rep.
    EXPECT_THROW((void)pack::exportPack(manager(), m_folder.path(QStringLiteral("x.attainpack"))), StorageError);
    const auto exported = pack::exportPack(manager(), m_folder.path(QStringLiteral("wang.attainpack")), kWang);
    EXPECT_EQ(exported.activities, 1);
    EXPECT_EQ(exported.deals, 1);
    EXPECT_EQ(exported.customers, 1);
    EXPECT_FALSE(QFileInfo::exists(m_folder.path(QStringLiteral("wang.attainpack.part"))));
}

// An empty text and NULL are the same content: the app writes NULL for an empty note where a
// CSV import wrote '', and saving an activity unchanged must not turn the rep's later edit of
// it into a conflict.
TEST_F(RepPack, EmptyTextAndNullAreTheSameContent)
{
    run(manager(), QStringLiteral("UPDATE activities SET notes = '', outcome = '' WHERE id = ?"), {kLiVisit});
    handOut();
    // The manager's entry form saved it unchanged: empty note and outcome become NULL.
    run(manager(), QStringLiteral("UPDATE activities SET notes = NULL, outcome = NULL WHERE id = ?"), {kLiVisit});
    run(rep(), QStringLiteral("UPDATE activities SET minutes = 120 WHERE id = ?"), {kLiVisit});
    // No resolver: a conflict would cancel the import.
    const auto result = pack::importPack(manager(), exportFromRep(), m_boss, {});
    EXPECT_EQ(result.status, Status::Imported);
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(result.conflictCount(), 0);
    EXPECT_EQ(value(manager(), QStringLiteral("SELECT minutes FROM activities WHERE id = ?"), {kLiVisit}).toInt(), 120);
}

// The rule holds in storage, not only in the disabled menu item: a rep working in the manager's
// file cannot write out another rep's activities and feedback.
TEST_F(RepPack, OnlyAManagerCreatesARepDatabase)
{
    const QString path = m_folder.path(QStringLiteral("wang.attain"));
    const TableChecksum before = TableChecksum::of(manager());
    try {
        (void)pack::createRepDatabase(manager(), kWang, path, Actor{QStringLiteral("Li Na"), kLi});
        FAIL() << "a rep created a rep database";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("Only a manager"))) << error.what();
    }
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    EXPECT_EQ(TableChecksum::of(manager()), before);
}

// A link the manager set from the rep's activity to another rep's deal travels to the rep's
// database and comes back with the rep's edit of the activity.
TEST_F(RepPack, AManagersLinkToAnotherRepsDealComesBack)
{
    run(manager(), QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, deal_id, type, occurred_on, minutes) "
                                  "VALUES (?, ?, ?, ?, 'demo', '2026-10-01', 120)"),
        {uuid(46), kLi, kBeta, kWangDeal});
    handOut();
    editNotes(rep(), uuid(46), QStringLiteral("demo went well"));
    const auto result = pack::importPack(manager(), exportFromRep(), m_boss, {});
    EXPECT_EQ(result.status, Status::Imported);
    EXPECT_EQ(result.updated, 1);
    EXPECT_EQ(notesOf(manager(), uuid(46)), QStringLiteral("demo went well"));
    // The manager removed the link meanwhile: the rep's unchanged version does not block the pack.
    run(manager(), QStringLiteral("UPDATE activities SET deal_id = NULL WHERE id = ?"), {uuid(46)});
    editNotes(rep(), kLiVisit, QStringLiteral("second visit"));
    const auto second = pack::importPack(manager(), exportFromRep(), m_boss, {});
    EXPECT_EQ(second.status, Status::Imported);
    EXPECT_TRUE(value(manager(), QStringLiteral("SELECT deal_id FROM activities WHERE id = ?"), {uuid(46)}).isNull());
}

} // namespace attain::storage::test
