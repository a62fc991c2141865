#pragma once

#include <QString>
#include <QStringList>

namespace attain::storage::import {

/// How a CSV value becomes a column value. References are resolved against the database
/// (and rows created earlier in the same import) and stored as the referenced id.
enum class FieldType {
    Id,             ///< the row's own id; a natural-key hash is used when the file has none
    Text,
    Date,           ///< stored as YYYY-MM-DD
    Amount,         ///< integer minor units
    Integer,
    Currency,       ///< 3-letter code
    Stage,          ///< canonical deal stage
    Role,           ///< admin / manager / rep
    Metric,         ///< a metric key known to the engine (revenue, deals_won, …)
    RepRef,         ///< by id, email or name
    CustomerRef,    ///< by id or name
    CustomerGroupRef, ///< by name; an unknown group is created in the same transaction
    TeamRef,        ///< teams, regions, channels, product lines: by id, code or name
    RegionRef,
    ChannelRef,
    ProductLineRef,
    DealRef,        ///< by id
    TargetRef,      ///< by id (a parent target earlier in the file or already stored)
};

/// One importable field: its stable key (used by --map), the table column it fills, and the
/// header names it is recognised by, in English and Chinese.
struct ImportField
{
    QString key;
    QString column;
    FieldType type;
    bool required;
    QStringList synonyms;
};

} // namespace attain::storage::import
