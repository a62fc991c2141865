#include "app/TeamRevenueModel.h"

#include "app/MoneyFormat.h"
#include "engine/Attainment.h"


namespace attain::ui {

TeamRevenueModel::TeamRevenueModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeamRevenueModel::setOverview(storage::RevenueOverview overview)
{
    beginResetModel();
    m_overview = std::move(overview);
    endResetModel();
}

int TeamRevenueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_overview.teams.size());
}

int TeamRevenueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamRevenueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::TeamRevenue &team = m_overview.teams[static_cast<std::size_t>(index.row())];
    const engine::Attainment attainment{team.targetMinor.value_or(0), team.actualMinor};
    const auto basisPoints = team.targetMinor ? attainment.basisPoints() : std::nullopt;
    const QString &currency = m_overview.currency;

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TeamColumn: return team.name;
        case TargetColumn: return team.targetMinor ? formatMoney(*team.targetMinor, currency) : tr("no target");
        case ActualColumn: return formatMoney(team.actualMinor, currency);
        case AttainmentColumn: return basisPoints ? formatBasisPoints(*basisPoints) : QStringLiteral("–");
        case GapColumn: return team.targetMinor ? formatMoney(attainment.gap(), currency) : QStringLiteral("–");
        default: return {};
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case TeamColumn: return team.name;
        case TargetColumn: return team.targetMinor ? QVariant(*team.targetMinor) : QVariant();
        case ActualColumn: return team.actualMinor;
        case AttainmentColumn: return basisPoints ? QVariant(static_cast<qlonglong>(*basisPoints)) : QVariant();
        case GapColumn: return team.targetMinor ? QVariant(static_cast<qlonglong>(attainment.gap())) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != TeamColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TeamColumn)
        return tr("Team code: %1").arg(team.code);
    return {};
}

QVariant TeamRevenueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TeamColumn: return tr("Team");
    case TargetColumn: return tr("Target");
    case ActualColumn: return tr("Won revenue");
    case AttainmentColumn: return tr("Attainment");
    case GapColumn: return tr("Gap");
    default: return {};
    }
}

} // namespace attain::ui
