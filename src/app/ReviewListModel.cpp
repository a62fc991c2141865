#include "app/ReviewListModel.h"

#include "app/ReviewText.h"

#include <QFont>

namespace attain::ui {

ReviewListModel::ReviewListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewListModel::setReviews(std::vector<storage::Review> reviews)
{
    beginResetModel();
    m_reviews = std::move(reviews);
    endResetModel();
}

const storage::Review *ReviewListModel::review(int row) const
{
    return row >= 0 && row < rowCount() ? &m_reviews[static_cast<std::size_t>(row)] : nullptr;
}

int ReviewListModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_reviews.size(); ++i)
        if (m_reviews[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reviews.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    const storage::Review *r = review(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::ToolTipRole)
        return r->title;
    if (role == Qt::FontRole && r->status == storage::ReviewStatus::Scheduled) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return reviewDateText(r->heldOn);
    case KindColumn:
        // Short: the list is narrow, and the title (tooltip and right side) has the full name.
        switch (r->kind) {
        case storage::ReviewKind::TeamMeeting:
            return tr("Weekly");
        case storage::ReviewKind::Periodic:
            return tr("Monthly");
        case storage::ReviewKind::OneOnOne:
            return tr("1:1");
        }
        return {};
    case ScopeColumn:
        return r->scope.isCompany() ? tr("Company") : r->scopeName;
    case StatusColumn:
        return reviewStatusName(r->status);
    default:
        return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Review");
    case ScopeColumn:
        return tr("For");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace attain::ui
