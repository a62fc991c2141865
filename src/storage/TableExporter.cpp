#include "storage/TableExporter.h"

#include "storage/CsvWriter.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <filesystem>
#include <system_error>

namespace attain::storage {

namespace {

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

std::filesystem::path toPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

/// Removes the partial file unless released: every early exit (exception included) cleans up.
class PartialFile
{
public:
    explicit PartialFile(const QString &path)
        : m_path(path)
    {
    }
    ~PartialFile()
    {
        if (!m_released)
            QFile::remove(m_path);
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;
    void release() { m_released = true; }

private:
    QString m_path;
    bool m_released = false;
};

} // namespace

QStringList TableExporter::tables(const QSqlDatabase &db)
{
    QSqlQuery query = prepare(db,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    exec(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

qint64 TableExporter::exportTable(const QSqlDatabase &db, const QString &table, const QString &outPath)
{
    const QStringList known = tables(db);
    if (!known.contains(table))
        throw StorageError(
            QStringLiteral("unknown table \"%1\" (tables: %2)").arg(table, known.join(QLatin1String(", "))));
    // The name is one of the schema's own; quoting it as an identifier is belt and braces.
    QString identifier = table;
    identifier.replace(QLatin1Char('"'), QLatin1String("\"\""));
    QSqlQuery query = prepare(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(identifier));
    query.setForwardOnly(true);
    exec(query);

    const QString partPath = outPath + QLatin1String(".part");
    PartialFile partial(partPath);
    QFile file(partPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StorageError(QStringLiteral("cannot write %1: %2").arg(partPath, file.errorString()));
    CsvWriter writer(file);
    const QSqlRecord columns = query.record();
    QStringList cells;
    cells.reserve(columns.count());
    for (int i = 0; i < columns.count(); ++i)
        cells.append(columns.fieldName(i));
    const auto writeFailed
        = [&] { return StorageError(QStringLiteral("cannot write %1: %2").arg(partPath, writer.errorString())); };
    if (!writer.writeRow(cells))
        throw writeFailed();
    qint64 rows = 0;
    while (query.next()) {
        cells.clear();
        for (int i = 0; i < columns.count(); ++i)
            cells.append(cellText(query.value(i)));
        if (!writer.writeRow(cells))
            throw writeFailed();
        ++rows;
    }
    if (query.lastError().isValid())
        throw StorageError(QStringLiteral("reading %1 failed: %2").arg(table, query.lastError().text()));
    if (!file.flush())
        throw writeFailed();
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw writeFailed();
    // std::filesystem::rename replaces an existing file, on Windows too.
    std::error_code error;
    std::filesystem::rename(toPath(partPath), toPath(outPath), error);
    if (error)
        throw StorageError(QStringLiteral("cannot rename %1 to %2: %3")
                               .arg(partPath, outPath, QString::fromStdString(error.message())));
    partial.release();
    return rows;
}

} // namespace attain::storage
