#pragma once

#include "app/RecordStore.h"
#include "storage/ActivityTypes.h"
#include "storage/OrganisationRepository.h"

#include <optional>
#include <vector>

namespace attain::ui {

/// The activities page's writes and pickers (see RecordStore), as the page's actor.
class ActivityStore final : public RecordStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityStore)

public:
    using RecordStore::RecordStore;

    /// Stores a new activity (keeping activity.id when set) and sets its id.
    bool insert(storage::Activity &activity);
    bool update(const storage::Activity &activity);
    bool remove(const QString &id);
    /// The stored activity, as the actor may see it.
    [[nodiscard]] std::optional<storage::Activity> find(const QString &id);
    [[nodiscard]] std::vector<storage::DealChoice> deals(const QString &customerId, const QString &alsoId);
    /// The pickers' customers and reps, read here (for a dialog opened before the list loaded).
    [[nodiscard]] std::vector<storage::CustomerChoice> customers();
    [[nodiscard]] std::vector<storage::OrganisationUnit> reps();
};

} // namespace attain::ui
