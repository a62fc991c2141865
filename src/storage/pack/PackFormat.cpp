#include "storage/pack/PackFormat.h"

#include "storage/StorageError.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <array>

namespace attain::storage::pack {

namespace {

constexpr std::array kKinds{RecordKind::Customer, RecordKind::Deal, RecordKind::Activity, RecordKind::Feedback};

/// The pack's array for `kind`.
QString arrayKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return QStringLiteral("customers");
    case RecordKind::Deal: return QStringLiteral("deals");
    case RecordKind::Activity: return QStringLiteral("activities");
    case RecordKind::Feedback: return QStringLiteral("feedback");
    }
    return {};
}

/// Line and column (1-based) of a byte offset, for JSON syntax errors.
QString lineAndColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

[[noreturn]] void fail(const QString &message)
{
    throw StorageError(message);
}

void checkField(const QString &label, const ColumnSpec &column, const QJsonValue &value)
{
    const QString name = QLatin1String(column.name);
    if (value.isNull() || value.isUndefined()) {
        if (column.required)
            fail(QStringLiteral("%1: %2 is missing.").arg(label, name));
        return;
    }
    switch (column.type) {
    case ColumnType::Integer:
        if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()))
            fail(QStringLiteral("%1: %2 must be a whole number.").arg(label, name));
        return;
    case ColumnType::Date:
        // Exactly YYYY-MM-DD: Qt::ISODate also takes "2026/11/03" and "2026-11-03T10:00", which the
        // tables' text comparisons and the pages' date parsers do not.
        if (!value.isString()
            || QDate::fromString(value.toString(), Qt::ISODate).toString(Qt::ISODate) != value.toString())
            fail(QStringLiteral("%1: %2 must be a date (YYYY-MM-DD), not %3.")
                     .arg(label, name, value.toVariant().toString()));
        return;
    case ColumnType::Text:
        if (!value.isString())
            fail(QStringLiteral("%1: %2 must be text.").arg(label, name));
        if (name.endsWith(QLatin1String("id")) && !isUuid(value.toString()))
            fail(QStringLiteral("%1: %2 \"%3\" is not a UUID.").arg(label, name, value.toString()));
        return;
    }
}

QJsonObject parseRecord(RecordKind kind, int index, const QJsonValue &value)
{
    if (!value.isObject())
        fail(QStringLiteral("%1 %2: not a JSON object.").arg(kindKey(kind)).arg(index + 1));
    const QJsonObject record = value.toObject();
    const QString label = recordLabel(kind, index, record);
    for (const ColumnSpec &column : columnsOf(kind))
        checkField(label, column, record.value(QLatin1String(column.name)));
    if (kind == RecordKind::Deal) {
        const QJsonValue credits = record.value(QLatin1String("credits"));
        if (!credits.isUndefined() && !credits.isArray())
            fail(QStringLiteral("%1: credits must be a list.").arg(label));
        static constexpr ColumnSpec kRep{"rep_id", ColumnType::Text, true, false};
        static constexpr ColumnSpec kShare{"basis_points", ColumnType::Integer, true, false};
        for (const QJsonValue &credit : credits.toArray()) {
            checkField(label + QStringLiteral(" credit"), kRep, credit[QLatin1String("rep_id")]);
            checkField(label + QStringLiteral(" credit"), kShare, credit[QLatin1String("basis_points")]);
        }
    }
    return canonical(kind, record);
}

} // namespace

const std::vector<QJsonObject> &RepPack::records(RecordKind kind) const
{
    return const_cast<RepPack *>(this)->records(kind);
}

std::vector<QJsonObject> &RepPack::records(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return customers;
    case RecordKind::Deal: return deals;
    case RecordKind::Activity: return activities;
    case RecordKind::Feedback: break;
    }
    return feedback;
}

bool isUuid(const QString &text)
{
    // The form the database stores: 36 characters, no braces.
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString recordLabel(RecordKind kind, int index, const QJsonObject &record)
{
    const QJsonValue id = record.value(QLatin1String("id"));
    const QString idText = id.isString() ? id.toString() : QStringLiteral("missing");
    return QStringLiteral("%1 %2 (id %3)").arg(kindKey(kind)).arg(index + 1).arg(idText);
}

QByteArray packToJson(const RepPack &pack)
{
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kPackFormat)},
        {QStringLiteral("version"), kPackVersion},
        {QStringLiteral("pack_id"), pack.packId},
        {QStringLiteral("rep_id"), pack.repId},
        {QStringLiteral("rep_name"), pack.repName},
        {QStringLiteral("exported_at"), pack.exportedAt},
        {QStringLiteral("source_file"), pack.sourceFile},
    };
    for (const RecordKind kind : kKinds) {
        QJsonArray array;
        for (const QJsonObject &record : pack.records(kind))
            array.append(record);
        root.insert(arrayKey(kind), array);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

RepPack parsePack(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("The pack is not valid JSON: %1 at %2.")
                 .arg(error.errorString(), lineAndColumn(json, error.offset)));
    if (!document.isObject())
        fail(QStringLiteral("The pack is not an Attain rep data pack (its JSON is not an object)."));
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != QLatin1String(kPackFormat))
        fail(QStringLiteral("The file is not an Attain rep data pack (format \"%1\", expected \"%2\").")
                 .arg(format, QLatin1String(kPackFormat)));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.toInt(-1) != kPackVersion)
        fail(QStringLiteral("The pack has version %1; this version of Attain reads version %2 packs.")
                 .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("(none)"))
                 .arg(kPackVersion));
    RepPack pack;
    pack.packId = root.value(QLatin1String("pack_id")).toString();
    pack.repId = root.value(QLatin1String("rep_id")).toString();
    pack.repName = root.value(QLatin1String("rep_name")).toString();
    pack.exportedAt = root.value(QLatin1String("exported_at")).toString();
    pack.sourceFile = root.value(QLatin1String("source_file")).toString();
    if (!isUuid(pack.packId))
        fail(QStringLiteral("The pack's pack_id \"%1\" is not a UUID.").arg(pack.packId));
    if (!isUuid(pack.repId))
        fail(QStringLiteral("The pack's rep_id \"%1\" is not a UUID.").arg(pack.repId));
    if (pack.exportedAt.isEmpty())
        fail(QStringLiteral("The pack has no exported_at time."));
    for (const RecordKind kind : kKinds) {
        const QJsonValue array = root.value(arrayKey(kind));
        if (!array.isUndefined() && !array.isArray())
            fail(QStringLiteral("The pack's %1 must be a list.").arg(arrayKey(kind)));
        const QJsonArray items = array.toArray();
        QSet<QString> seen;
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject record = parseRecord(kind, i, items[i]);
            const QString id = record.value(QLatin1String("id")).toString();
            if (seen.contains(id))
                fail(QStringLiteral("%1: the id appears twice in the pack.").arg(recordLabel(kind, i, record)));
            seen.insert(id);
            pack.records(kind).push_back(std::move(record));
        }
    }
    return pack;
}

} // namespace attain::storage::pack
