#pragma once

#include "storage/CsvRecord.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <variant>
#include <vector>

namespace attain::storage::import {

/// One CSV record converted to column values, in ImportSchema::fields order (id first).
struct ImportRow
{
    using Value = std::variant<std::monostate, std::int64_t, QString>;

    std::vector<Value> values;
    QList<CsvProblem> problems;
    QString newCustomerId;   ///< a deal names a customer that does not exist yet: create it
    QString newCustomerName;
    QString newGroupId; ///< a customer names a group that does not exist yet: create it
    QString newGroupName;

    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    [[nodiscard]] QString text(int field) const
    {
        const auto *text = std::get_if<QString>(&values[static_cast<std::size_t>(field)]);
        return text ? *text : QString();
    }
    [[nodiscard]] bool isNull(int field) const
    {
        return std::holds_alternative<std::monostate>(values[static_cast<std::size_t>(field)]);
    }
};

} // namespace attain::storage::import
