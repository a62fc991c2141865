#include "app/RevisionTable.h"

#include <QDateTime>
#include <QHeaderView>

#include "app/MetricFormat.h"
#include "app/MoneyFormat.h"
#include "engine/Attainment.h"
#include "engine/PaceStatus.h"

namespace attain::ui {

namespace {

/// Stored times are UTC ISO text; people read them in local time, to the minute.
QString localTime(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

} // namespace

std::optional<std::int64_t> attainmentAgainst(
    engine::MetricId metric, std::int64_t value, std::optional<std::int64_t> actual)
{
    if (!actual)
        return std::nullopt;
    return engine::definition(metric).higherIsBetter ? engine::Attainment { value, *actual }.basisPoints()
                                                     : engine::levelStatus(value, *actual, false).attainmentBp;
}

RevisionTable::RevisionTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({ tr("Proposed"), tr("By"), tr("Old value"), tr("New value"),
        tr("Attainment at new value"), tr("Reason"), tr("Explanation"), tr("Status"), tr("Decided by") });
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
}

void RevisionTable::setRevisions(const std::vector<storage::TargetRevision> &revisions, engine::MetricId metric,
    std::optional<std::int64_t> actual, const QString &currency)
{
    const auto value = [&](qint64 v) { return formatMetricValue(metric, v, currency); };
    setRowCount(static_cast<int>(revisions.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const storage::TargetRevision &revision = revisions[static_cast<std::size_t>(row)];
        const auto set = [&](int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            setItem(row, column, item);
        };
        set(ProposedAtColumn, localTime(revision.proposedAt));
        set(ProposedByColumn, revision.proposedBy);
        set(OldValueColumn, value(revision.oldValue), Qt::AlignRight);
        set(NewValueColumn, value(revision.newValue), Qt::AlignRight);
        const auto attainment = attainmentAgainst(metric, revision.newValue, actual);
        set(AttainmentColumn, attainment ? formatBasisPoints(*attainment) : tr("—"), Qt::AlignRight);
        set(ReasonColumn, reasonName(revision.reason));
        set(ExplanationColumn, revision.reasonText);
        item(row, ExplanationColumn)->setToolTip(revision.reasonText);
        set(StatusColumn, revisionStatusName(revision.status));
        set(DecidedByColumn,
            revision.decidedAt.isEmpty() ? QString()
                                         : tr("%1, %2").arg(revision.approvedBy, localTime(revision.decidedAt)));
    }
}

} // namespace attain::ui
