#include "app/TargetsFilterModel.h"

#include "app/TargetsModel.h"

namespace attain::ui {

TargetsFilterModel::TargetsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TargetsModel::SortRole);
    setSortLocaleAware(true); // Chinese names sort by the locale's collation
}

void TargetsFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void TargetsFilterModel::setPeriodText(const QString &text)
{
    m_period = text.trimmed();
    invalidateFilter();
}

void TargetsFilterModel::setScopeKind(const QString &scopeKind)
{
    m_scopeKind = scopeKind;
    invalidateFilter();
}

void TargetsFilterModel::setStatus(std::optional<engine::Status> status)
{
    m_status = status;
    invalidateFilter();
}

bool TargetsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_period.isEmpty()
        && !first.data(TargetsModel::PeriodRole).toString().startsWith(m_period, Qt::CaseInsensitive))
        return false;
    if (!m_scopeKind.isEmpty() && first.data(TargetsModel::ScopeKindRole).toString() != m_scopeKind)
        return false;
    if (m_status && first.data(TargetsModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : { TargetsModel::TitleColumn, TargetsModel::MetricColumn, TargetsModel::ScopeColumn })
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace attain::ui
