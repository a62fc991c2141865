#pragma once

#include <QSqlDatabase>
#include <QString>

namespace attain::storage {

/// Sets a numeric connection pragma (cache_size, mmap_size) for a scope and restores the
/// previous value on exit: bulk work (an import, a facts rebuild) wants a large page cache,
/// the rest of the connection's life does not.
class PragmaScope
{
public:
    /// `name` must be a pragma name from the code, never input. Throws StorageError.
    PragmaScope(QSqlDatabase db, const char *name, qint64 value);
    ~PragmaScope();
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    qint64 m_previous = 0;
};

} // namespace attain::storage
