#include "storage/pack/FileSettings.h"

#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace attain::storage::pack {

QString fileSetting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query = prepare(db, QStringLiteral("SELECT value FROM file_settings WHERE key = ?"));
    query.addBindValue(key);
    exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

void setFileSetting(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query = prepare(db, QStringLiteral("INSERT OR REPLACE INTO file_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    exec(query);
}

std::optional<RepFileOwner> repDatabaseOwner(const QSqlDatabase &db)
{
    const QString repId = fileSetting(db, QStringLiteral("rep_id"));
    if (repId.isEmpty())
        return std::nullopt;
    return RepFileOwner{repId, fileSetting(db, QStringLiteral("rep_name"))};
}

} // namespace attain::storage::pack
