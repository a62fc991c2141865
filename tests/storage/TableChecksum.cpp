#include "TableChecksum.h"

#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace attain::storage::test {

TableChecksum TableChecksum::of(const QSqlDatabase &db)
{
    TableChecksum checksum;
    QSqlQuery tables = prepare(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    exec(tables);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows = prepare(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        exec(rows);
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.isNull(i) ? QStringLiteral("\\N") : rows.value(i).toString());
            lines.append(values.join(QLatin1Char('\x1f')));
        }
        lines.sort(); // row order is not content
        checksum.counts.insert(table, lines.size());
        checksum.hashes.insert(table, QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(),
                                                               QCryptographicHash::Sha256));
    }
    return checksum;
}

} // namespace attain::storage::test
