#include "storage/pack/RepDatabase.h"

#include "storage/Database.h"
#include "storage/DashboardFacts.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/pack/PackRecords.h"
#include "storage/pack/SyncBase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <array>
#include <vector>

namespace attain::storage::pack {

namespace {

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query = prepare(db, QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
    exec(query);
    QStringList columns;
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

/// Copies the rows of manager.`table` matching `where` into the same table of the new file;
/// `nullColumns` are left NULL (a target's parent stays in the manager's file). Returns the
/// number of rows copied.
int copyRows(const QSqlDatabase &db, const QString &table, const QString &where, const QVariantList &parameters,
             const QStringList &nullColumns = {})
{
    const QStringList columns = columnsOf(db, table);
    QStringList selected;
    for (const QString &column : columns)
        selected << (nullColumns.contains(column) ? QStringLiteral("NULL") : column);
    QSqlQuery query = prepare(db, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM manager.%1 WHERE %4")
                                      .arg(table, columns.join(u", "), selected.join(u", "), where));
    for (const QVariant &parameter : parameters)
        query.addBindValue(parameter);
    exec(query);
    return query.numRowsAffected();
}

struct HandedOut
{
    RecordKind kind;
    QString id;
    QString hash;
};

/// Fills the new file (attached to the manager's as "manager") in one transaction and returns
/// the versions of the rep's own records it holds.
std::vector<HandedOut> fillRepDatabase(const QSqlDatabase &db, const QString &managerFile, const RepFileOwner &rep,
                                       RepDatabaseResult &result)
{
    const QVariantList none;
    const QVariantList byRep{rep.repId};
    Transaction transaction(db);
    for (const char *table : {"regions", "channels", "product_lines", "teams", "reps", "customer_groups"})
        copyRows(db, QLatin1String(table), QStringLiteral("1"), none);
    result.customers = copyRows(db, QStringLiteral("customers"), QStringLiteral("1"), none);
    copyRows(db, QStringLiteral("exchange_rates"), QStringLiteral("1"), none);
    execStatement(db, QStringLiteral("DELETE FROM main.workload_norms"));
    copyRows(db, QStringLiteral("workload_norms"), QStringLiteral("1"), none);
    // Deals of others that the rep's activities refer to come along so the references hold.
    copyRows(db, QStringLiteral("deals"),
             QStringLiteral("owner_rep_id = ? OR id IN (SELECT deal_id FROM manager.activities WHERE rep_id = ?)"),
             {rep.repId, rep.repId});
    copyRows(db, QStringLiteral("deal_credits"), QStringLiteral("deal_id IN (SELECT id FROM main.deals)"), none);
    result.activities = copyRows(db, QStringLiteral("activities"), QStringLiteral("rep_id = ?"), byRep);
    result.feedback = copyRows(db, QStringLiteral("feedback"), QStringLiteral("rep_id = ?"), byRep);
    result.targets = copyRows(db, QStringLiteral("targets"), QStringLiteral("scope_kind = 'rep' AND scope_id = ?"),
                              byRep, {QStringLiteral("parent_id")});
    setFileSetting(db, QStringLiteral("rep_id"), rep.repId);
    setFileSetting(db, QStringLiteral("rep_name"), rep.repName);
    setFileSetting(db, QStringLiteral("created_from"), QFileInfo(managerFile).fileName());
    setFileSetting(db, QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    std::vector<HandedOut> handedOut;
    for (const RecordKind kind : {RecordKind::Deal, RecordKind::Activity, RecordKind::Feedback}) {
        const auto records = readRecords(db, kind, QStringLiteral("%1 = ?").arg(repColumnOf(kind)), byRep);
        if (kind == RecordKind::Deal)
            result.deals = static_cast<int>(records.size());
        for (const QJsonObject &record : records)
            handedOut.push_back({kind, record.value(QLatin1String("id")).toString(), contentHash(kind, record)});
    }
    DashboardFacts(db).refresh();
    transaction.commit();
    return handedOut;
}

} // namespace

RepFileOwner findRep(const QSqlDatabase &db, const QString &idOrName)
{
    QSqlQuery query = prepare(db, QStringLiteral("SELECT id, name FROM reps WHERE id = ? OR name = ? ORDER BY id = ? DESC"));
    query.addBindValue(idOrName);
    query.addBindValue(idOrName);
    query.addBindValue(idOrName);
    exec(query);
    std::vector<RepFileOwner> matches;
    while (query.next())
        matches.push_back({query.value(0).toString(), query.value(1).toString()});
    if (matches.empty())
        throw StorageError(QStringLiteral("There is no rep \"%1\" in this database.").arg(idOrName));
    if (matches.size() > 1 && matches[0].repId != idOrName)
        throw StorageError(QStringLiteral("Several reps are called \"%1\"; give the rep's id instead.").arg(idOrName));
    return matches.front();
}

RepDatabaseResult createRepDatabase(const QSqlDatabase &managerDb, const QString &repId, const QString &path,
                                    const Actor &actor)
{
    // A rep database holds the rep's activities and feedback: a rep may not take another's.
    if (!actor.isManager())
        throw StorageError(QStringLiteral("Only a manager can create a rep database."));
    if (QFileInfo::exists(path))
        throw StorageError(QStringLiteral("%1 already exists; choose a new file name for the rep database.")
                               .arg(QDir::toNativeSeparators(path)));
    if (const auto owner = repDatabaseOwner(managerDb))
        throw StorageError(QStringLiteral("This file is already %1's rep database; create rep databases from the "
                                          "manager's database.")
                               .arg(owner->repName));
    RepDatabaseResult result;
    result.rep = findRep(managerDb, repId);
    if (result.rep.repId != repId)
        throw StorageError(QStringLiteral("There is no rep with the id %1 in this database.").arg(repId));

    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    std::vector<HandedOut> handedOut;
    try {
        auto opened = Database::open(part, Database::Mode::CreateIfMissing);
        if (!opened.database)
            throw StorageError(opened.message);
        const QSqlDatabase db = opened.database->connection();
        QSqlQuery attach = prepare(db, QStringLiteral("ATTACH DATABASE ? AS manager"));
        attach.addBindValue(managerDb.databaseName());
        exec(attach);
        handedOut = fillRepDatabase(db, managerDb.databaseName(), result.rep, result);
        execStatement(db, QStringLiteral("DETACH DATABASE manager"));
        // One self-contained file to rename and copy to the laptop, no -wal beside it.
        execStatement(db, QStringLiteral("PRAGMA journal_mode = DELETE"));

        // The manager's side: what was handed out is the base of the rep's later packs.
        Transaction transaction(managerDb);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const HandedOut &record : handedOut)
            setSyncBase(managerDb, record.kind, record.id, result.rep.repId, record.hash, now);
        transaction.commit();
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        throw StorageError(QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return result;
}

} // namespace attain::storage::pack
