#include "app/TargetFamilyFilterModel.h"

#include "app/TargetsModel.h"

namespace attain::ui {

TargetFamilyFilterModel::TargetFamilyFilterModel(const QString &targetId, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_targetId(targetId)
{
    setSortRole(TargetsModel::SortRole);
}

void TargetFamilyFilterModel::setIncludeTarget(bool include)
{
    m_includeTarget = include;
    invalidateFilter();
}

bool TargetFamilyFilterModel::isTarget(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(TargetsModel::IdRole).toString() == m_targetId;
}

bool TargetFamilyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(TargetsModel::ParentIdRole).toString() == m_targetId || (m_includeTarget && isTarget(index));
}

bool TargetFamilyFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The target itself heads its export in either sort order.
    if (isTarget(left) || isTarget(right))
        return (sortOrder() == Qt::AscendingOrder) == isTarget(left);
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace attain::ui
