#pragma once

#include "app/ActivityStore.h"
#include "app/RecordCommands.h"
#include "storage/ActivityTypes.h"

namespace attain::ui {

/// "Add Call with Acme", "Edit …", "Delete …": what Undo names for an activity write.
[[nodiscard]] QString describeActivityCommand(const char *action, const storage::Activity &activity);

/// A logged activity: undo deletes it, redo stores it again with the same id.
class AddActivityCommand final : public AddRecordCommand<ActivityStore, storage::Activity>
{
public:
    AddActivityCommand(ActivityStore &store, const storage::Activity &added);
};

/// An edited activity: undo restores the fields it had.
class EditActivityCommand final : public EditRecordCommand<ActivityStore, storage::Activity>
{
public:
    EditActivityCommand(ActivityStore &store, const storage::Activity &before, const storage::Activity &after);
};

/// A deleted activity: undo stores it again with the same id.
class DeleteActivityCommand final : public DeleteRecordCommand<ActivityStore, storage::Activity>
{
public:
    DeleteActivityCommand(ActivityStore &store, const storage::Activity &deleted);
};

} // namespace attain::ui
