#include "storage/import/Importer.h"

#include "storage/DashboardFacts.h"
#include "storage/PragmaScope.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/import/ColumnMapping.h"
#include "storage/import/ImportReferences.h"
#include "storage/import/ImportRowBuilder.h"
#include "storage/import/ImportSchema.h"
#include "storage/import/ImportWriter.h"

#include <QHash>
#include <QUuid>

#include <optional>

namespace attain::storage::import {

namespace {

void addProblem(ImportReport &report, const CsvProblem &problem, const ImportOptions &options)
{
    ++report.problemCount;
    if (report.problems.size() < options.maxProblems)
        report.problems.append(problem);
}

/// 128-bit key of a row id for the in-file duplicate check: 16 bytes per row instead of a
/// string, so a million-row file stays small. Ids that are not UUIDs are hashed into one.
QUuid idKey(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? QUuid::createUuidV5(QUuid(), id) : uuid;
}

QStringList previewOf(const ImportRow &row)
{
    QStringList texts;
    for (const ImportRow::Value &value : row.values) {
        if (const auto *number = std::get_if<std::int64_t>(&value))
            texts.append(QString::number(*number));
        else if (const auto *text = std::get_if<QString>(&value))
            texts.append(*text);
        else
            texts.append(QString());
    }
    return texts;
}

} // namespace

Importer::Importer(QSqlDatabase db) : m_db(std::move(db))
{
}

ImportReport Importer::run(ImportKind kind, const CsvRecord &header, const RecordSource &next,
                           const ImportOptions &options, const SourceProblem &sourceProblem)
{
    ImportReport report;
    const ColumnMapping mapping = ColumnMapping::resolve(kind, header, options.mapping);
    report.notes = mapping.notes();
    for (const CsvProblem &problem : mapping.problems())
        addProblem(report, problem, options);
    if (!mapping.ok())
        return report;
    const QList<ImportField> &fields = ImportSchema::fields(kind);
    for (const ImportField &field : fields)
        report.previewColumns.append(field.column);
    const int idColumn = mapping.has(0) ? mapping.column(0) + 1 : 0;

    // A large page cache for the import's duration: rows land at random places in the id and
    // index B-trees, and SQLite's default 2 MB cache would re-read pages from the file.
    const PragmaScope cache(m_db, "cache_size", -256 * 1024);
    // One transaction for the whole file; a dry run also reads inside one, for a consistent view.
    Transaction transaction(m_db);
    ImportReferences references(m_db);
    const ImportRowBuilder builder(mapping, references, options);
    ImportWriter writer(m_db, mapping, !options.dryRun);
    QHash<QUuid, qint64> seen; // row id → first line
    seen.reserve(1024);

    CsvRecord record;
    while (next(record)) {
        ++report.rowsRead;
        ImportRow row = builder.build(record);
        if (row.ok()) {
            const QString id = row.text(0);
            const QUuid key = idKey(id);
            const auto first = seen.constFind(key);
            if (first == seen.cend())
                seen.insert(key, record.line);
            else if (idColumn > 0)
                row.problems.append({record.line, idColumn,
                                     QStringLiteral("duplicate id '%1' (also on line %2)").arg(id).arg(*first)});
            else
                row.problems.append({record.line, 0, QStringLiteral("same row as line %1 (the same natural key); "
                                                                    "add an id column to import both").arg(*first)});
        }
        if (row.ok() && !options.dryRun) {
            try {
                if (!row.newCustomerId.isEmpty() && references.customerByName(row.newCustomerName).isEmpty())
                    writer.createCustomer(row.newCustomerId, row.newCustomerName);
                if (!row.newGroupId.isEmpty() && references.customerGroupByName(row.newGroupName).isEmpty())
                    writer.createCustomerGroup(row.newGroupId, row.newGroupName);
                if (writer.upsert(row))
                    ++report.inserted;
                else
                    ++report.updated;
            } catch (const StorageError &error) {
                row.problems.append({record.line, 0, error.message()});
            }
        } else if (row.ok()) {
            if (writer.exists(row.text(0)))
                ++report.updated;
            else
                ++report.inserted;
        }
        if (!row.ok()) {
            for (const CsvProblem &problem : std::as_const(row.problems))
                addProblem(report, problem, options);
            if (options.skipBadLines) {
                ++report.skipped;
                report.skippedLines.append(record.line);
            }
            continue;
        }
        if (!row.newGroupId.isEmpty() && references.customerGroupByName(row.newGroupName).isEmpty())
            references.addCustomerGroup(row.newGroupId, row.newGroupName);
        if (!row.newCustomerId.isEmpty() && references.customerByName(row.newCustomerName).isEmpty()) {
            references.addCustomer(row.newCustomerId, row.newCustomerName);
            ++report.customersCreated;
        }
        if (kind == ImportKind::Targets)
            references.addTarget(row.text(0)); // a child target may follow its parent in the file
        if (report.previewRows.size() < options.previewRows)
            report.previewRows.append(previewOf(row));
    }

    if (sourceProblem)
        if (const std::optional<CsvProblem> broken = sourceProblem()) {
            addProblem(report, *broken, options);
            report.fileBroken = true;
        }
    if (!options.dryRun && !report.fileBroken && (report.ok() || options.skipBadLines)) {
        // The dashboard facts of what changed, in the import's transaction: both or neither.
        try {
            DashboardFacts(m_db).refresh();
        } catch (const StorageError &error) {
            addProblem(report, {0, 0, error.message()}, options);
            return report;
        }
        transaction.commit();
        report.committed = true;
    }
    return report;
}

} // namespace attain::storage::import
