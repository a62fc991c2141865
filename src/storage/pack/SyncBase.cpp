#include "storage/pack/SyncBase.h"

#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace attain::storage::pack {

std::optional<QString> syncBaseHash(const QSqlDatabase &db, RecordKind kind, const QString &id,
                                    const QString &sourceRepId)
{
    QSqlQuery query = prepare(db, QStringLiteral("SELECT content_hash, source_rep_id FROM sync_base "
                                                 "WHERE record_kind = ? AND record_id = ?"));
    query.addBindValue(kindKey(kind));
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    if (!sourceRepId.isEmpty() && query.value(1).toString() != sourceRepId)
        return std::nullopt;
    return query.value(0).toString();
}

void setSyncBase(const QSqlDatabase &db, RecordKind kind, const QString &id, const QString &repId,
                 const QString &hash, const QString &at)
{
    QSqlQuery query = prepare(db, QStringLiteral("INSERT OR REPLACE INTO sync_base "
                                                 "(record_kind, record_id, source_rep_id, content_hash, merged_at) "
                                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(kindKey(kind));
    query.addBindValue(id);
    query.addBindValue(repId);
    query.addBindValue(hash);
    query.addBindValue(at);
    exec(query);
}

} // namespace attain::storage::pack
