#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace attain::storage::import {

/// What a CSV file holds; each kind imports into one table of the version-1 schema.
enum class ImportKind { Deals, Customers, Activities, Reps, Targets };

[[nodiscard]] std::optional<ImportKind> importKindFromName(QStringView name);
[[nodiscard]] QString importKindName(ImportKind kind);

} // namespace attain::storage::import
