#include "storage/pack/PackExport.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/pack/FileSettings.h"
#include "storage/pack/RepDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <algorithm>

#include <filesystem>
#include <system_error>

namespace attain::storage::pack {

RepPack buildPack(const QSqlDatabase &db, const QString &repId)
{
    const RepFileOwner rep = findRep(db, repId);
    RepPack pack;
    pack.packId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pack.repId = rep.repId;
    pack.repName = rep.repName;
    pack.exportedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    pack.sourceFile = QFileInfo(db.databaseName()).fileName();
    // One read transaction: the records and the customers they name are one snapshot.
    Transaction snapshot(db);
    const QVariantList byRep{rep.repId};
    for (const RecordKind kind : {RecordKind::Deal, RecordKind::Activity, RecordKind::Feedback})
        pack.records(kind) = readRecords(db, kind, QStringLiteral("%1 = ?").arg(repColumnOf(kind)), byRep);
    QSet<QString> customerIds;
    for (const RecordKind kind : {RecordKind::Deal, RecordKind::Activity, RecordKind::Feedback})
        for (const QJsonObject &record : pack.records(kind))
            if (const QString id = record.value(QLatin1String("customer_id")).toString(); !id.isEmpty())
                customerIds.insert(id);
    for (const QString &id : customerIds)
        if (auto customer = readRecord(db, RecordKind::Customer, id))
            pack.customers.push_back(std::move(*customer));
    std::ranges::sort(pack.customers, {}, [](const QJsonObject &c) { return c.value(QLatin1String("id")).toString(); });
    return pack;
}

PackExportResult exportPack(const QSqlDatabase &db, const QString &path, const QString &repId)
{
    QString rep = repId;
    if (rep.isEmpty()) {
        const auto owner = repDatabaseOwner(db);
        if (!owner)
            throw StorageError(QStringLiteral("This is not a rep database; name the rep whose data to export."));
        rep = owner->repId;
    }
    const RepPack pack = buildPack(db, rep);
    const QString part = path + QStringLiteral(".part");
    QFile file(part);
    const QByteArray json = packToJson(pack);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size() || !file.flush()) {
        file.remove();
        throw StorageError(QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(part), file.errorString()));
    }
    file.close();
    // std::filesystem::rename replaces an existing pack in one step (the save dialog asked).
    std::error_code error;
    std::filesystem::rename(part.toStdU16String(), path.toStdU16String(), error);
    if (error) {
        QFile::remove(part);
        throw StorageError(QStringLiteral("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.message())));
    }
    return {pack.packId, pack.repName, static_cast<int>(pack.customers.size()), static_cast<int>(pack.deals.size()),
            static_cast<int>(pack.activities.size()), static_cast<int>(pack.feedback.size())};
}

} // namespace attain::storage::pack
