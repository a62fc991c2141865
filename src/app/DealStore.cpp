#include "app/DealStore.h"

#include "storage/DealRepository.h"

namespace attain::ui {

using storage::DealRepository;

bool DealStore::insert(storage::Deal &deal)
{
    return run<DealRepository>([&](DealRepository &repository) { deal.id = repository.insert(deal, actor()); });
}

bool DealStore::update(const storage::Deal &deal)
{
    return run<DealRepository>([&](DealRepository &repository) { repository.update(deal, actor()); });
}

bool DealStore::remove(const QString &id)
{
    return run<DealRepository>([&](DealRepository &repository) { repository.remove(id, actor()); });
}

std::optional<storage::Deal> DealStore::find(const QString &id)
{
    return read<DealRepository>([&](const DealRepository &repository) { return repository.find(id, actor()); },
                                std::optional<storage::Deal>());
}

} // namespace attain::ui
