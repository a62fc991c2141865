#include "storage/CsvWriter.h"

#include <QIODevice>

namespace attain::storage {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// `[+-]?digits(.digits)?`: what a spreadsheet reads as a number and nothing else.
bool isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == QLatin1Char('-') || cell[i] == QLatin1Char('+')))
        ++i;
    const qsizetype integerStart = i;
    while (i < cell.size() && isDigit(cell[i]))
        ++i;
    if (i == integerStart)
        return false;
    if (i < cell.size() && cell[i] == QLatin1Char('.')) {
        const qsizetype fractionStart = ++i;
        while (i < cell.size() && isDigit(cell[i]))
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == cell.size();
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : CsvWriter(device, Options {})
{
}

CsvWriter::CsvWriter(QIODevice &device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::isFormulaLike(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t')
        || first == QLatin1Char('\r'))
        return true;
    if (first == QLatin1Char('+') || first == QLatin1Char('-'))
        return !isPlainNumber(cell);
    return false;
}

QString CsvWriter::formatField(const QString &field, QChar separator, bool neutraliseFormulas)
{
    QString cell = neutraliseFormulas && isFormulaLike(field) ? QLatin1Char('\'') + field : field;
    const bool needsQuotes = cell.contains(separator) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += m_options.separator;
        m_line += formatField(fields[i], m_options.separator, m_options.neutraliseFormulas);
    }
    m_line += QLatin1String("\r\n");
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    bytes += m_line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

QString CsvWriter::errorString() const
{
    return m_device.errorString();
}

} // namespace attain::storage
