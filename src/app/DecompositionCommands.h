#pragma once

#include "app/DecompositionSplit.h"

#include <QPointer>
#include <QUndoCommand>

namespace attain::ui {

class DecompositionModel;

/// Swaps a decomposition grid between its state before and after a change. Whole grids are
/// kept (a few hundred integers), so undo and redo restore every cell and lock exactly,
/// whatever the engine's rounding did (Tiled's ChangeValue, for a whole grid). A stack shared
/// with the window may outlive the editor: the model is then gone and the command does nothing.
class DecompositionGridCommand : public QUndoCommand
{
public:
    DecompositionGridCommand(DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after,
        const QString &text);

    void undo() override;
    void redo() override;

private:
    QPointer<DecompositionModel> m_model;
    const DecompositionGrid m_before;
    const DecompositionGrid m_after;
};

/// A value typed into one cell (the rest of its row re-spread).
class EditCellCommand final : public DecompositionGridCommand
{
public:
    EditCellCommand(DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after, int row,
        int column);
};

/// Cells locked or unlocked.
class SetLockCommand final : public DecompositionGridCommand
{
public:
    SetLockCommand(DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after,
        bool locked, int cellCount);
};

/// A split method applied to the unlocked cells.
class ApplyMethodCommand final : public DecompositionGridCommand
{
public:
    ApplyMethodCommand(DecompositionModel &model, const DecompositionGrid &before, const DecompositionGrid &after);
};

/// The method's name for the user ("Equal", "Last year's share", …).
[[nodiscard]] QString methodName(DecompositionMethod method);

} // namespace attain::ui
