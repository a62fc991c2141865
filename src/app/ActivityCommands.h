#pragma once

#include "storage/ActivityTypes.h"

#include <QPointer>
#include <QUndoCommand>

namespace attain::ui {

class ActivityStore;

/// Undoable activity writes. The page writes first (so a refusal is shown in the form and
/// nothing is pushed) and then pushes the command, whose first redo() therefore does nothing.
/// A later undo or redo that storage refuses (someone else changed the row) reports through
/// the store's failed() signal.
class ActivityCommand : public QUndoCommand
{
public:
    ActivityCommand(ActivityStore &store, const QString &text);

protected:
    [[nodiscard]] bool firstRedo();
    QPointer<ActivityStore> m_store;

private:
    bool m_done = true;
};

/// A logged activity: undo deletes it, redo stores it again with the same id.
class AddActivityCommand final : public ActivityCommand
{
public:
    AddActivityCommand(ActivityStore &store, const storage::Activity &added);
    void undo() override;
    void redo() override;

private:
    storage::Activity m_added;
};

/// An edited activity: undo restores the fields it had.
class EditActivityCommand final : public ActivityCommand
{
public:
    EditActivityCommand(ActivityStore &store, const storage::Activity &before, const storage::Activity &after);
    void undo() override;
    void redo() override;

private:
    storage::Activity m_before, m_after;
};

/// A deleted activity: undo stores it again with the same id.
class DeleteActivityCommand final : public ActivityCommand
{
public:
    DeleteActivityCommand(ActivityStore &store, const storage::Activity &deleted);
    void undo() override;
    void redo() override;

private:
    storage::Activity m_deleted;
};

} // namespace attain::ui
