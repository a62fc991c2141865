#include "app/ActionItemsModel.h"

#include "app/ReviewText.h"
#include "storage/ReviewTemplates.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace attain::ui {

ActionItemsModel::ActionItemsModel(bool carried, QObject *parent)
    : QAbstractTableModel(parent)
    , m_carried(carried)
{
}

void ActionItemsModel::setItems(std::vector<storage::ActionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_origins.assign(m_items.size(), QString());
    endResetModel();
}

void ActionItemsModel::setCarried(const std::vector<storage::CarriedItem> &items)
{
    beginResetModel();
    m_items.clear();
    m_origins.clear();
    for (const storage::CarriedItem &carried : items) {
        m_items.push_back(carried.item);
        m_origins.push_back(reviewDateText(carried.originDate));
    }
    endResetModel();
}

void ActionItemsModel::setAsOf(engine::Date asOf)
{
    beginResetModel();
    m_asOf = asOf;
    endResetModel();
}

void ActionItemsModel::setChoices(Choices owners, Choices targets)
{
    beginResetModel();
    m_owners = std::move(owners);
    m_targets = std::move(targets);
    endResetModel();
}

void ActionItemsModel::setEditable(std::function<bool(const storage::ActionItem &, int)> editable)
{
    beginResetModel();
    m_editable = std::move(editable);
    endResetModel();
}

void ActionItemsModel::insertItem(const storage::ActionItem &item)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_items.push_back(item);
    m_origins.emplace_back();
    endInsertRows();
}

void ActionItemsModel::removeItem(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    m_origins.erase(m_origins.begin() + row);
    endRemoveRows();
}

void ActionItemsModel::replaceItem(const storage::ActionItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[static_cast<std::size_t>(row)] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const storage::ActionItem *ActionItemsModel::item(int row) const
{
    return row >= 0 && row < rowCount() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

int ActionItemsModel::rowOf(const QString &id) const
{
    const auto found = std::find_if(m_items.begin(), m_items.end(), [&](const auto &i) { return i.id == id; });
    return found == m_items.end() ? -1 : static_cast<int>(found - m_items.begin());
}

int ActionItemsModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [this](const auto &i) { return i.isOverdue(m_asOf); }));
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionItemsModel::label(const Choices &choices, const QString &id, const QString &fallback) const
{
    if (id.isEmpty())
        return tr("—");
    for (const auto &[key, text] : choices)
        if (key == id)
            return text;
    return fallback.isEmpty() ? id : fallback;
}

QVariant ActionItemsModel::display(int row, int column) const
{
    const storage::ActionItem &i = m_items[static_cast<std::size_t>(row)];
    switch (column) {
    case TextColumn:
        return i.text;
    case OwnerColumn:
        return label(m_owners, i.ownerRepId, i.ownerName);
    case DueColumn:
        return dueText(i, m_asOf);
    case StatusColumn:
        if (i.isClosed() && i.doneOn)
            return tr("%1 (%2)").arg(
                actionStatusName(i.status), QString::fromStdString(engine::toIsoString(*i.doneOn)));
        return actionStatusName(i.status);
    case LinkColumn:
        return m_carried ? m_origins[static_cast<std::size_t>(row)] : label(m_targets, i.targetId, i.targetTitle);
    default:
        return {};
    }
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    const storage::ActionItem *i = item(index.row());
    if (!i)
        return {};
    const bool overdue = i->isOverdue(m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case TextColumn:
            return i->text;
        case OwnerColumn:
            return i->ownerRepId;
        case DueColumn:
            return i->dueOn ? QString::fromStdString(engine::toIsoString(*i->dueOn)) : QString();
        case StatusColumn:
            return storage::actionStatusKey(i->status);
        case LinkColumn:
            return i->targetId;
        default:
            return {};
        }
    case IdRole:
        return i->id;
    case OverdueRole:
        return overdue;
    case Qt::DecorationRole:
        return index.column() == DueColumn && overdue ? QVariant(overdueIcon()) : QVariant();
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == TextColumn))
            return QBrush(overdueColor());
        return {};
    case Qt::FontRole:
        if (i->isClosed()) {
            QFont font;
            font.setStrikeOut(index.column() == TextColumn);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && !i->targetTitle.isEmpty())
            return tr("%1\nLinked target: %2").arg(i->text, i->targetTitle);
        return index.column() == TextColumn ? QVariant(i->text) : QVariant();
    default:
        return {};
    }
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const storage::ActionItem *i = item(index.row());
    if (!i || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    storage::ActionItem after = *i;
    const QString text = value.toString();
    switch (index.column()) {
    case TextColumn:
        if (text.trimmed().isEmpty())
            return false;
        after.text = text.trimmed();
        break;
    case OwnerColumn:
        after.ownerRepId = text;
        break;
    case DueColumn:
        after.dueOn = engine::parseIsoDate(text.toStdString());
        break;
    case StatusColumn:
        after.status = storage::actionStatusFromKey(text).value_or(i->status);
        break;
    case LinkColumn:
        after.targetId = text;
        break;
    default:
        return false;
    }
    if (after.text == i->text && after.ownerRepId == i->ownerRepId && after.dueOn == i->dueOn
        && after.status == i->status && after.targetId == i->targetId)
        return false;
    Q_EMIT editRequested(*i, after);
    return true;
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    const storage::ActionItem *i = item(index.row());
    // A carried item's origin is history; its other cells edit the item itself.
    const bool origin = m_carried && index.column() == LinkColumn;
    if (i && !origin && m_editable && m_editable(*i, index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Action item");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case LinkColumn:
        return m_carried ? tr("From review") : tr("Linked target");
    default:
        return {};
    }
}

} // namespace attain::ui
