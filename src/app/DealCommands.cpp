#include "app/DealCommands.h"

#include "app/ActivityText.h"

#include <QCoreApplication>

namespace attain::ui {

namespace {
/// "Edit Won deal with Acme": what Undo names.
QString describe(const char *action, const storage::Deal &deal)
{
    return QCoreApplication::translate("attain::ui::DealCommands", action).arg(dealStageName(deal.stage), deal.customerName);
}
} // namespace

AddDealCommand::AddDealCommand(DealStore &store, const storage::Deal &added)
    : AddRecordCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::DealCommands", "Add %1 deal with %2"), added), added)
{
}

EditDealCommand::EditDealCommand(DealStore &store, const storage::Deal &before, const storage::Deal &after)
    : EditRecordCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::DealCommands", "Edit %1 deal with %2"), after),
                        before, after)
{
}

DeleteDealCommand::DeleteDealCommand(DealStore &store, const storage::Deal &deleted)
    : DeleteRecordCommand(store, describe(QT_TRANSLATE_NOOP("attain::ui::DealCommands", "Delete %1 deal with %2"), deleted),
                          deleted)
{
}

} // namespace attain::ui
