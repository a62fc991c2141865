#pragma once

#include "storage/CsvRecord.h"
#include "storage/import/ImportKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace attain::storage::import {

/// Which CSV column feeds which field of an import kind, found from the header by the field
/// keys and their English/Chinese synonyms (case, spaces, underscores and hyphens ignored),
/// with explicit `column=field` overrides taking precedence.
class ColumnMapping
{
public:
    /// `overrides` are "column=field" strings (the CLI's --map); "column=" ignores a column.
    [[nodiscard]] static ColumnMapping resolve(ImportKind kind, const CsvRecord &header,
                                               const QStringList &overrides = {});

    [[nodiscard]] ImportKind kind() const { return m_kind; }
    /// 0-based CSV column of field `fieldIndex` (ImportSchema::fields order), or -1 when absent.
    [[nodiscard]] int column(int fieldIndex) const { return m_columns.at(fieldIndex); }
    /// Columns in the header: every record must have as many.
    [[nodiscard]] qsizetype headerSize() const { return m_header.size(); }
    [[nodiscard]] bool has(int fieldIndex) const { return m_columns.at(fieldIndex) >= 0; }
    /// File-level problems (missing required fields, bad overrides, two columns for one field).
    [[nodiscard]] const QList<CsvProblem> &problems() const { return m_problems; }
    [[nodiscard]] bool ok() const { return m_problems.isEmpty(); }
    /// Information for the user: columns that are ignored.
    [[nodiscard]] const QStringList &notes() const { return m_notes; }
    [[nodiscard]] const QStringList &header() const { return m_header; }

private:
    explicit ColumnMapping(ImportKind kind);

    ImportKind m_kind;
    QList<int> m_columns;
    QStringList m_header;
    QList<CsvProblem> m_problems;
    QStringList m_notes;
};

} // namespace attain::storage::import
