#include "storage/CsvTextDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace attain::storage {

namespace {

/// Only this much of the start of a file is sampled for control characters: binary files
/// show themselves early, and a long text file should not be scanned twice.
constexpr qsizetype kControlSample = 64 * 1024;

/// C0 controls other than TAB, LF, VT, FF and CR, and DEL: rare in text, common in binaries.
/// (Excel for Mac writes VT for line breaks inside cells, so VT counts as text.)
bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != 0x0B && c != 0x0C && c != u'\r') || c == 0x7F;
}

/// Any NUL, or more than 1 in 20 sampled characters being controls, means "not text".
template<typename Char>
bool looksBinary(const Char *text, qsizetype size)
{
    using Unit = std::make_unsigned_t<Char>;
    if (std::find(text, text + size, Char(0)) != text + size)
        return true;
    const auto sample = std::min<qsizetype>(size, kControlSample);
    const auto controls = std::count_if(
        text, text + sample, [](Char c) { return isControl(static_cast<char32_t>(static_cast<Unit>(c))); });
    return controls * 20 > sample;
}

bool isWhitespaceOnly(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(),
        [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C; });
}

CsvProblem wholeFile(const QString &message)
{
    return CsvProblem { 0, 0, message };
}

CsvProblem at(QByteArrayView text, qsizetype offset, const QString &message)
{
    CsvProblem problem { 0, 0, message };
    CsvTextDecoder::locate(text, offset, problem.line, problem.column);
    return problem;
}

bool isUtf8Name(const QString &name)
{
    return name.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
}

const QString kNotText = QStringLiteral("not a text file (it contains NUL bytes or control characters)");

} // namespace

qsizetype CsvTextDecoder::firstInvalidUtf8(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII fast path, eight bytes at a time: most CSV is mostly ASCII.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        char32_t code = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8.
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

void CsvTextDecoder::locate(QByteArrayView text, qsizetype offset, qint64 &line, int &column)
{
    line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    column = 1;
    for (qsizetype i = lineStart; i < end; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    }
}

CsvTextDecoder::Result CsvTextDecoder::decode(const QByteArray &data, const std::optional<QString> &encoding)
{
    Result result;
    if (data.isEmpty()) {
        result.problem = wholeFile(QStringLiteral("the file is empty"));
        return result;
    }
    const bool utf8Bom = data.startsWith("\xEF\xBB\xBF");
    const bool utf16LeBom = data.startsWith("\xFF\xFE");
    const bool utf16BeBom = data.startsWith("\xFE\xFF");

    if (encoding)
        result.encoding = isUtf8Name(*encoding) ? QStringLiteral("UTF-8") : *encoding;
    else if (utf16LeBom)
        result.encoding = QStringLiteral("UTF-16LE");
    else if (utf16BeBom)
        result.encoding = QStringLiteral("UTF-16BE");
    else if (utf8Bom || firstInvalidUtf8(data) < 0)
        result.encoding = QStringLiteral("UTF-8");
    else
        result.encoding = QStringLiteral("GB18030");

    if (result.encoding == QLatin1String("UTF-8")) {
        // Valid UTF-8 needs no conversion: the parser reads the file's own bytes.
        const QByteArrayView text = utf8Bom ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
        if (looksBinary(text.data(), text.size())) {
            result.problem = wholeFile(kNotText);
            return result;
        }
        if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
            result.problem = at(text, bad, QStringLiteral("bytes that are not valid UTF-8"));
            return result;
        }
        result.utf8 = utf8Bom ? data.sliced(3) : data;
    } else {
        QStringDecoder decoder(result.encoding.toUtf8().constData(),
            QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
        if (!decoder.isValid()) {
            result.problem = wholeFile(QStringLiteral("unknown encoding \"%1\"").arg(result.encoding));
            return result;
        }
        // UTF-16 is full of NUL bytes, so it is checked for binary content after decoding.
        const bool wide = result.encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive);
        if (!wide && looksBinary(data.constData(), data.size())) {
            result.problem = wholeFile(kNotText);
            return result;
        }
        // The BOM is skipped here, once: Qt would also drop a second U+FEFF, which is text.
        qsizetype bom = 0;
        if (wide && (utf16LeBom || utf16BeBom))
            bom = 2;
        else if (result.encoding.compare(QLatin1String("GB18030"), Qt::CaseInsensitive) == 0
            && data.startsWith("\x84\x31\x95\x33"))
            bom = 4;
        const QByteArrayView body = QByteArrayView(data).sliced(bom);
        const QString text = decoder.decode(body);
        result.utf8 = text.toUtf8();
        // Stateless makes a truncated last character an error; an odd UTF-16 length is one too.
        if (decoder.hasError() || (wide && body.size() % 2 != 0)) {
            if (!result.utf8.contains("\xEF\xBF\xBD"))
                result.utf8.append("\xEF\xBF\xBD");
            // The decoder marks what it could not decode with U+FFFD; report the first one.
            const qsizetype bad = result.utf8.indexOf("\xEF\xBF\xBD");
            const QString message = encoding ? QStringLiteral("bytes that cannot be decoded as %1").arg(result.encoding)
                                             : QStringLiteral("bytes that are neither UTF-8 nor GB18030");
            result.problem = at(result.utf8, std::max<qsizetype>(bad, 0), message);
            result.utf8.clear();
            return result;
        }
        if (wide && looksBinary(text.utf16(), text.size())) {
            result.utf8.clear();
            result.problem = wholeFile(kNotText);
            return result;
        }
    }
    if (result.utf8.isEmpty())
        result.problem = wholeFile(QStringLiteral("the file is empty"));
    else if (isWhitespaceOnly(result.utf8))
        result.problem = wholeFile(QStringLiteral("the file contains only whitespace"));
    if (result.problem)
        result.utf8.clear();
    return result;
}

} // namespace attain::storage
