#include "TestDatabase.h"

#include "storage/SqlHelpers.h"

#include <QFile>

#include <stdexcept>

namespace attain::storage::test {

TempFolder::TempFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempFolder::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

void seedImportReferences(const QSqlDatabase &db)
{
    for (const QString &sql : {
             QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'EAST', 'East')"),
             QStringLiteral("INSERT INTO reps (id, team_id, name, email, role, start_date) "
                            "VALUES ('r1', 't1', 'Alice Wang', 'alice@example.com', 'rep', '2024-01-01')"),
             QStringLiteral("INSERT INTO reps (id, team_id, name, email, role, start_date) VALUES "
                            "('r2', 't1', '\u674E\u660E', 'li@example.com', 'rep', '2024-01-01')"),
             QStringLiteral("INSERT INTO customers (id, name) VALUES ('c1', 'Acme')"),
         })
        execStatement(db, sql);
}

} // namespace attain::storage::test
