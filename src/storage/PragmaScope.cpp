#include "storage/PragmaScope.h"

#include "storage/SqlHelpers.h"

namespace attain::storage {

PragmaScope::PragmaScope(QSqlDatabase db, const char *name, qint64 value)
    : m_db(std::move(db))
    , m_name(QLatin1String(name))
{
    m_previous = scalar(m_db, QStringLiteral("PRAGMA %1").arg(m_name)).toLongLong();
    execStatement(m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value)); // a number, not input
}

PragmaScope::~PragmaScope()
{
    try {
        execStatement(m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_previous));
    } catch (...) { // NOLINT: a destructor must not throw; the value is only a tuning
    }
}

} // namespace attain::storage
