#include "app/RiskModel.h"

#include "app/MetricFormat.h"
#include "app/MetricText.h"
#include "app/TargetsModel.h"

#include <algorithm>

namespace attain::ui {

namespace {

bool inTrouble(engine::Status status)
{
    return status == engine::Status::AtRisk || status == engine::Status::OffTrack;
}

} // namespace

RiskModel::RiskModel(TargetsModel &targets, QObject *parent)
    : QAbstractTableModel(parent)
    , m_targets(targets)
{
    connect(&m_targets, &QAbstractItemModel::modelReset, this, &RiskModel::rebuild);
    rebuild();
}

void RiskModel::setFilter(std::function<bool(const TargetRow &)> accepts)
{
    m_accepts = std::move(accepts);
    rebuild();
}

void RiskModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (int r = 0; r < m_targets.rowCount(); ++r) {
        const TargetRow *target = m_targets.row(r);
        if (target && inTrouble(target->kpi.status) && (!m_accepts || m_accepts(*target)))
            m_rows.push_back(r);
    }
    // Off track first, then whatever has been in trouble longest.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        const TargetRow &x = *m_targets.row(a);
        const TargetRow &y = *m_targets.row(b);
        const bool xOff = x.kpi.status == engine::Status::OffTrack;
        const bool yOff = y.kpi.status == engine::Status::OffTrack;
        if (xOff != yOff)
            return xOff;
        const engine::Date far { std::chrono::year { 9999 }, std::chrono::month { 12 }, std::chrono::day { 31 } };
        return x.troubleSince.value_or(far) < y.troubleSince.value_or(far);
    });
    endResetModel();
}

const TargetRow *RiskModel::row(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_targets.row(m_rows[static_cast<std::size_t>(row)])
                                                               : nullptr;
}

int RiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    const TargetRow *target = row(index.row());
    if (!target)
        return {};
    const QModelIndex source = m_targets.index(m_rows[static_cast<std::size_t>(index.row())], 0);
    const auto sourceColumn = [&](int column) { return source.siblingAtColumn(column); };
    if (role == IdRole)
        return QString::fromStdString(target->stored.target.id);
    const QString currency = m_targets.targetsData().currency;
    switch (index.column()) {
    case TargetColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole
            ? sourceColumn(TargetsModel::TitleColumn).data(role)
            : QVariant();
    case ScopeColumn:
        return role == Qt::DisplayRole ? sourceColumn(TargetsModel::ScopeColumn).data(role) : QVariant();
    case StatusColumn:
        // Colour and word, never colour alone.
        if (role == Qt::DisplayRole || role == Qt::DecorationRole)
            return sourceColumn(TargetsModel::StatusColumn).data(role);
        return {};
    case WhyColumn:
        if (role == Qt::DisplayRole)
            return TargetsModel::statusExplanation(target->kpi, currency).section(QLatin1Char('\n'), 0, 0);
        if (role == Qt::ToolTipRole)
            return TargetsModel::statusExplanation(target->kpi, currency);
        return {};
    case SinceColumn:
        if (role == Qt::DisplayRole && target->troubleSince) {
            const int days = engine::daysBetween(*target->troubleSince, m_targets.targetsData().asOf);
            return tr("%1 (%n day(s))", nullptr, days)
                .arg(QString::fromStdString(engine::toIsoString(*target->troubleSince)));
        }
        if (role == Qt::DisplayRole)
            return tr("—");
        return {};
    case GapColumn:
        if (role == Qt::DisplayRole && target->kpi.gap)
            return formatMetricValue(target->stored.target.metric, *target->kpi.gap, currency);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case ScopeColumn:
        return tr("Scope");
    case StatusColumn:
        return tr("Status");
    case WhyColumn:
        return tr("Why");
    case SinceColumn:
        return tr("Since");
    case GapColumn:
        return tr("Gap");
    default:
        return {};
    }
}

} // namespace attain::ui
