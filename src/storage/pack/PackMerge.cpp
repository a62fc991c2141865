#include "storage/pack/PackMerge.h"

#include "storage/DashboardFacts.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/pack/FileSettings.h"
#include "storage/pack/SyncBase.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace attain::storage::pack {

namespace {

/// Why the merge stopped: the resolver cancelled.
struct Cancelled
{
};

QString compact(const QJsonObject &record)
{
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

void storeConflict(const QSqlDatabase &db, const MergeConflict &conflict, const QString &packId, ConflictChoice choice,
                   const QString &resolvedBy, const QString &at)
{
    QSqlQuery query = prepare(db, QStringLiteral("INSERT INTO merge_conflicts (id, record_kind, record_id, pack_id, "
                                                 "local_json, incoming_json, resolution, resolved_by, resolved_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(kindKey(conflict.kind));
    query.addBindValue(conflict.recordId);
    query.addBindValue(packId);
    query.addBindValue(compact(conflict.local));
    query.addBindValue(compact(conflict.incoming));
    query.addBindValue(choice == ConflictChoice::KeepLocal ? QStringLiteral("kept_local") : QStringLiteral("took_incoming"));
    query.addBindValue(resolvedBy);
    query.addBindValue(at);
    exec(query);
}

void recordImport(const QSqlDatabase &db, const RepPack &pack, const QString &fileName, const PackImportResult &result,
                  const QString &at)
{
    QSqlQuery query = prepare(db, QStringLiteral("INSERT INTO pack_imports (pack_id, rep_id, exported_at, imported_at, "
                                                 "file_name, inserted, updated, unchanged, conflicts) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(pack.packId);
    query.addBindValue(pack.repId);
    query.addBindValue(pack.exportedAt);
    query.addBindValue(at);
    query.addBindValue(fileName);
    query.addBindValue(result.inserted + result.newCustomers);
    query.addBindValue(result.updated);
    query.addBindValue(result.unchanged + result.keptLocal);
    query.addBindValue(result.conflictCount());
    exec(query);
}

/// The merge of one pack inside the caller's transaction.
class Merger
{
public:
    Merger(QSqlDatabase db, const RepPack &pack, const Actor &actor, const ConflictResolver &resolver,
           PackImportResult &result)
        : m_db(std::move(db)), m_pack(pack), m_resolver(resolver), m_result(result),
          m_signature(actor.name.isEmpty() ? QStringLiteral("?") : actor.name),
          m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
    {
    }

    [[nodiscard]] const QString &now() const { return m_now; }

    void mergeCustomer(const QJsonObject &incoming)
    {
        // Customers are shared by every rep: one the manager's file lacks arrives, an existing
        // one stays as the manager has it.
        if (!readRecord(m_db, RecordKind::Customer, incoming.value(QLatin1String("id")).toString())) {
            writeRecord(m_db, RecordKind::Customer, incoming, false);
            ++m_result.newCustomers;
        }
    }

    void merge(RecordKind kind, int index, const QJsonObject &incoming)
    {
        const QString id = incoming.value(QLatin1String("id")).toString();
        const QString theirs = contentHash(kind, incoming);
        const std::optional<QJsonObject> local = readRecord(m_db, kind, id);
        // Only this rep's own base counts: a record the manager's file gives another rep (or
        // whose base another rep's hand-out set) is never taken silently from this pack; it
        // becomes a conflict for the manager to decide.
        const std::optional<QString> base = syncBaseHash(m_db, kind, id, m_pack.repId);
        if (!local) {
            writeRecord(m_db, kind, incoming, false);
            ++m_result.inserted;
        } else if (const QString mine = contentHash(kind, *local); mine == theirs) {
            ++m_result.unchanged;
        } else if (base == mine) {
            writeRecord(m_db, kind, incoming, true);
            ++m_result.updated;
        } else if (base == theirs) {
            ++m_result.keptLocal;
            return; // the base stays the version the rep has
        } else {
            resolve(kind, index, *local, incoming);
        }
        if (base != theirs)
            setSyncBase(m_db, kind, id, m_pack.repId, theirs, m_now);
    }

private:
    void resolve(RecordKind kind, int index, const QJsonObject &local, const QJsonObject &incoming)
    {
        MergeConflict conflict{kind,
                               incoming.value(QLatin1String("id")).toString(),
                               recordLabel(kind, index, incoming),
                               canonical(kind, local),
                               canonical(kind, incoming),
                               differingFields(kind, local, incoming)};
        const ConflictChoice choice = m_resolver ? m_resolver(conflict) : ConflictChoice::Cancel;
        if (choice == ConflictChoice::Cancel)
            throw Cancelled{};
        if (choice == ConflictChoice::TakeIncoming) {
            writeRecord(m_db, kind, incoming, true);
            ++m_result.conflictsTookIncoming;
        } else {
            ++m_result.conflictsKeptLocal;
        }
        // Both sides are kept for good, whichever won.
        storeConflict(m_db, conflict, m_pack.packId, choice, m_signature, m_now);
        m_result.conflicts.push_back(std::move(conflict));
    }

    QSqlDatabase m_db;
    const RepPack &m_pack;
    const ConflictResolver &m_resolver;
    PackImportResult &m_result;
    QString m_signature;
    QString m_now;
};

} // namespace

PackImportResult importPack(const QSqlDatabase &db, const QString &path, const Actor &actor,
                            const ConflictResolver &resolver, const PackImportOptions &options)
{
    if (!actor.isManager())
        throw StorageError(QStringLiteral("Only a manager can import a rep's data pack."));
    if (const auto owner = repDatabaseOwner(db))
        throw StorageError(QStringLiteral("This file is %1's rep database; import data packs into the manager's "
                                          "database.")
                               .arg(owner->repName));
    const RepPack pack = readPackFile(path);
    validatePack(db, pack);

    PackImportResult result;
    result.packId = pack.packId;
    result.repId = pack.repId;
    result.repName = pack.repName;
    result.exportedAt = pack.exportedAt;
    {
        QSqlQuery previous = prepare(db, QStringLiteral("SELECT imported_at FROM pack_imports WHERE pack_id = ?"));
        previous.addBindValue(pack.packId);
        exec(previous);
        if (previous.next()) {
            result.status = PackImportResult::Status::AlreadyImported;
            result.previousImportAt = previous.value(0).toString();
            return result;
        }
    }

    const int total = static_cast<int>(pack.customers.size() + pack.deals.size() + pack.activities.size()
                                       + pack.feedback.size());
    int done = 0;
    const auto step = [&] {
        if (options.progress && (++done % 50 == 0 || done == total))
            options.progress(done, total);
    };
    Transaction transaction(db);
    Merger merger(db, pack, actor, resolver, result);
    try {
        for (const QJsonObject &customer : pack.customers) {
            merger.mergeCustomer(customer);
            step();
        }
        // Deals before the activities that refer to them.
        for (const RecordKind kind : {RecordKind::Deal, RecordKind::Activity, RecordKind::Feedback}) {
            const auto &records = pack.records(kind);
            for (int i = 0; i < static_cast<int>(records.size()); ++i) {
                merger.merge(kind, i, records[static_cast<std::size_t>(i)]);
                step();
            }
        }
    } catch (const Cancelled &) {
        result.status = PackImportResult::Status::Cancelled;
        return result; // the transaction rolls back
    }
    recordImport(db, pack, QFileInfo(path).fileName(), result, merger.now());
    DashboardFacts(db).refresh();
    if (options.dryRun) {
        result.status = PackImportResult::Status::DryRun;
        return result;
    }
    transaction.commit();
    return result;
}

} // namespace attain::storage::pack
