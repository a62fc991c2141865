#pragma once

#include <utility>

class QAction;
class QUndoStack;
class QWidget;

namespace attain::ui {

/// Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) actions for a page's own undo stack, added to `page`
/// with shortcuts that work while the focus is anywhere in it. Short texts; what would be
/// undone is in the tooltip ("Undo Edit Won deal with Acme").
[[nodiscard]] std::pair<QAction *, QAction *> addUndoRedoActions(QWidget *page, QUndoStack *stack);

} // namespace attain::ui
