#pragma once

#include <QString>
#include <QStringList>

namespace attain::storage {

/// One record of a CSV file: its fields (decoded to UTF-16) and the 1-based line it starts on,
/// so every problem can be reported with its line and column.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

/// A problem in a CSV file; `column` is 1-based and 0 when the whole line or file is concerned.
struct CsvProblem
{
    qint64 line = 0;
    int column = 0;
    QString message;
};

} // namespace attain::storage
