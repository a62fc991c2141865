#include "app/DecompositionCommands.h"

#include "app/DecompositionModel.h"

#include <QCoreApplication>

namespace attain::ui {

QString methodName(DecompositionMethod method)
{
    switch (method) {
    case DecompositionMethod::Equal:
        return QCoreApplication::translate("attain::ui::DecompositionCommands", "Equal");
    case DecompositionMethod::History:
        return QCoreApplication::translate("attain::ui::DecompositionCommands", "Last year's share");
    case DecompositionMethod::Seasonality:
        return QCoreApplication::translate("attain::ui::DecompositionCommands", "Seasonality");
    case DecompositionMethod::Manual:
        break;
    }
    return QCoreApplication::translate("attain::ui::DecompositionCommands", "Manual");
}

DecompositionGridCommand::DecompositionGridCommand(
    DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after, const QString &text)
    : QUndoCommand(text)
    , m_model(&model)
    , m_before(before)
    , m_after(after)
{
}

void DecompositionGridCommand::undo()
{
    if (m_model)
        m_model->setGrid(m_before);
}

void DecompositionGridCommand::redo()
{
    if (m_model)
        m_model->setGrid(m_after);
}

EditCellCommand::EditCellCommand(
    DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after, int row, int column)
    : DecompositionGridCommand(model, before, after,
        QCoreApplication::translate("attain::ui::DecompositionCommands", "Edit %1, %2")
            .arg(model.rowLabel(row), model.columnLabel(column)))
{
}

SetLockCommand::SetLockCommand(DecompositionModel &model, const DecompositionGrid &before,
    const DecompositionGrid &after, bool locked, int cellCount)
    : DecompositionGridCommand(model, before, after,
        locked
            ? QCoreApplication::translate("attain::ui::DecompositionCommands", "Lock %n cell(s)", nullptr, cellCount)
            : QCoreApplication::translate("attain::ui::DecompositionCommands", "Unlock %n cell(s)", nullptr, cellCount))
{
}

ApplyMethodCommand::ApplyMethodCommand(
    DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after)
    : DecompositionGridCommand(model, before, after,
        QCoreApplication::translate("attain::ui::DecompositionCommands", "Split: %1").arg(methodName(after.method)))
{
}

} // namespace attain::ui
