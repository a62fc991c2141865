#include "storage/pack/PackRecords.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace attain::storage::pack {

namespace {

using enum ColumnType;

constexpr std::array<ColumnSpec, 4> kCustomer{{
    {"id", Text, true, false},
    {"name", Text, true, false},
    {"region_id", Text, false, false},
    {"group_id", Text, false, false},
}};

constexpr std::array<ColumnSpec, 16> kDeal{{
    {"id", Text, true, false},
    {"owner_rep_id", Text, true, false},
    {"team_id", Text, false, false},
    {"customer_id", Text, false, false},
    {"channel_id", Text, false, false},
    {"product_line_id", Text, false, false},
    {"region_id", Text, false, false},
    {"amount_minor", Integer, true, false},
    {"currency", Text, true, false},
    {"stage", Text, true, false},
    {"created_on", Date, true, false},
    {"closed_on", Date, false, false},
    {"expected_close_on", Date, false, false},
    {"lost_reason", Text, false, false},
    {"competitor", Text, false, false},
    {"updated_at", Text, false, false},
}};

constexpr std::array<ColumnSpec, 10> kActivity{{
    {"id", Text, true, false},
    {"rep_id", Text, true, false},
    {"customer_id", Text, false, false},
    {"deal_id", Text, false, false},
    {"type", Text, true, false},
    {"occurred_on", Date, true, false},
    {"minutes", Integer, true, false},
    {"outcome", Text, false, false},
    {"notes", Text, false, false},
    {"updated_at", Text, false, false},
}};

constexpr std::array<ColumnSpec, 11> kFeedback{{
    {"id", Text, true, false},
    {"customer_id", Text, false, false},
    {"rep_id", Text, true, false},
    {"received_on", Date, true, false},
    {"score", Integer, true, false},
    {"complaint", Integer, true, false},
    {"resolved", Integer, true, false},
    {"notes", Text, false, false},
    {"resolution", Text, false, true},
    {"resolved_on", Date, false, false},
    {"updated_at", Text, false, false},
}};

const QString kCredits = QStringLiteral("credits");
const QString kUpdatedAt = QStringLiteral("updated_at");

QJsonValue typedValue(const ColumnSpec &column, const QJsonValue &value)
{
    // '' and NULL are one content in a nullable text column: the entry forms write NULL for an
    // empty note where imports wrote '', and a save without a change is no edit.
    const bool empty = value.isNull() || value.isUndefined()
                       || (column.type == Text && !column.required && value.isString() && value.toString().isEmpty());
    if (empty)
        return column.emptyIfNull ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
    if (column.type == Integer && value.isDouble())
        return QJsonValue(value.toInteger());
    return value;
}

QJsonArray sortedCredits(const QJsonValue &credits)
{
    std::vector<QJsonObject> rows;
    for (const QJsonValue &credit : credits.toArray())
        rows.push_back(QJsonObject{{QStringLiteral("rep_id"), credit[QLatin1String("rep_id")]},
                                   {QStringLiteral("basis_points"),
                                    QJsonValue(credit[QLatin1String("basis_points")].toInteger())}});
    std::ranges::sort(rows, {}, [](const QJsonObject &row) { return row[QLatin1String("rep_id")].toString(); });
    QJsonArray sorted;
    for (const QJsonObject &row : rows)
        sorted.append(row);
    return sorted;
}

QJsonValue sqlToJson(const ColumnSpec &column, const QVariant &value)
{
    if (value.isNull())
        return column.emptyIfNull ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
    if (column.type == Integer)
        return QJsonValue(value.toLongLong());
    return QJsonValue(value.toString());
}

QVariant jsonToSql(const ColumnSpec &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return column.emptyIfNull ? QVariant(QString(QLatin1String(""))) : QVariant();
    if (column.type == Integer)
        return QVariant(static_cast<qlonglong>(value.toInteger()));
    return QVariant(value.toString());
}

QString columnList(RecordKind kind)
{
    QStringList names;
    for (const ColumnSpec &column : columnsOf(kind))
        names << QLatin1String(column.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString kindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return QStringLiteral("customer");
    case RecordKind::Deal: return QStringLiteral("deal");
    case RecordKind::Activity: return QStringLiteral("activity");
    case RecordKind::Feedback: return QStringLiteral("feedback");
    }
    return {};
}

QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return QStringLiteral("customers");
    case RecordKind::Deal: return QStringLiteral("deals");
    case RecordKind::Activity: return QStringLiteral("activities");
    case RecordKind::Feedback: return QStringLiteral("feedback");
    }
    return {};
}

std::span<const ColumnSpec> columnsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return kCustomer;
    case RecordKind::Deal: return kDeal;
    case RecordKind::Activity: return kActivity;
    case RecordKind::Feedback: return kFeedback;
    }
    return {};
}

