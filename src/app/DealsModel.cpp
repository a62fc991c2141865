#include "app/DealsModel.h"

#include "app/ActivityText.h"
#include "app/MoneyFormat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace attain::ui {

DealsModel::DealsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DealsModel::setDeals(std::vector<storage::Deal> deals)
{
    beginResetModel();
    m_deals = std::move(deals);
    endResetModel();
}

const storage::Deal *DealsModel::deal(int row) const
{
    return row >= 0 && row < rowCount() ? &m_deals[static_cast<std::size_t>(row)] : nullptr;
}

int DealsModel::rowOf(const QString &id) const
{
    const auto found = std::find_if(m_deals.begin(), m_deals.end(), [&](const storage::Deal &d) { return d.id == id; });
    return found == m_deals.end() ? -1 : static_cast<int>(found - m_deals.begin());
}

int DealsModel::openCount() const
{
    return static_cast<int>(std::count_if(m_deals.begin(), m_deals.end(),
                                          [](const storage::Deal &d) { return !storage::isClosedStage(d.stage); }));
}

QString DealsModel::openPipeline() const
{
    QString currency;
    qint64 total = 0;
    for (const storage::Deal &d : m_deals) {
        if (storage::isClosedStage(d.stage))
            continue;
        if (!currency.isEmpty() && d.currency != currency)
            return {};
        currency = d.currency;
        total += d.amountMinor;
    }
    return currency.isEmpty() ? QString() : formatMoney(total, currency);
}

int DealsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int DealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealsModel::display(const storage::Deal &d, int column, bool forSorting) const
{
    switch (column) {
    case Customer: return d.customerName;
    case Stage: {
        if (!forSorting)
            return dealStageName(d.stage);
        // Pipeline order, not the alphabet.
        const auto stages = std::begin(storage::kDealStages);
        return static_cast<int>(std::find_if(stages, std::end(storage::kDealStages),
                                             [&](const char *key) { return d.stage == QLatin1String(key); })
                                - stages);
    }
    case Amount: return forSorting ? QVariant::fromValue<qlonglong>(d.amountMinor) : QVariant(formatMoney(d.amountMinor, d.currency));
    case Created: return d.createdOn.toString(Qt::ISODate);
    case Close:
        if (d.closedOn.isValid())
            return forSorting ? d.closedOn.toString(Qt::ISODate) : tr("closed %1").arg(d.closedOn.toString(Qt::ISODate));
        if (d.expectedCloseOn.isValid())
            return forSorting ? d.expectedCloseOn.toString(Qt::ISODate)
                              : tr("expected %1").arg(d.expectedCloseOn.toString(Qt::ISODate));
        return QString();
    case Owner: return d.ownerName;
    case Channel: return d.channelName;
    case ProductLine: return d.productLineName;
    default: return {};
    }
}

QVariant DealsModel::data(const QModelIndex &index, int role) const
{
    const storage::Deal *d = deal(index.row());
    if (!d)
        return {};
    switch (role) {
    case IdRole: return d->id;
    case Qt::DisplayRole: return display(*d, index.column(), false);
    case SortRole: return display(*d, index.column(), true);
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (d->sharedWithActor)
            return tr("Shared with you; only its owner, %1, or a manager can change it.").arg(d->ownerName);
        if (d->stage == QLatin1String("lost") && !d->lostReason.isEmpty())
            return tr("Lost: %1").arg(d->lostReason);
        return d->competitor.isEmpty() ? QVariant() : QVariant(tr("Competitor: %1").arg(d->competitor));
    case Qt::FontRole:
        if (index.column() == Stage && storage::isClosedStage(d->stage)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // Shared deals are read only for the rep: shown dimmed.
        if (d->sharedWithActor)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Stage && d->stage == QLatin1String("won"))
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (index.column() == Stage && d->stage == QLatin1String("lost"))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    default: return {};
    }
}

QVariant DealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer: return tr("Customer");
    case Stage: return tr("Stage");
    case Amount: return tr("Amount");
    case Created: return tr("Created");
    case Close: return tr("Close");
    case Owner: return tr("Owner");
    case Channel: return tr("Channel");
    case ProductLine: return tr("Product line");
    default: return {};
    }
}

} // namespace attain::ui
