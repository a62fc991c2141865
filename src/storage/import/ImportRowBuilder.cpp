#include "storage/import/ImportRowBuilder.h"

#include "engine/Metric.h"
#include "storage/SqlHelpers.h"
#include "storage/import/ImportSchema.h"
#include "storage/import/ImportValues.h"

#include <QUuid>

#include <algorithm>

namespace attain::storage::import {

namespace {

/// Namespace of Attain's import ids (a fixed random UUID): the same natural key always gives
/// the same id, in every database.
const QUuid kImportNamespace(QStringLiteral("{6f1c2a8e-3b0d-4e57-9a41-2d8c5e7f1b36}"));

QString joinKey(std::initializer_list<QString> parts)
{
    QString key;
    for (const QString &part : parts) {
        if (!key.isEmpty())
            key += QLatin1Char('|');
        key += part;
    }
    return key;
}

QString numberText(const ImportRow::Value &value)
{
    const auto *number = std::get_if<std::int64_t>(&value);
    return number ? QString::number(*number) : QString();
}

} // namespace

ImportRowBuilder::ImportRowBuilder(const ColumnMapping &mapping, const ImportReferences &references,
                                   const ImportOptions &options)
    : m_mapping(mapping), m_references(references), m_options(options)
{
}

QString ImportRowBuilder::stableId(const QString &naturalKey)
{
    return QUuid::createUuidV5(kImportNamespace, naturalKey).toString(QUuid::WithoutBraces);
}

int ImportRowBuilder::col(int field) const
{
    return field >= 0 && m_mapping.has(field) ? m_mapping.column(field) + 1 : 0;
}

int ImportRowBuilder::field(const char16_t *key) const
{
    const QList<ImportField> &fields = ImportSchema::fields(m_mapping.kind());
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields[i].key == QStringView(key))
            return static_cast<int>(i);
    return -1;
}

ImportRow ImportRowBuilder::build(const CsvRecord &record) const
{
    ImportRow row;
    // A ragged row has lost or gained a separator somewhere: its values cannot be trusted.
    if (record.fields.size() != m_mapping.headerSize())
        row.problems.append({record.line, 0, QStringLiteral("expected %1 fields as in the header, found %2")
                                                 .arg(m_mapping.headerSize()).arg(record.fields.size())});
    convert(record, row);
    switch (m_mapping.kind()) {
    case ImportKind::Deals: applyDealRules(record, row); break;
    case ImportKind::Customers: applyCustomerRules(row); break;
    case ImportKind::Reps: applyRepRules(row); break;
    case ImportKind::Activities: applyActivityRules(row); break;
    case ImportKind::Targets: applyTargetRules(record, row); break;
    }
    return row;
}

