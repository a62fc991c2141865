#include "app/RecordStore.h"

#include "storage/Database.h"

#include <spdlog/spdlog.h>

namespace attain::ui {

RecordStore::RecordStore(QObject *parent)
    : QObject(parent)
{
}

RecordStore::~RecordStore() = default;

bool RecordStore::setDatabasePath(const QString &path)
{
    m_database.reset();
    if (path.isEmpty())
        return true;
    auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.database)
        return fail(opened.message);
    m_database = std::move(opened.database);
    return true;
}

QString RecordStore::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

QSqlDatabase RecordStore::connection() const
{
    return m_database->connection();
}

bool RecordStore::fail(const QString &message)
{
    m_lastError = message;
    spdlog::warn("write refused: {}", message.toStdString());
    Q_EMIT failed(m_lastError);
    return false;
}

void RecordStore::logReadFailure(const QString &message) const
{
    spdlog::warn("could not read: {}", message.toStdString());
}

} // namespace attain::ui
