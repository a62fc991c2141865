#include "app/LeaderboardModel.h"

#include "app/MoneyFormat.h"
#include "app/RankMedal.h"

#include <QFont>
#include <QList>

namespace attain::ui {

namespace {

/// "▲ 12.5%", "▼ 3.0%": the arrow says which way, so colour is not needed to tell.
QString changeText(qint64 basisPoints)
{
    const QString arrow = basisPoints > 0 ? QStringLiteral("▲ ") : basisPoints < 0 ? QStringLiteral("▼ ") : QString();
    return arrow + formatBasisPoints(basisPoints < 0 ? -basisPoints : basisPoints);
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::setRows(std::vector<storage::LeaderboardRow> rows, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    endResetModel();
}

bool LeaderboardModel::hasMedal(const storage::LeaderboardRow &row)
{
    return row.rank >= 1 && row.rank <= 3 && row.attainmentBp.has_value();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::LeaderboardRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::AccessibleTextRole:
        // Screen readers hear the medal, which the icon shows.
        if (index.column() == RankColumn && hasMedal(row))
            return tr("Rank %1, %2 medal").arg(row.rank).arg(rankMedalName(row.rank));
        if (index.column() == TrendColumn)
            return toolTip(row, index.column());
        return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == RankColumn && hasMedal(row))
            return rankMedalIcon(row.rank);
        return {};
    case Qt::FontRole:
        if (index.column() == RepColumn && hasMedal(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == RepColumn || index.column() == TeamColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortKey(row, index.column());
    case RepIdRole:
        return row.repId;
    case TrendRole: {
        QList<qint64> trend;
        trend.reserve(static_cast<qsizetype>(row.trend.size()));
        for (const std::int64_t value : row.trend)
            trend.append(value);
        return QVariant::fromValue(trend);
    }
    default:
        return {};
    }
}

QVariant LeaderboardModel::display(const storage::LeaderboardRow &row, int column) const
{
    switch (column) {
    case RankColumn:
        // Number and word beside the medal: "1 · Gold".
        return hasMedal(row) ? tr("%1 · %2").arg(row.rank).arg(rankMedalName(row.rank)) : QString::number(row.rank);
    case RepColumn:
        return row.name;
    case TeamColumn:
        return row.teamName;
    case RevenueColumn:
        return formatMoney(row.revenue, m_currency);
    case TargetColumn:
        return row.target ? formatMoney(*row.target, m_currency) : tr("—");
    case AttainmentColumn:
        return row.attainmentBp ? formatBasisPoints(*row.attainmentBp) : tr("—");
    case ChangeColumn:
        if (row.changeBp)
            return changeText(*row.changeBp);
        // No growth from nothing: say it is new rather than inventing a percentage.
        return row.previousRevenue <= 0 && row.revenue > 0 ? tr("New") : tr("—");
    default:
        return {};
    }
}

QVariant LeaderboardModel::toolTip(const storage::LeaderboardRow &row, int column) const
{
    switch (column) {
    case RankColumn:
        return hasMedal(row) ? tr("%1 medal: rank %2 by attainment").arg(rankMedalName(row.rank)).arg(row.rank)
                             : QVariant();
    case TargetColumn:
        return row.target ? QVariant() : tr("No revenue target for this rep and period");
    case AttainmentColumn:
        return row.target ? tr("%1 of %2").arg(formatMoney(row.revenue, m_currency), formatMoney(*row.target, m_currency))
                          : tr("No revenue target for this rep and period");
    case ChangeColumn:
        return tr("Previous period over the same number of days: %1\nThis period: %2")
            .arg(formatMoney(row.previousRevenue, m_currency), formatMoney(row.revenue, m_currency));
    case TrendColumn: {
        if (row.trend.empty())
            return tr("No monthly revenue");
        QStringList values;
        for (const std::int64_t value : row.trend)
            values << formatMoney(value, m_currency);
        return tr("Monthly revenue, oldest first (the last month is to date):\n%1")
            .arg(values.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant LeaderboardModel::sortKey(const storage::LeaderboardRow &row, int column) const
{
    switch (column) {
    case RankColumn:
        return row.rank;
    case RepColumn:
        return row.name;
    case TeamColumn:
        return row.teamName;
    case RevenueColumn:
        return static_cast<qlonglong>(row.revenue);
    case TargetColumn:
        return row.target ? QVariant(static_cast<qlonglong>(*row.target)) : QVariant();
    case AttainmentColumn:
        return row.attainmentBp ? QVariant(static_cast<qlonglong>(*row.attainmentBp)) : QVariant();
    case ChangeColumn:
        return row.changeBp ? QVariant(static_cast<qlonglong>(*row.changeBp)) : QVariant();
    case TrendColumn:
        return row.trend.empty() ? QVariant() : QVariant(static_cast<qlonglong>(row.trend.back()));
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("By attainment of the revenue target; reps without a target follow, by revenue");
        case ChangeColumn:
            return tr("Revenue against the previous period over the same number of days");
        case TrendColumn:
            return tr("Monthly revenue; the last month is to date (dotted)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case RepColumn:
        return tr("Rep");
    case TeamColumn:
        return tr("Team");
    case RevenueColumn:
        return tr("Revenue");
    case TargetColumn:
        return tr("Target");
    case AttainmentColumn:
        return tr("Attainment");
    case ChangeColumn:
        return tr("Change");
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

} // namespace attain::ui
