#pragma once

#include "storage/import/ImportField.h"
#include "storage/import/ImportKind.h"

#include <QList>
#include <QString>

namespace attain::storage::import {

/// The one place that lists, per import kind, the table and the columns an import fills.
/// A new schema column becomes importable by adding one ImportField line here.
class ImportSchema
{
public:
    [[nodiscard]] static const QList<ImportField> &fields(ImportKind kind);
    [[nodiscard]] static QString table(ImportKind kind);
    /// Index of the field with `key` in fields(kind), or -1.
    [[nodiscard]] static int indexOf(ImportKind kind, const QString &key);
};

} // namespace attain::storage::import
