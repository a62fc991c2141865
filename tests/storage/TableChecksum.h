#pragma once

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace attain::storage::test {

/// count(*) and a hash over every row of every table, to prove that a failed import changed
/// nothing at all (not only the table it targets).
struct TableChecksum
{
    QMap<QString, qint64> counts;
    QMap<QString, QByteArray> hashes;

    [[nodiscard]] static TableChecksum of(const QSqlDatabase &db);
    bool operator==(const TableChecksum &other) const = default;
};

} // namespace attain::storage::test
