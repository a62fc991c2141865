#pragma once

// Internal to the TargetRepository files: the raw target and revision rows its commands read
// and write, and the rules every value change obeys. Not for other callers.

#include "storage/Actor.h"
#include "storage/IdMap.h"
#include "storage/TargetRepository.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>
#include <vector>

namespace attain::storage::detail {

[[nodiscard]] QString nowUtc();
/// NULL for an empty text, for optional columns.
[[nodiscard]] QVariant textOrNull(const QString &text);
/// '' for a null text, for NOT NULL DEFAULT '' columns (Qt binds a null QString as NULL).
[[nodiscard]] QString textOrEmpty(const QString &text);
/// What the audit trail records for `actor`: the name, else the rep id, else "?".
[[nodiscard]] QString signature(const Actor &actor);
/// “title”, as messages name a target.
[[nodiscard]] QString quoted(const QString &title);

/// The (scope_kind, scope_id) of an engine scope; schema 2 stores one field per target.
/// Throws StorageError for a scope combining fields or naming an id `ids` does not know.
[[nodiscard]] std::pair<QString, QString> scopeTo(const engine::Scope &scope, const IdMap &ids);
/// The metric's stored key ("revenue", …).
[[nodiscard]] QString metricKey(engine::MetricId metric);

/// One targets row as the commands need it (text as stored, no IdMap).
struct TargetRow
{
    QString id, parentId, title, metric, scopeKind, scopeId, periodStart, periodEnd, ownerRepId;
    qint64 value = 0;
    bool locked = false;
    QString lockedBy, lockedAt;
};

[[nodiscard]] std::optional<TargetRow> findRow(const QSqlDatabase &db, const QString &id);
/// The direct children of `parentId`, in insertion order.
[[nodiscard]] std::vector<TargetRow> childRows(const QSqlDatabase &db, const QString &parentId);

/// How a child narrows its parent, as engine::TargetTree::axisOf() tells (without needing the
/// rep → team table): the same scope is a time split, the same period a scope split.
enum class Axis { Time, Scope, Both };
[[nodiscard]] Axis axisOf(const TargetRow &parent, const TargetRow &child);

/// One breakdown of a parent: its axis and, unless it splits time only, the kind of scope it
/// splits into. A company split over teams and the same company split over channels are two
/// breakdowns, each adding up to the parent: re-spreading and re-decomposing one leaves the
/// other alone.
struct Split
{
    Axis axis = Axis::Time;
    QString scopeKind; ///< the children's scope kind; empty for a time split
    friend bool operator==(const Split &, const Split &) = default;
    friend auto operator<=>(const Split &a, const Split &b)
    {
        if (a.axis != b.axis)
            return static_cast<int>(a.axis) <=> static_cast<int>(b.axis);
        return a.scopeKind.compare(b.scopeKind) <=> 0;
    }
};
[[nodiscard]] Split splitOf(const TargetRow &parent, const TargetRow &child);

/// One audit-trail entry to insert; an empty `approvedBy` leaves it proposed.
struct RevisionRecord
{
    QString targetId;
    qint64 oldValue = 0, newValue = 0;
    RevisionReason reason = RevisionReason::Other;
    QString reasonText, proposedBy, approvedBy, now;
};
/// Inserts the revision and returns its new id.
QString insertRevision(const QSqlDatabase &db, const RevisionRecord &record);

/// The rules of who may change which value (throw StorageError, English, nothing written):
/// a rep proposes changes to their own targets only and never approves; a manager may do all.
void requireMayChangeValue(const TargetRow &target, const Actor &actor, bool approve);
/// A rep decides no revision (and never approves one of their own target).
void requireMayDecide(const TargetRow &target, const Actor &actor, bool approve);
/// Locking, unlocking and re-decomposing are a manager's; `what` completes "Only a manager can …".
void requireManager(const Actor &actor, const QString &what);
/// A locked target's value does not change until a manager unlocks it.
void requireUnlocked(const TargetRow &target);

} // namespace attain::storage::detail
