#include "app/ActivityCommands.h"

#include "app/ActivityTypeText.h"

#include <QCoreApplication>

namespace attain::ui {

QString describeActivityCommand(const char *action, const storage::Activity &activity)
{
    const QString type = activityTypeNameOfKey(activity.type);
    if (activity.customerName.isEmpty())
        return QCoreApplication::translate("attain::ui::ActivityCommands", action).arg(type);
    return QCoreApplication::translate("attain::ui::ActivityCommands", "%1 with %2")
        .arg(QCoreApplication::translate("attain::ui::ActivityCommands", action).arg(type), activity.customerName);
}

AddActivityCommand::AddActivityCommand(ActivityStore &store, const storage::Activity &added)
    : AddRecordCommand(store, describeActivityCommand(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Add %1"), added),
                       added)
{
}

EditActivityCommand::EditActivityCommand(ActivityStore &store, const storage::Activity &before,
                                         const storage::Activity &after)
    : EditRecordCommand(store, describeActivityCommand(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Edit %1"), after),
                        before, after)
{
}

DeleteActivityCommand::DeleteActivityCommand(ActivityStore &store, const storage::Activity &deleted)
    : DeleteRecordCommand(store,
                          describeActivityCommand(QT_TRANSLATE_NOOP("attain::ui::ActivityCommands", "Delete %1"), deleted),
                          deleted)
{
}

} // namespace attain::ui
