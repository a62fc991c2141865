#include "app/DecompositionCommands.h"

#include "app/DecompositionModel.h"

#include <QCoreApplication>

namespace attain::ui {

namespace {
QString trCommand(const char *text)
{
    return QCoreApplication::translate("attain::ui::DecompositionCommands", text);
}
} // namespace

QString methodName(DecompositionMethod method)
{
    // QT_TRANSLATE_NOOP: lupdate does not know trCommand().
    switch (method) {
    case DecompositionMethod::Equal:
        return trCommand(QT_TRANSLATE_NOOP("attain::ui::DecompositionCommands", "Equal"));
    case DecompositionMethod::History:
        return trCommand(QT_TRANSLATE_NOOP("attain::ui::DecompositionCommands", "Last year's share"));
    case DecompositionMethod::Seasonality:
        return trCommand(QT_TRANSLATE_NOOP("attain::ui::DecompositionCommands", "Seasonality"));
    case DecompositionMethod::Manual:
        break;
    }
    return trCommand(QT_TRANSLATE_NOOP("attain::ui::DecompositionCommands", "Manual"));
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
    : DecompositionGridCommand(
        model, before, after, trCommand("Edit %1, %2").arg(model.rowLabel(row), model.columnLabel(column)))
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
    : DecompositionGridCommand(model, before, after, trCommand("Split: %1").arg(methodName(after.method)))
{
}

} // namespace attain::ui
