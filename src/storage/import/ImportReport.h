#pragma once

#include "storage/CsvRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace attain::storage::import {

/// What an import did or, in a dry run, would do.
struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 inserted = 0;         ///< new rows (would insert, in a dry run)
    qint64 updated = 0;          ///< rows whose id already existed (would update)
    qint64 skipped = 0;          ///< bad rows left out (skipBadLines)
    qint64 customersCreated = 0; ///< deals naming an unknown customer create it
    bool committed = false;      ///< true when the rows were written
    /// The file itself is broken (malformed or cut short): nothing is written, even with
    /// skipBadLines, because the rows after the break are unknown.
    bool fileBroken = false;
    qint64 problemCount = 0;     ///< all problems; `problems` keeps the first maxProblems
    QList<CsvProblem> problems;
    QList<qint64> skippedLines;
    QStringList notes;           ///< ignored columns and similar information
    QStringList previewColumns;  ///< table columns of the preview rows
    QList<QStringList> previewRows;

    [[nodiscard]] bool ok() const { return problemCount == 0; }
};

} // namespace attain::storage::import
