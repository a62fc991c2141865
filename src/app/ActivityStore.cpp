#include "app/ActivityStore.h"

#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <spdlog/spdlog.h>

namespace attain::ui {

ActivityStore::ActivityStore(QObject *parent)
    : QObject(parent)
{
}

ActivityStore::~ActivityStore() = default;

bool ActivityStore::setDatabasePath(const QString &path)
{
    m_database.reset();
    if (path.isEmpty())
        return true;
    auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        m_lastError = opened.message;
        Q_EMIT failed(m_lastError);
        return false;
    }
    m_database = std::move(opened.database);
    return true;
}

QString ActivityStore::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

template <typename Write> bool ActivityStore::run(Write &&write)
{
    if (!m_database) {
        m_lastError = tr("No database is open.");
        Q_EMIT failed(m_lastError);
        return false;
    }
    try {
        storage::ActivityRepository repository(m_database->connection());
        write(repository);
    } catch (const storage::StorageError &error) {
        m_lastError = error.message();
        spdlog::warn("activity write refused: {}", m_lastError.toStdString());
        Q_EMIT failed(m_lastError);
        return false;
    }
    m_lastError.clear();
    Q_EMIT changed();
    return true;
}

bool ActivityStore::insert(storage::Activity &activity)
{
    return run([&](storage::ActivityRepository &repository) { activity.id = repository.insert(activity, m_actor); });
}

bool ActivityStore::update(const storage::Activity &activity)
{
    return run([&](storage::ActivityRepository &repository) { repository.update(activity, m_actor); });
}

bool ActivityStore::remove(const QString &id)
{
    return run([&](storage::ActivityRepository &repository) { repository.remove(id, m_actor); });
}

std::optional<storage::Activity> ActivityStore::find(const QString &id)
{
    if (!m_database)
        return std::nullopt;
    try {
        return storage::ActivityRepository(m_database->connection()).find(id, m_actor);
    } catch (const storage::StorageError &error) {
        spdlog::warn("could not read activity {}: {}", id.toStdString(), error.message().toStdString());
        return std::nullopt;
    }
}

std::vector<storage::DealChoice> ActivityStore::deals(const QString &customerId, const QString &alsoId)
{
    if (!m_database)
        return {};
    try {
        return storage::ActivityRepository(m_database->connection()).deals(customerId, m_actor, alsoId);
    } catch (const storage::StorageError &error) {
        spdlog::warn("could not read the deals: {}", error.message().toStdString());
        return {};
    }
}

std::vector<storage::CustomerChoice> ActivityStore::customers()
{
    if (!m_database)
        return {};
    try {
        return storage::ActivityRepository(m_database->connection()).customers();
    } catch (const storage::StorageError &error) {
        spdlog::warn("could not read the customers: {}", error.message().toStdString());
        return {};
    }
}

std::vector<storage::OrganisationUnit> ActivityStore::reps()
{
    if (!m_database)
        return {};
    try {
        return storage::OrganisationRepository(m_database->connection()).reps();
    } catch (const storage::StorageError &error) {
        spdlog::warn("could not read the reps: {}", error.message().toStdString());
        return {};
    }
}

} // namespace attain::ui
