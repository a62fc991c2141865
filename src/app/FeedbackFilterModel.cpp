#include "app/FeedbackFilterModel.h"

#include "app/FeedbackModel.h"
#include "storage/FeedbackTypes.h"

namespace attain::ui {

FeedbackFilterModel::FeedbackFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FeedbackModel::SortRole);
}

void FeedbackFilterModel::setCustomerId(const QString &id)
{
    m_customerId = id;
    invalidateRowsFilter();
}

void FeedbackFilterModel::setRepId(const QString &id, bool noRep)
{
    m_repId = id;
    m_repFilter = !id.isEmpty() || noRep;
    invalidateRowsFilter();
}

void FeedbackFilterModel::setComplaintsOnly(bool on)
{
    m_complaintsOnly = on;
    invalidateRowsFilter();
}

void FeedbackFilterModel::setOpenOnly(bool on)
{
    m_openOnly = on;
    invalidateRowsFilter();
}

void FeedbackFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

bool FeedbackFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const FeedbackModel *>(sourceModel());
    const storage::FeedbackEntry *entry = model && !sourceParent.isValid() ? model->entry(sourceRow) : nullptr;
    if (!entry)
        return false;
    if (!m_customerId.isEmpty() && entry->customerId != m_customerId)
        return false;
    if (m_repFilter && entry->repId != m_repId)
        return false;
    const storage::ComplaintStatus status = entry->status();
    if (m_complaintsOnly && status == storage::ComplaintStatus::None)
        return false;
    if (m_openOnly && status != storage::ComplaintStatus::Open && status != storage::ComplaintStatus::InProgress)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString &text : { entry->customerName, entry->repName, entry->notes, entry->resolution })
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace attain::ui
