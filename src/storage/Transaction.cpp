#include "storage/Transaction.h"

#include "storage/StorageError.h"

#include <QSqlError>

namespace attain::storage {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StorageError(QStringLiteral("Cannot start a transaction: %1").arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        m_done = true;
        throw StorageError(QStringLiteral("Cannot commit: %1").arg(error));
    }
    m_done = true;
}

} // namespace attain::storage
