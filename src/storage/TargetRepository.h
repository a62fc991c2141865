#pragma once

#include "engine/Target.h"
#include "storage/IdMap.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace attain::storage {

/// Why a target's value changed (the seed's 目标调整的时机: 市场变化, 内部资源调整, 目标实现难度).
enum class RevisionReason { MarketChange, ResourceChange, Difficulty, Other };

/// A target as stored: the engine's target plus what only the database keeps.
struct StoredTarget
{
    engine::Target target; ///< id and parentId are the UUIDs
    QString title;
    QString decompositionMethod; ///< "equal", "history", "seasonality", "manual" or empty
    QString ownerRepId; ///< UUID or empty
    /// The name of the scope's team, rep, channel … (read only; empty for the company and for
    /// a scope whose record is gone). Lists show it; insert() ignores it.
    QString scopeName;
};

/// A requested change of a target's value, with its reason for the audit trail.
struct ValueChange
{
    std::int64_t newValue = 0;
    RevisionReason reason = RevisionReason::Other;
    QString reasonText;
    QString by; ///< who proposes it (user name or rep UUID)
    /// True when the proposer approves it at once (a manager adjusting their own team's
    /// target); otherwise it stays proposed and the value is unchanged.
    bool approve = true;
};

/// One entry of a target's audit trail.
struct TargetRevision
{
    QString id, targetId;
    std::int64_t oldValue = 0, newValue = 0;
    RevisionReason reason = RevisionReason::Other;
    QString reasonText, proposedBy, approvedBy, status, proposedAt, decidedAt;
};

/// Targets and their revisions. Scopes are stored as one kind and one UUID (scope_kind,
/// scope_id); the IdMap passed in translates them to and from the engine's dense ids.
class TargetRepository
{
public:
    explicit TargetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// Every target, roots first, then by period start. Scope UUIDs not yet in
    /// `ids` are added. Throws StorageError on an unknown metric, scope kind or period.
    [[nodiscard]] std::vector<engine::Target> loadAll(IdMap &ids) const;
    /// One stored target with its title and owner; nullopt when there is none with that id.
    [[nodiscard]] std::optional<StoredTarget> find(const QString &id, IdMap &ids) const;

    /// Every target with its title, owner and scope name, in loadAll()'s order.
    [[nodiscard]] std::vector<StoredTarget> loadStored(IdMap &ids) const;

    /// Inserts the targets (a tree, parents first) in one transaction: if any is rejected
    /// (duplicate id, unknown parent, a scope that combines fields) none is stored.
    void insert(const std::vector<StoredTarget> &targets, const IdMap &ids);

    /// Records the change in target_revisions and, when approved, sets the value (re-spreading
    /// an additive target's children as decideRevision() does), in one transaction. Returns the revision's id. Throws
    /// StorageError for an unknown target.
    QString updateValue(const QString &targetId, const ValueChange &change);

    /// Approves or rejects a proposed revision, in one transaction with its status, decided_at
    /// and approved_by (who decided, also for a rejection). Approval sets the target's value;
    /// when the metric is additive (Aggregation::Sum), the children of each split axis (time,
    /// scope, both) are re-spread in proportion to their current values with
    /// engine::splitByWeights so they still add up to the new value, and so on down the tree.
    /// Each re-spread child gets an approved revision of its own with the same reason, so the
    /// audit trail explains every change. There is no lock column yet: every child is re-spread.
    /// Returns how many descendants changed. Throws StorageError for an unknown revision or
    /// one that is no longer proposed.
    int decideRevision(const QString &revisionId, bool approve, const QString &approver);

    /// How many revisions wait for a decision, by target id (targets with none are absent).
    [[nodiscard]] QHash<QString, int> pendingRevisionCounts() const;

    /// The audit trail of a target, oldest first.
    [[nodiscard]] std::vector<TargetRevision> revisions(const QString &targetId) const;

private:
    struct Applied; // what a value change records, for re-spread children
    void setValue(const QString &targetId, std::int64_t value, const QString &now) const;
    int respreadChildren(const QString &parentId, std::int64_t newValue, const Applied &applied) const;

    QSqlDatabase m_db;
};

[[nodiscard]] QString reasonKey(RevisionReason reason);
[[nodiscard]] std::optional<RevisionReason> reasonFromKey(const QString &key);

} // namespace attain::storage
