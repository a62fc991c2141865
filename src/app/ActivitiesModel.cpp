#include "app/ActivitiesModel.h"

#include "app/ActivityText.h"
#include "app/ActivityTypeText.h"

#include <QLocale>

namespace attain::ui {

ActivitiesModel::ActivitiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivitiesModel::setActivities(std::vector<storage::Activity> activities)
{
    beginResetModel();
    m_activities = std::move(activities);
    endResetModel();
}

const storage::Activity *ActivitiesModel::activity(int row) const
{
    return row >= 0 && row < rowCount() ? &m_activities[static_cast<std::size_t>(row)] : nullptr;
}

int ActivitiesModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_activities.size(); ++i)
        if (m_activities[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int ActivitiesModel::totalMinutes() const
{
    int total = 0;
    for (const storage::Activity &a : m_activities)
        total += a.minutes;
    return total;
}

int ActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_activities.size());
}

int ActivitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivitiesModel::data(const QModelIndex &index, int role) const
{
    const storage::Activity *a = activity(index.row());
    if (!a)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == Qt::TextAlignmentRole && index.column() == Minutes)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Notes && !a->notes.isEmpty())
        return a->notes;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Date:
        return role == SortRole ? QVariant(a->occurredOn.toString(Qt::ISODate) + a->updatedAt)
                                : QVariant(a->occurredOn.toString(Qt::ISODate));
    case Rep: return a->repName.isEmpty() ? a->repId : a->repName;
    case Type: return activityTypeNameOfKey(a->type);
    case Minutes: return role == SortRole ? QVariant(a->minutes) : QVariant(QLocale().toString(a->minutes));
    case Customer: return a->customerName;
    case Deal: return dealLabel(*a);
    case Outcome: return activityOutcomeName(a->outcome);
    case Notes: return a->notes;
    default: return {};
    }
}

QVariant ActivitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Rep: return tr("Rep");
    case Type: return tr("Type");
    case Minutes: return tr("Minutes");
    case Customer: return tr("Customer");
    case Deal: return tr("Deal");
    case Outcome: return tr("Outcome");
    case Notes: return tr("Notes");
    default: return {};
    }
}

} // namespace attain::ui
