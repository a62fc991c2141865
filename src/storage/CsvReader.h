#pragma once

#include "storage/CsvRecord.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <memory>
#include <optional>

namespace attain::storage {

/// Reads CSV exported by CRMs and spreadsheets (RFC 4180 quoting, via libcsv) with the
/// encoding and separator detected: UTF-8 with or without BOM, UTF-16 with BOM, and
/// GB18030/GBK (Chinese Excel) when the bytes are not valid UTF-8; comma, semicolon or tab.
class CsvReader
{
public:
    struct Options
    {
        std::optional<QChar> separator; ///< detected from the first lines when empty
        std::optional<QString> encoding; ///< "UTF-8", "GB18030", …; detected when empty
    };

    /// Prepares to read `data` (the whole file); a file that cannot be CSV (0 bytes, binary
    /// content, an encoding that cannot be decoded) is a problem on line 0 or 1 right away.
    CsvReader(QByteArray data, const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// The problem that stopped reading (a malformed file), if any.
    [[nodiscard]] const std::optional<CsvProblem> &problem() const;
    [[nodiscard]] QString encoding() const;
    [[nodiscard]] QChar separator() const;

    /// The next record; false at the end of the file or at a problem (see problem()).
    /// Blank lines are skipped.
    bool next(CsvRecord &record);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace attain::storage
