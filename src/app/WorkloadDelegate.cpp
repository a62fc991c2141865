#include "app/WorkloadDelegate.h"

#include "app/WorkloadModel.h"
#include "app/WorkloadText.h"

namespace attain::ui {

void WorkloadDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant loadClass = index.data(WorkloadModel::LoadClassRole);
    if (!loadClass.isValid())
        return;
    option->backgroundBrush = loadClassTint(static_cast<engine::LoadClass>(loadClass.toInt()), option->palette);
}

} // namespace attain::ui
