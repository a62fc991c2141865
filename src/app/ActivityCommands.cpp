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

void AddActivityCommand::undo()
{
    if (m_store)
        m_store->remove(m_added.id);
}

void AddActivityCommand::redo()
{
    if (!firstRedo())
        m_store->insert(m_added);
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
    if (m_store)
        m_store->update(m_before);
}

void EditActivityCommand::redo()
{
    if (!firstRedo())
        m_store->update(m_after);
}

DeleteActivityCommand::DeleteActivityCommand(ActivityStore &store, const storage::Activity &deleted)
    : ActivityCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Delete %1"), deleted))
    , m_deleted(deleted)
{
}

void DeleteActivityCommand::undo()
{
    if (m_store)
        m_store->insert(m_deleted);
}

void DeleteActivityCommand::redo()
{
    if (!firstRedo())
        m_store->remove(m_deleted.id);
}

} // namespace attain::ui
