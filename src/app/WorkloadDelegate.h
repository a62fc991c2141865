#pragma once

#include <QStyledItemDelegate>

namespace attain::ui {

/// Fills the cells that carry a load class (WorkloadModel::LoadClassRole) with the class's
/// tint (loadClassTint: readable in light and dark themes); the text, with its ▲/▼ mark, is
/// drawn as usual on top. Selected cells keep the selection colour.
class WorkloadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace attain::ui
