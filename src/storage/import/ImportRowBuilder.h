#pragma once

#include "storage/import/ColumnMapping.h"
#include "storage/import/ImportOptions.h"
#include "storage/import/ImportReferences.h"
#include "storage/import/ImportRow.h"

namespace attain::storage::import {

/// Turns a CSV record into an ImportRow: parses each mapped value by its field type, resolves
/// references, applies the kind's defaults and cross-field rules, and gives the row its id
/// (the file's id, or a stable hash of the row's natural key so a re-import finds it again).
class ImportRowBuilder
{
public:
    ImportRowBuilder(const ColumnMapping &mapping, const ImportReferences &references, const ImportOptions &options);

    [[nodiscard]] ImportRow build(const CsvRecord &record) const;

    /// A deterministic UUID (version 5) for a natural key, e.g. "deal|rep|customer|date|amount|CNY".
    [[nodiscard]] static QString stableId(const QString &naturalKey);

private:
    void convert(const CsvRecord &record, ImportRow &row) const;
    void applyDealRules(const CsvRecord &record, ImportRow &row) const;
    void applyCustomerRules(ImportRow &row) const;
    void applyRepRules(ImportRow &row) const;
    void applyActivityRules(ImportRow &row) const;
    void applyTargetRules(const CsvRecord &record, ImportRow &row) const;
    [[nodiscard]] int col(int field) const; ///< 1-based column for problems, 0 when unmapped
    [[nodiscard]] int field(const char16_t *key) const;

    const ColumnMapping &m_mapping;
    const ImportReferences &m_references;
    const ImportOptions &m_options;
};

} // namespace attain::storage::import