void ImportRowBuilder::convert(const CsvRecord &record, ImportRow &row) const
{
    const QList<ImportField> &fields = ImportSchema::fields(m_mapping.kind());
    row.values.resize(static_cast<std::size_t>(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ImportField &f = fields[i];
        const int index = static_cast<int>(i);
        const int column = m_mapping.column(index);
        // Spreadsheets drop trailing empty cells: a short record reads as empty values.
        const QString text = column >= 0 && column < record.fields.size() ? record.fields[column].trimmed() : QString();
        ImportRow::Value &value = row.values[static_cast<std::size_t>(i)];
        const auto problem = [&](const QString &message) { row.problems.append({record.line, column + 1, message}); };
        if (text.isEmpty()) {
            if (f.required)
                problem(QStringLiteral("missing %1").arg(f.key));
            continue;
        }
        switch (f.type) {
        case FieldType::Id:
        case FieldType::Text: value = text; break;
        case FieldType::Date: {
            const auto parsed = parseDate(text, m_options.dateOrder);
            if (parsed.value)
                value = toSqlDate(*parsed.value);
            else
                problem(parsed.error);
            break;
        }
        case FieldType::Amount:
        case FieldType::Integer: {
            const auto parsed = f.type == FieldType::Amount ? parseAmount(text) : parseInteger(text);
            if (parsed.value)
                value = *parsed.value;
            else
                problem(parsed.error);
            break;
        }
        case FieldType::Currency:
        case FieldType::Stage:
        case FieldType::Role: {
            const auto parsed = f.type == FieldType::Currency ? parseCurrency(text)
                                : f.type == FieldType::Stage  ? parseStage(text)
                                                              : parseRole(text);
            if (parsed.value)
                value = *parsed.value;
            else
                problem(parsed.error);
            break;
        }
        case FieldType::Metric:
            if (engine::metricFromKey(text.toStdString()))
                value = text;
            else
                problem(QStringLiteral("unknown metric '%1'").arg(text));
            break;
        case FieldType::CustomerGroupRef: {
            // Groups are a short list of names (key accounts, SMB …): a new one is created.
            const QString existing = m_references.customerGroupByName(text);
            if (!existing.isEmpty()) {
                value = existing;
            } else {
                row.newGroupName = text;
                row.newGroupId = stableId(joinKey({QStringLiteral("customer_group"), ImportReferences::key(text)}));
                value = row.newGroupId;
            }
            break;
        }
        case FieldType::CustomerRef:
            if (m_mapping.kind() == ImportKind::Deals) {
                // A deal naming a new customer creates it in the same transaction.
                const auto resolved = m_references.resolve(f.type, text);
                if (!resolved.id.isEmpty()) {
                    value = resolved.id;
                } else if (resolved.error.startsWith(QLatin1String("unknown"))) {
                    row.newCustomerName = text;
                    row.newCustomerId = stableId(joinKey({QStringLiteral("customer"), ImportReferences::key(text)}));
                    value = row.newCustomerId;
                } else {
                    problem(resolved.error);
                }
                break;
            }
            [[fallthrough]];
        default: {
            const auto resolved = m_references.resolve(f.type, text);
            if (resolved.id.isEmpty())
                problem(resolved.error);
            else
                value = resolved.id;
        }
        }
    }
}

void ImportRowBuilder::applyDealRules(const CsvRecord &record, ImportRow &row) const
{
    const int id = 0, owner = field(u"owner"), customer = field(u"customer"), amount = field(u"amount"),
              currency = field(u"currency"), stage = field(u"stage"), closed = field(u"closed_on"),
              created = field(u"created_on"), expected = field(u"expected_close_on"), team = field(u"team");
    auto &v = row.values;
    const auto at = [&v](int i) -> ImportRow::Value & { return v[static_cast<std::size_t>(i)]; };
    if (row.isNull(currency))
        at(currency) = m_options.defaultCurrency;
    if (row.isNull(stage) && !m_mapping.has(stage))
        at(stage) = QStringLiteral("won"); // a file without a stage column lists closed sales
    else if (row.isNull(stage) && std::none_of(row.problems.cbegin(), row.problems.cend(),
                                               [&](const CsvProblem &p) { return p.column == col(stage); }))
        row.problems.append({record.line, col(stage), QStringLiteral("missing stage")});
    const QString stageText = row.text(stage);
    if ((stageText == QLatin1String("won") || stageText == QLatin1String("lost")) && row.isNull(closed))
        row.problems.append({record.line, col(closed),
                             QStringLiteral("a %1 deal needs a close date").arg(stageText)});
    if (row.isNull(created))
        at(created) = row.isNull(closed) ? at(expected) : at(closed);
    if (row.isNull(created) && row.ok())
        row.problems.append({record.line, col(created), QStringLiteral("missing created date (no close date either)")});
    if (row.isNull(team) && !row.isNull(owner)) {
        const QString ownerTeam = m_references.teamOfRep(row.text(owner));
        if (!ownerTeam.isEmpty())
            at(team) = ownerTeam;
    }
    if (row.isNull(id))
        at(id) = stableId(joinKey({QStringLiteral("deal"), row.text(owner), row.text(customer), row.text(closed),
                                   numberText(at(amount)), row.text(currency)}));
}

void ImportRowBuilder::applyCustomerRules(ImportRow &row) const
{
    const int name = field(u"name");
    if (!row.isNull(0) || row.isNull(name))
        return;
    const QString existing = m_references.customerByName(row.text(name));
    row.values[0] = existing.isEmpty()
                        ? stableId(joinKey({QStringLiteral("customer"), ImportReferences::key(row.text(name))}))
                        : existing;
}

void ImportRowBuilder::applyRepRules(ImportRow &row) const
{
    const int name = field(u"name"), email = field(u"email"), role = field(u"role");
    if (row.isNull(role))
        row.values[static_cast<std::size_t>(role)] = QStringLiteral("rep");
    if (!row.isNull(0) || row.isNull(name))
        return;
    const QString existing = m_references.repByEmailOrName(row.text(email), row.text(name));
    const QString natural = row.isNull(email) ? row.text(name) : row.text(email);
    row.values[0] = existing.isEmpty()
                        ? stableId(joinKey({QStringLiteral("rep"), ImportReferences::key(natural)}))
                        : existing;
}

void ImportRowBuilder::applyActivityRules(ImportRow &row) const
{
    const int rep = field(u"rep"), customer = field(u"customer"), deal = field(u"deal"), type = field(u"type"),
              occurred = field(u"occurred_on"), minutes = field(u"minutes"), notes = field(u"notes");
    if (row.isNull(minutes))
        row.values[static_cast<std::size_t>(minutes)] = std::int64_t{0};
    if (row.isNull(0))
        row.values[0] = stableId(joinKey({QStringLiteral("activity"), row.text(rep), row.text(customer),
                                          row.text(deal), row.text(type), row.text(occurred), row.text(notes)}));
}

void ImportRowBuilder::applyTargetRules(const CsvRecord &record, ImportRow &row) const
{
    const int parent = field(u"parent"), metric = field(u"metric"), scopeKind = field(u"scope_kind"),
              scopeId = field(u"scope_id"), title = field(u"title"), start = field(u"period_start"),
              end = field(u"period_end"), label = field(u"period_label");
    auto &v = row.values;
    const auto at = [&v](int i) -> ImportRow::Value & { return v[static_cast<std::size_t>(i)]; };
    if (!row.isNull(start) && !row.isNull(end) && row.text(end) < row.text(start))
        row.problems.append({record.line, col(end), QStringLiteral("period end %1 is before its start %2")
                                                        .arg(row.text(end), row.text(start))});
    if (row.isNull(label))
        at(label) = row.text(start) + QStringLiteral("..") + row.text(end);
    if (row.isNull(title))
        at(title) = row.text(metric) + QLatin1Char(' ') + row.text(label);
    if (row.isNull(0))
        at(0) = stableId(joinKey({QStringLiteral("target"), row.text(parent), row.text(metric), row.text(scopeKind),
                                  row.text(scopeId), row.text(start), row.text(end)}));
}

} // namespace attain::storage::import
