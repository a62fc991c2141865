#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace attain::storage {

/// Writes CSV that Excel (Chinese or not), LibreOffice and our own CsvReader read back
/// unchanged: UTF-8 with a BOM, RFC 4180 quoting, CRLF line ends, and cells that a
/// spreadsheet would run as formulas neutralised with a leading apostrophe.
class CsvWriter
{
public:
    struct Options
    {
        QChar separator = QLatin1Char(',');
        bool byteOrderMark = true; ///< without it Excel reads UTF-8 as the ANSI code page
        bool neutraliseFormulas = true; ///< OWASP CSV injection rule, see isFormulaLike()
    };

    /// Writes to `device`, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice &device);
    CsvWriter(QIODevice &device, const Options &options);

    /// Appends one row (the BOM goes before the first); false when the device failed.
    bool writeRow(const QStringList &fields);

    /// The device's error after a failed writeRow().
    [[nodiscard]] QString errorString() const;

    /// True when a spreadsheet could treat `cell` as a formula: it starts with `=`, `+`, `-`,
    /// `@`, tab or CR. Plain decimal numbers (`-12.5`, `+3`: an optional sign, digits, an
    /// optional `.` and digits) are not, so negative amounts stay numbers in Excel.
    [[nodiscard]] static bool isFormulaLike(QStringView cell);

    /// One field as written: neutralised if asked and formula-like, then quoted (quotes
    /// doubled) if it contains the separator, a quote, CR or LF.
    [[nodiscard]] static QString formatField(const QString &field, QChar separator, bool neutraliseFormulas);

private:
    QIODevice &m_device;
    Options m_options;
    bool m_started = false;
    QString m_line; ///< reused between rows to avoid an allocation per row
};

} // namespace attain::storage
