#include "app/TargetsModel.h"

#include <limits>

#include <QFont>

#include "app/MetricFormat.h"
#include "app/MoneyFormat.h"
#include "app/RevisionTable.h"

namespace attain::ui {

namespace {

/// Statuses sort from the most to the least urgent.
int urgency(engine::Status status)
{
    switch (status) {
    case engine::Status::OffTrack:
        return 0;
    case engine::Status::AtRisk:
        return 1;
    case engine::Status::OnTrack:
        return 2;
    case engine::Status::Ahead:
        return 3;
    case engine::Status::Finished:
        return 4;
    case engine::Status::NotStarted:
        return 5;
    case engine::Status::NoData:
        return 6;
    }
    return 7;
}

const engine::StatusReason *reasonOf(const engine::Kpi &kpi)
{
    if (kpi.pace)
        return &kpi.pace->reason;
    if (kpi.level)
        return &kpi.level->reason;
    return nullptr;
}

} // namespace

TargetsModel::TargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TargetsModel::setData(TargetsData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int TargetsModel::rowOf(const QString &targetId) const
{
    const std::string id = targetId.toStdString();
    for (std::size_t i = 0; i < m_data.rows.size(); ++i)
        if (m_data.rows[i].stored.target.id == id)
            return static_cast<int>(i);
    return -1;
}

const TargetRow *TargetsModel::row(int row) const
{
    return row >= 0 && row < rowCount() ? &m_data.rows[static_cast<std::size_t>(row)] : nullptr;
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    const TargetRow *target = row(index.row());
    if (!target || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const engine::Status status = target->kpi.status;
    switch (role) {
    case Qt::DisplayRole:
        return display(*target, index.column());
    case SortRole:
        return sortKey(*target, index.column());
    case IdRole:
        return QString::fromStdString(target->stored.target.id);
    case StatusRole:
        return static_cast<int>(status);
    case StatusColorRole:
        return statusColor(status);
    case ScopeKindRole:
        return target->scopeKind;
    case PeriodRole:
        return QString::fromStdString(target->stored.target.period.label());
    case ParentIdRole:
        return QString::fromStdString(target->stored.target.parentId);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && target->stored.locked)
            return m_lockIcon;
        return index.column() == StatusColumn ? QVariant(statusColor(status)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= TargetColumn && index.column() <= PaceColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::FontRole:
        if (index.column() == TitleColumn && target->proposedRevisions > 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(*target, index.column());
    default:
        return {};
    }
}

QVariant TargetsModel::toolTip(const TargetRow &row, int column) const
{
    const storage::StoredTarget &stored = row.stored;
    QStringList lines;
    if (column == StatusColumn) {
        lines << statusExplanation(row.kpi, m_data.currency);
        if (row.troubleSince)
            lines << tr("In trouble since %1.").arg(QString::fromStdString(engine::toIsoString(*row.troubleSince)));
    } else if (column == TitleColumn) {
        if (stored.locked)
            lines << tr("Locked by %1 on %2.").arg(stored.lockedBy, stored.lockedAt.left(10));
        if (row.proposedRevisions > 0)
            lines << tr("%n revision(s) waiting for a decision", nullptr, row.proposedRevisions);
    } else if (column == AttainmentColumn && stored.originalValue != stored.target.value) {
        // Incentives may count the original target rather than the revised one.
        const auto original = attainmentAgainst(stored.target.metric, stored.originalValue, row.kpi.actual.value());
        lines << tr("Against the original target of %1: %2")
                     .arg(formatMetricValue(stored.target.metric, stored.originalValue, m_data.currency),
                          original ? formatBasisPoints(*original) : tr("—"));
    }
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}

QVariant TargetsModel::display(const TargetRow &row, int column) const
{
    const engine::Kpi &kpi = row.kpi;
    const engine::MetricId metric = row.stored.target.metric;
    switch (column) {
    case TitleColumn:
        return row.stored.title;
    case MetricColumn:
        return metricName(metric);
    case ScopeColumn:
        return row.stored.scopeName.isEmpty() ? scopeKindName(row.scopeKind)
                                              : tr("%1 · %2").arg(scopeKindName(row.scopeKind), row.stored.scopeName);
    case PeriodColumn:
        return QString::fromStdString(row.stored.target.period.label());
    case TargetColumn:
        return formatMetricValue(metric, row.stored.target.value, m_data.currency);
    case ActualColumn:
        if (const auto actual = kpi.actual.value(); actual && kpi.status != engine::Status::NoData)
            return formatMetricValue(metric, *actual, m_data.currency);
        return tr("—");
    case AttainmentColumn:
        return kpi.attainmentBp ? formatBasisPoints(*kpi.attainmentBp) : tr("—");
    case PaceColumn:
        return kpi.pace && kpi.pace->paceBp ? formatBasisPoints(*kpi.pace->paceBp) : tr("—");
    case StatusColumn:
        return statusName(kpi.status);
    default:
        return {};
    }
}

QVariant TargetsModel::sortKey(const TargetRow &row, int column) const
{
    const engine::Kpi &kpi = row.kpi;
    // Missing numbers sort below every real one.
    constexpr qlonglong kMissing = std::numeric_limits<qlonglong>::min();
    switch (column) {
    case TargetColumn:
        return static_cast<qlonglong>(row.stored.target.value);
    case ActualColumn:
        return static_cast<qlonglong>(kpi.actual.value().value_or(kMissing));
    case AttainmentColumn:
        return static_cast<qlonglong>(kpi.attainmentBp.value_or(kMissing));
    case PaceColumn:
        return static_cast<qlonglong>(kpi.pace && kpi.pace->paceBp ? *kpi.pace->paceBp : kMissing);
    case StatusColumn:
        return urgency(kpi.status);
    case PeriodColumn:
        return QString::fromStdString(engine::toIsoString(row.stored.target.period.first));
    default:
        return display(row, column);
    }
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Target");
    case MetricColumn:
        return tr("Metric");
    case ScopeColumn:
        return tr("Scope");
    case PeriodColumn:
        return tr("Period");
    case TargetColumn:
        return tr("Value");
    case ActualColumn:
        return tr("Actual");
    case AttainmentColumn:
        return tr("Attainment");
    case PaceColumn:
        return tr("Pace");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString TargetsModel::statusExplanation(const engine::Kpi &kpi, const QString &currency)
{
    const engine::StatusReason *reason = reasonOf(kpi);
    if (!reason)
        return tr("Nothing to measure yet.");
    QString text;
    switch (reason->basis) {
    case engine::StatusBasis::BeforePeriod:
        return tr("The period has not started yet.");
    case engine::StatusBasis::NothingExpectedYet:
        return tr("Nothing was expected by this date yet.");
    case engine::StatusBasis::TargetMet:
        return tr("The target is already reached.");
    case engine::StatusBasis::NoRatio:
        return tr("No ratio can be computed for this target; it is judged by whether it is met.");
    case engine::StatusBasis::Pace:
        text = tr("Actual is %1 of what was expected by now (%2 of %3).")
                   .arg(formatBasisPoints(reason->measuredBp.value_or(0)),
                       formatMetricValue(kpi.metric, kpi.actual.value().value_or(0), currency),
                       formatMetricValue(kpi.metric, kpi.pace ? kpi.pace->expectedToDate : 0, currency));
        break;
    case engine::StatusBasis::FinalAttainment:
        text = tr("The period is over: %1 of the target was reached.")
                   .arg(formatBasisPoints(reason->measuredBp.value_or(0)));
        break;
    case engine::StatusBasis::LevelAttainment:
        text = tr("The current value is %1 of the target.").arg(formatBasisPoints(reason->measuredBp.value_or(0)));
        break;
    }
    const bool behind = kpi.status == engine::Status::AtRisk || kpi.status == engine::Status::OffTrack;
    if (behind && reason->nextThresholdBp)
        text += QLatin1Char(' ')
            + tr("%1 needs %2.")
                  .arg(statusName(
                           kpi.status == engine::Status::AtRisk ? engine::Status::OnTrack : engine::Status::AtRisk),
                      formatBasisPoints(*reason->nextThresholdBp));
    if (behind && kpi.pace && kpi.pace->rates.extraNeededBp && *kpi.pace->rates.extraNeededBp > 0) {
        const engine::RateOutlook &rates = kpi.pace->rates;
        const QString percent = formatBasisPoints(*rates.extraNeededBp);
        text += QLatin1Char('\n')
            + (rates.unit == engine::DayKind::Working
                    ? tr("Needs %1 more per working day than the last %2 days (%3 a day against %4).")
                    : tr("Needs %1 more per day than the last %2 days (%3 a day against %4)."))
                  .arg(percent, QString::number(kTrailingDays),
                      formatMetricValue(kpi.metric, rates.requiredPerDay.value_or(0), currency),
                      formatMetricValue(kpi.metric, rates.trailingPerDay.value_or(0), currency));
    }
    return text;
}

} // namespace attain::ui
