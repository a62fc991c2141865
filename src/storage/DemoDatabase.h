#pragma once

#include "engine/DemoGenerator.h"
#include "storage/DemoWriter.h"

#include <QString>

namespace attain::storage {

struct DemoDatabaseResult
{
    enum class Status { Created, Cancelled, Failed };
    Status status = Status::Failed;
    QString message;        ///< why it failed, for the user
    std::int64_t deals = 0; ///< deals written
};

/// Generates a demo company into a new database at `path`. The data is written to a
/// temporary file next to it and renamed into place only when complete, so a crash or a
/// cancel never leaves a half-written database behind, and flushed to disk before the rename.
/// An existing file is replaced (atomically) only when `overwrite` is true.
[[nodiscard]] DemoDatabaseResult createDemoDatabase(const QString &path, const engine::demo::Spec &spec,
                                                    const DemoWriter::Progress &progress = {},
                                                    bool overwrite = false);

} // namespace attain::storage
