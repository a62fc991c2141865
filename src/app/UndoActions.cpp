#include "app/UndoActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>
#include <QWidget>

namespace attain::ui {

std::pair<QAction *, QAction *> addUndoRedoActions(QWidget *page, QUndoStack *stack)
{
    auto *undo = new QAction(QCoreApplication::translate("attain::ui::UndoActions", "Undo"), page);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(QCoreApplication::translate("attain::ui::UndoActions", "Redo"), page);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    undo->setEnabled(false);
    redo->setEnabled(false);
    QObject::connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    QObject::connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(QCoreApplication::translate("attain::ui::UndoActions", "Undo %1 (Ctrl+Z)").arg(text));
    });
    QObject::connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(QCoreApplication::translate("attain::ui::UndoActions", "Redo %1 (Ctrl+Shift+Z)").arg(text));
    });
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
    }
    return {undo, redo};
}

} // namespace attain::ui
