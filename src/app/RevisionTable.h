#pragma once

#include "engine/Metric.h"
#include "storage/TargetRepository.h"

#include <QTableWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace attain::ui {

/// Attainment of `actual` against a target of `value`, in basis points, as the engine grades
/// it: lower-is-better metrics (sales cycle) are attained at or below the value. nullopt
/// without an actual or a value to measure against.
[[nodiscard]] std::optional<std::int64_t> attainmentAgainst(
    engine::MetricId metric, std::int64_t value, std::optional<std::int64_t> actual);

/// A target's audit trail, one revision a row: who proposed which value when and why, its
/// status and who decided. Shared by the history dialog and the target view, so both read
/// the same.
class RevisionTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionTable)

public:
    enum Column {
        ProposedAtColumn,
        ProposedByColumn,
        OldValueColumn,
        NewValueColumn,
        AttainmentColumn,
        ReasonColumn,
        ExplanationColumn,
        StatusColumn,
        DecidedByColumn,
        ColumnCount
    };

    explicit RevisionTable(QWidget *parent = nullptr);

    /// Shows `revisions` (oldest first); attainment at each new value uses `actual` (nullopt:
    /// none to date).
    void setRevisions(const std::vector<storage::TargetRevision> &revisions, engine::MetricId metric,
        std::optional<std::int64_t> actual, const QString &currency);
};

} // namespace attain::ui
