#pragma once

// The rep data pack file (docs/data-formats.md, "Rep data packs"): one JSON document with
// format "attain-rep-pack", version 1, and the customers, deals (with credit splits),
// activities and feedback of one rep.

#include "storage/pack/PackRecords.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace attain::storage::pack {

inline constexpr const char *kPackFormat = "attain-rep-pack";
inline constexpr int kPackVersion = 1;

struct RepPack
{
    QString packId;     ///< a UUID: the same pack imported twice is recognised by it
    QString repId;
    QString repName;
    QString exportedAt; ///< UTC, ISO 8601
    QString sourceFile; ///< the database file it was exported from (name only)
    std::vector<QJsonObject> customers, deals, activities, feedback;

    [[nodiscard]] const std::vector<QJsonObject> &records(RecordKind kind) const;
    [[nodiscard]] std::vector<QJsonObject> &records(RecordKind kind);
};

/// The pack as indented UTF-8 JSON.
[[nodiscard]] QByteArray packToJson(const RepPack &pack);

/// Parses and checks a pack's structure: JSON syntax (with the line and column of an error),
/// format, version, UUIDs, and each record's required fields and types. The message of the
/// StorageError thrown names the record ("activity 3 (id …): …").
[[nodiscard]] RepPack parsePack(const QByteArray &json);

/// "activity 3 (id 0f…)": how messages name the `index`-th (0-based) record of `kind` in a pack.
[[nodiscard]] QString recordLabel(RecordKind kind, int index, const QJsonObject &record);

/// Whether `text` is a UUID as the database stores it (8-4-4-4-12 hex digits, no braces).
[[nodiscard]] bool isUuid(const QString &text);

} // namespace attain::storage::pack
