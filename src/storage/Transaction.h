#pragma once

#include <QSqlDatabase>

namespace attain::storage {

/// One user command = one transaction: rolls back in the destructor unless commit() ran,
/// so an exception anywhere leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Throws StorageError when the commit fails (the transaction is then rolled back).
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace attain::storage
