#pragma once

#include "storage/CsvRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace attain::storage {

/// Turns the bytes of a CSV file into UTF-8 for the parser: detects the encoding (BOM, valid
/// UTF-8, otherwise GB18030), refuses files that are not text, and reports where undecodable
/// bytes are. Kept apart from CsvReader so the parser only ever sees valid UTF-8.
class CsvTextDecoder
{
public:
    struct Result
    {
        QByteArray utf8; ///< the text without BOM, valid UTF-8
        QString encoding; ///< the encoding used, e.g. "UTF-8", "UTF-16LE", "GB18030"
        std::optional<CsvProblem> problem;
    };

    /// Decodes `data`; `encoding`, when given, wins over detection (a BOM of the same family
    /// is still skipped).
    [[nodiscard]] static Result decode(const QByteArray &data, const std::optional<QString> &encoding);

    /// Offset of the first byte of `data` that is not part of a valid UTF-8 sequence, or -1.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView data);

    /// The 1-based line and column of byte `offset` in `text`; CRLF, CR and LF each end a line
    /// and columns count characters (UTF-8 sequences), not bytes.
    static void locate(QByteArrayView text, qsizetype offset, qint64 &line, int &column);
};

} // namespace attain::storage