QString repColumnOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer: return {};
    case RecordKind::Deal: return QStringLiteral("owner_rep_id");
    case RecordKind::Activity:
    case RecordKind::Feedback: return QStringLiteral("rep_id");
    }
    return {};
}

QJsonObject canonical(RecordKind kind, const QJsonObject &record)
{
    QJsonObject result;
    for (const ColumnSpec &column : columnsOf(kind))
        result.insert(QLatin1String(column.name), typedValue(column, record.value(QLatin1String(column.name))));
    if (kind == RecordKind::Deal)
        result.insert(kCredits, sortedCredits(record.value(kCredits)));
    return result;
}

QString contentHash(RecordKind kind, const QJsonObject &record)
{
    QJsonObject content = canonical(kind, record);
    content.remove(kUpdatedAt);
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray text = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QStringList differingFields(RecordKind kind, const QJsonObject &a, const QJsonObject &b)
{
    const QJsonObject left = canonical(kind, a);
    const QJsonObject right = canonical(kind, b);
    QStringList fields;
    for (auto it = left.begin(); it != left.end(); ++it)
        if (it.key() != kUpdatedAt && it.value() != right.value(it.key()))
            fields << it.key();
    return fields;
}

std::vector<QJsonObject> readRecords(const QSqlDatabase &db, RecordKind kind, const QString &where,
                                     const QVariantList &parameters)
{
    const std::span<const ColumnSpec> columns = columnsOf(kind);
    QSqlQuery query = prepare(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY id")
                                      .arg(columnList(kind), tableOf(kind), where));
    for (const QVariant &parameter : parameters)
        query.addBindValue(parameter);
    exec(query);
    std::vector<QJsonObject> records;
    while (query.next()) {
        QJsonObject record;
        for (int i = 0; i < static_cast<int>(columns.size()); ++i)
            record.insert(QLatin1String(columns[i].name), sqlToJson(columns[i], query.value(i)));
        records.push_back(record);
    }
    if (kind != RecordKind::Deal || records.empty())
        return records;
    // A deal's credit split is part of the deal.
    QSqlQuery credits = prepare(db, QStringLiteral("SELECT c.deal_id, c.rep_id, c.basis_points FROM deal_credits c "
                                                   "WHERE c.deal_id IN (SELECT id FROM deals WHERE %1) "
                                                   "ORDER BY c.deal_id, c.rep_id")
                                        .arg(where));
    for (const QVariant &parameter : parameters)
        credits.addBindValue(parameter);
    exec(credits);
    QHash<QString, QJsonArray> byDeal;
    while (credits.next())
        byDeal[credits.value(0).toString()].append(
            QJsonObject{{QStringLiteral("rep_id"), credits.value(1).toString()},
                        {QStringLiteral("basis_points"), QJsonValue(credits.value(2).toLongLong())}});
    for (QJsonObject &record : records)
        record.insert(kCredits, byDeal.value(record[QLatin1String("id")].toString()));
    return records;
}

std::optional<QJsonObject> readRecord(const QSqlDatabase &db, RecordKind kind, const QString &id)
{
    std::vector<QJsonObject> records = readRecords(db, kind, QStringLiteral("id = ?"), {id});
    if (records.empty())
        return std::nullopt;
    return records.front();
}

void writeRecord(const QSqlDatabase &db, RecordKind kind, const QJsonObject &record, bool exists)
{
    const std::span<const ColumnSpec> columns = columnsOf(kind);
    QStringList names;
    QStringList assignments;
    for (const ColumnSpec &column : columns.subspan(1)) {
        names << QLatin1String(column.name);
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(column.name));
    }
    QSqlQuery query = exists
        ? prepare(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(tableOf(kind), assignments.join(u", ")))
        : prepare(db, QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3?)")
                          .arg(tableOf(kind), names.join(u", "), QStringLiteral("?, ").repeated(names.size())));
    for (const ColumnSpec &column : columns.subspan(1))
        query.addBindValue(jsonToSql(column, record.value(QLatin1String(column.name))));
    query.addBindValue(record.value(QLatin1String("id")).toString());
    exec(query);
    if (kind != RecordKind::Deal)
        return;
    const QString dealId = record.value(QLatin1String("id")).toString();
    QSqlQuery clear = prepare(db, QStringLiteral("DELETE FROM deal_credits WHERE deal_id = ?"));
    clear.addBindValue(dealId);
    exec(clear);
    QSqlQuery insert = prepare(db, QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES (?, ?, ?)"));
    for (const QJsonValue &credit : record.value(kCredits).toArray()) {
        insert.addBindValue(dealId);
        insert.addBindValue(credit[QLatin1String("rep_id")].toString());
        insert.addBindValue(static_cast<qlonglong>(credit[QLatin1String("basis_points")].toInteger()));
        exec(insert);
    }
}

} // namespace attain::storage::pack
