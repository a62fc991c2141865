#include "storage/CsvReader.h"

#include "storage/CsvSeparatorDetector.h"
#include "storage/CsvTextDecoder.h"

#include <csv.h>

#include <cstring>

namespace attain::storage {

namespace {

/// libcsv trims spaces and tabs around unquoted fields by default; RFC 4180 keeps them as part
/// of the field, and so do we (a writer → reader round trip must give the same text).
int noSpaces(unsigned char)
{
    return 0;
}

/// The end of the line starting at `from` (just past its CRLF, CR or LF, or the end of text).
qsizetype lineEnd(const QByteArray &text, qsizetype from)
{
    const char *begin = text.constData() + from;
    const qsizetype rest = text.size() - from;
    const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', static_cast<std::size_t>(rest)));
    const qsizetype length = newline ? newline - begin : rest;
    // A CR not followed by LF ends a line too (old Mac files); memchr keeps the common case fast.
    if (const auto *cr = static_cast<const char *>(std::memchr(begin, '\r', static_cast<std::size_t>(length)))) {
        if (!(newline && cr + 1 == newline))
            return from + (cr - begin) + 1;
    }
    return from + (newline ? length + 1 : length);
}

} // namespace

struct CsvReader::Private
{
    QByteArray text; ///< decoded UTF-8 without BOM
    QString encoding;
    QChar separator;
    std::optional<CsvProblem> problem;

    csv_parser parser {};
    bool parserReady = false;
    bool finished = false;
    qsizetype position = 0; ///< the first byte not yet given to libcsv, always at a line start
    qint64 line = 1; ///< the line that starts at `position`

    QStringList fields; ///< the record being parsed
    qint64 recordLine = 0; ///< 0 while no record is open
    qsizetype recordStart = 0; ///< byte offset of the open record
    bool rowEnded = false;
    qsizetype lastFieldCount = 0;

    ~Private()
    {
        if (parserReady)
            csv_free(&parser);
    }

    static void onField(void *data, std::size_t length, void *self)
    {
        auto *d = static_cast<Private *>(self);
        const auto *bytes = static_cast<const char *>(data);
        const auto size = static_cast<qsizetype>(length);
        // QString::fromUtf8 drops a leading U+FEFF as a BOM; inside a file it is text.
        if (size >= 3 && std::memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
            d->fields.append(QChar(0xFEFF) + QString::fromUtf8(bytes + 3, size - 3));
        else
            d->fields.append(size == 0 ? QString() : QString::fromUtf8(bytes, size));
    }

    static void onRow(int, void *self) { static_cast<Private *>(self)->rowEnded = true; }

    void fail(qsizetype offset, const QString &message)
    {
        CsvProblem found { 0, 0, message };
        CsvTextDecoder::locate(text, offset, found.line, found.column);
        problem = found;
    }

    /// The opening quote of the quoted field still open at the end of the text: the field
    /// starts there, which is where the user has to look, not at the end of the file.
    [[nodiscard]] qsizetype openQuote() const
    {
        const char separatorByte = static_cast<char>(separator.unicode());
        bool fieldStart = true;
        bool quoted = false;
        qsizetype open = recordStart;
        for (qsizetype i = recordStart; i < text.size(); ++i) {
            const char c = text[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"')
                        ++i;
                    else
                        quoted = false;
                }
            } else if (fieldStart && c == '"') {
                quoted = true;
                open = i;
                fieldStart = false;
            } else {
                fieldStart = c == separatorByte || c == '\n' || c == '\r';
            }
        }
        return open;
    }

    /// True when a record was completed (it may be blank); false at the end or a problem.
    bool parseUntilRow()
    {
        while (position < text.size()) {
            const qsizetype end = lineEnd(text, position);
            if (recordLine == 0 && text[position] != '\n' && text[position] != '\r') {
                recordLine = line;
                recordStart = position;
            }
            const auto length = static_cast<std::size_t>(end - position);
            const std::size_t parsed = csv_parse(&parser, text.constData() + position, length, onField, onRow, this);
            if (parsed != length) {
                const qsizetype at = position + static_cast<qsizetype>(parsed);
                fail(at,
                    text[at] == '"' ? QStringLiteral("a quote inside an unquoted field")
                                    : QStringLiteral("characters after a closing quote"));
                return false;
            }
            position = end;
            ++line;
            if (rowEnded)
                return true;
        }
        if (finished)
            return false;
        finished = true;
        if (csv_fini(&parser, onField, onRow, this) != 0) {
            fail(openQuote(), QStringLiteral("unterminated quoted field"));
            return false;
        }
        return rowEnded;
    }
};

CsvReader::CsvReader(QByteArray data, const Options &options)
    : d(std::make_unique<Private>())
{
    CsvTextDecoder::Result decoded = CsvTextDecoder::decode(data, options.encoding);
    data.clear();
    d->encoding = decoded.encoding;
    if (decoded.problem) {
        d->problem = decoded.problem;
        return;
    }
    d->text = std::move(decoded.utf8);
    d->separator = options.separator ? *options.separator : CsvSeparatorDetector::detect(d->text);
    const char16_t separator = d->separator.unicode();
    if (separator == 0 || separator >= 0x80 || separator == u'"' || separator == u'\n' || separator == u'\r') {
        d->problem = CsvProblem { 0, 0,
            QStringLiteral("unsupported separator (use an ASCII character other than a quote "
                           "or a line break)") };
        return;
    }
    // CSV_STRICT makes stray quotes errors, CSV_STRICT_FINI an unterminated last field.
    // CSV_APPEND_NULL is not needed: fields are copied with their length.
    if (csv_init(&d->parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        d->problem = CsvProblem { 0, 0, QStringLiteral("out of memory") };
        return;
    }
    d->parserReady = true;
    csv_set_delim(&d->parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&d->parser, noSpaces);
}

CsvReader::~CsvReader() = default;

const std::optional<CsvProblem> &CsvReader::problem() const
{
    return d->problem;
}

QString CsvReader::encoding() const
{
    return d->encoding;
}

QChar CsvReader::separator() const
{
    return d->separator;
}

bool CsvReader::next(CsvRecord &record)
{
    if (d->problem || !d->parserReady)
        return false;
    while (true) {
        d->fields.reserve(d->lastFieldCount);
        if (!d->parseUntilRow())
            return false;
        d->rowEnded = false;
        const qint64 line = d->recordLine;
        d->recordLine = 0;
        d->lastFieldCount = d->fields.size();
        // A line of only spaces is blank too; `,,` is not (it is a record of empty fields).
        if (d->fields.size() == 1 && d->fields.front().trimmed().isEmpty()) {
            d->fields.clear();
            continue;
        }
        record.fields = std::move(d->fields);
        d->fields = QStringList();
        record.line = line;
        return true;
    }
}

} // namespace attain::storage
