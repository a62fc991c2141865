#include "app/ActivitiesLoader.h"

#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace attain::ui {

ActivitiesData loadActivities(const QString &databasePath, const storage::ActivityFilter &filter,
                              const storage::Actor &actor)
{
    ActivitiesData data;
    data.databasePath = databasePath;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const storage::ActivityRepository activities(opened.database->connection());
        data.activities = activities.list(filter, actor);
        data.customers = activities.customers();
        data.reps = storage::OrganisationRepository(opened.database->connection()).reps();
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
