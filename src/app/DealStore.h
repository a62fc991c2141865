#pragma once

#include "app/RecordStore.h"
#include "storage/DealTypes.h"

#include <optional>

namespace attain::ui {

/// The deals page's writes (see RecordStore), as the page's actor.
class DealStore final : public RecordStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealStore)

public:
    using RecordStore::RecordStore;

    /// Stores a new deal (keeping deal.id when set) and sets its id.
    bool insert(storage::Deal &deal);
    bool update(const storage::Deal &deal);
    bool remove(const QString &id);
    /// The stored deal with its shares, as the actor may see it.
    [[nodiscard]] std::optional<storage::Deal> find(const QString &id);
};

} // namespace attain::ui
