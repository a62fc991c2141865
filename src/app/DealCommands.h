#pragma once

#include "app/DealStore.h"
#include "app/RecordCommands.h"
#include "storage/DealTypes.h"

namespace attain::ui {

/// A new deal (a manager's: undo deletes it, which reps may not do).
class AddDealCommand final : public AddRecordCommand<DealStore, storage::Deal>
{
public:
    AddDealCommand(DealStore &store, const storage::Deal &added);
};

/// An edited deal (also Mark Won and Mark Lost…): undo restores the fields it had.
class EditDealCommand final : public EditRecordCommand<DealStore, storage::Deal>
{
public:
    EditDealCommand(DealStore &store, const storage::Deal &before, const storage::Deal &after);
};

/// A deleted deal (managers): undo stores it again with the same id and shares.
class DeleteDealCommand final : public DeleteRecordCommand<DealStore, storage::Deal>
{
public:
    DeleteDealCommand(DealStore &store, const storage::Deal &deleted);
};

} // namespace attain::ui
