#pragma once

#include <QStyledItemDelegate>

namespace attain::ui {

/// Editors for ActionItemsModel's cells: a combo of reps for the owner, of statuses for the
/// status and of targets for the link, a date editor with a calendar for the due date.
class ActionItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace attain::ui
