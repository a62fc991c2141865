#include "app/ActivityCommands.h"

#include "app/ActivityStore.h"
#include "app/ActivityTypeText.h"

#include <QCoreApplication>

namespace attain::ui {

namespace {
QString describe(const char *action, const storage::Activity &activity)
{
    // "Add Call with Acme": what Edit ▸ Undo names.
    const QString type = activityTypeNameOfKey(activity.type);
    if (activity.customerName.isEmpty())
        return QCoreApplication::translate("attain::ui::ActivityCommands", action).arg(type);
    return QCoreApplication::translate("attain::ui::ActivityCommands", "%1 with %2")
        .arg(QCoreApplication::translate("attain::ui::ActivityCommands", action).arg(type), activity.customerName);
}
} // namespace

ActivityCommand::ActivityCommand(ActivityStore &store, const QString &text)
    : QUndoCommand(text)
    , m_store(&store)
{
}

bool ActivityCommand::firstRedo()
{
    const bool first = m_done;
    m_done = false;
    return first || !m_store;
}

AddActivityCommand::AddActivityCommand(ActivityStore &store, const storage::Activity &added)
    : ActivityCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Add %1"), added))
    , m_added(added)
{
}

// A step the database refused (the row was changed or deleted elsewhere, the file is locked)
// leaves the command obsolete: QUndoStack drops it instead of moving past a change that did not
// happen, so Undo and Redo stay in step with the file.
void AddActivityCommand::undo()
{
    if (m_store && !m_store->remove(m_added.id))
        setObsolete(true);
}

void AddActivityCommand::redo()
{
    if (!firstRedo() && !m_store->insert(m_added))
        setObsolete(true);
}

EditActivityCommand::EditActivityCommand(ActivityStore &store, const storage::Activity &before,
                                         const storage::Activity &after)
    : ActivityCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Edit %1"), after))
    , m_before(before)
    , m_after(after)
{
}

void EditActivityCommand::undo()
{
    if (m_store && !m_store->update(m_before))
        setObsolete(true);
}

void EditActivityCommand::redo()
{
    if (!firstRedo() && !m_store->update(m_after))
        setObsolete(true);
}

DeleteActivityCommand::DeleteActivityCommand(ActivityStore &store, const storage::Activity &deleted)
    : ActivityCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Delete %1"), deleted))
    , m_deleted(deleted)
{
}

void DeleteActivityCommand::undo()
{
    if (m_store && !m_store->insert(m_deleted))
        setObsolete(true);
}

void DeleteActivityCommand::redo()
{
    if (!firstRedo() && !m_store->remove(m_deleted.id))
        setObsolete(true);
}

} // namespace attain::ui
