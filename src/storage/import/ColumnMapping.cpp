#include "storage/import/ColumnMapping.h"

#include "storage/import/ImportSchema.h"
#include "storage/import/ImportValues.h"

#include <QHash>

namespace attain::storage::import {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

/// Normalised header name → field index, from keys, table columns and synonyms.
QHash<QString, int> namesOf(ImportKind kind)
{
    QHash<QString, int> names;
    const QList<ImportField> &fields = ImportSchema::fields(kind);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        names.insert(normalizedKey(fields[i].key), static_cast<int>(i));
        names.insert(normalizedKey(fields[i].column), static_cast<int>(i));
        for (const QString &synonym : fields[i].synonyms)
            names.insert(normalizedKey(synonym), static_cast<int>(i));
    }
    return names;
}

} // namespace

ColumnMapping::ColumnMapping(ImportKind kind)
    : m_kind(kind), m_columns(ImportSchema::fields(kind).size(), -1)
{
}

ColumnMapping ColumnMapping::resolve(ImportKind kind, const CsvRecord &header, const QStringList &overrides)
{
    ColumnMapping mapping(kind);
    mapping.m_header = header.fields;
    const QList<ImportField> &fields = ImportSchema::fields(kind);
    const QHash<QString, int> names = namesOf(kind);
    const auto problem = [&](int column, const QString &message) {
        mapping.m_problems.append({header.line, column, message});
    };

    // Overrides first: column (by header name) → field (by key or synonym), or nothing.
    QHash<int, int> overridden; // CSV column → field index or -1
    for (const QString &entry : overrides) {
        const qsizetype equals = entry.lastIndexOf(QLatin1Char('='));
        const QString columnName = entry.left(equals).trimmed(), fieldName = entry.mid(equals + 1).trimmed();
        int column = -1;
        for (qsizetype c = 0; c < header.fields.size() && equals > 0; ++c)
            if (normalizedKey(header.fields[c]) == normalizedKey(columnName))
                column = static_cast<int>(c);
        if (column < 0) {
            problem(0, QStringLiteral("--map %1: the file has no column %2").arg(entry, quoted(columnName)));
            continue;
        }
        const int field = fieldName.isEmpty() ? -1 : names.value(normalizedKey(fieldName), -2);
        if (field == -2) {
            QStringList keys;
            for (const ImportField &f : fields)
                keys.append(f.key);
            problem(0, QStringLiteral("--map %1: %2 has no field %3 (fields: %4)")
                           .arg(entry, importKindName(kind), quoted(fieldName), keys.join(QStringLiteral(", "))));
            continue;
        }
        overridden.insert(column, field);
    }

    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const int column = static_cast<int>(c);
        const int field = overridden.contains(column) ? overridden.value(column)
                                                      : names.value(normalizedKey(header.fields[c]), -1);
        if (field < 0) {
            if (!header.fields[c].trimmed().isEmpty() || overridden.contains(column))
                mapping.m_notes.append(QStringLiteral("column %1 (%2) is ignored")
                                           .arg(quoted(header.fields[c])).arg(column + 1));
            continue;
        }
        const int previous = mapping.m_columns[field];
        if (previous >= 0) {
            // An explicit override wins over a synonym match; two of the same kind is a conflict.
            const bool newIsOverride = overridden.contains(column), oldIsOverride = overridden.contains(previous);
            if (newIsOverride == oldIsOverride) {
                problem(column + 1, QStringLiteral("columns %1 and %2 both map to field '%3'; use --map to choose")
                                        .arg(quoted(header.fields[previous]), quoted(header.fields[c]),
                                             fields[field].key));
                continue;
            }
            if (oldIsOverride)
                continue;
        }
        mapping.m_columns[field] = column;
    }

    QStringList missing;
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields[i].required && mapping.m_columns[i] < 0)
            missing.append(fields[i].key);
    if (!missing.isEmpty())
        problem(0, QStringLiteral("missing required column(s) for %1: %2 (add them or use --map column=field)")
                       .arg(importKindName(kind), missing.join(QStringLiteral(", "))));
    return mapping;
}

} // namespace attain::storage::import
