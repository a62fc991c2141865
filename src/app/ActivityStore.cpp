#include "app/ActivityStore.h"

#include "storage/ActivityRepository.h"

namespace attain::ui {

using storage::ActivityRepository;

bool ActivityStore::insert(storage::Activity &activity)
{
    return run<ActivityRepository>([&](ActivityRepository &repository) { activity.id = repository.insert(activity, actor()); });
}

bool ActivityStore::update(const storage::Activity &activity)
{
    return run<ActivityRepository>([&](ActivityRepository &repository) { repository.update(activity, actor()); });
}

bool ActivityStore::remove(const QString &id)
{
    return run<ActivityRepository>([&](ActivityRepository &repository) { repository.remove(id, actor()); });
}

std::optional<storage::Activity> ActivityStore::find(const QString &id)
{
    return read<ActivityRepository>([&](const ActivityRepository &repository) { return repository.find(id, actor()); },
                                    std::optional<storage::Activity>());
}

std::vector<storage::DealChoice> ActivityStore::deals(const QString &customerId, const QString &alsoId)
{
    return read<ActivityRepository>(
        [&](const ActivityRepository &repository) { return repository.deals(customerId, actor(), alsoId); },
        std::vector<storage::DealChoice>());
}

std::vector<storage::CustomerChoice> ActivityStore::customers()
{
    return read<ActivityRepository>([](const ActivityRepository &repository) { return repository.customers(); },
                                    std::vector<storage::CustomerChoice>());
}

std::vector<storage::OrganisationUnit> ActivityStore::reps()
{
    return read<storage::OrganisationRepository>(
        [](const storage::OrganisationRepository &repository) { return repository.reps(); },
        std::vector<storage::OrganisationUnit>());
}

} // namespace attain::ui
