#pragma once

#include "engine/Target.h"
#include "storage/Actor.h"
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
    /// The value the target was first set to: incentives may pay on it rather than on a revised
    /// value. insert() sets it to target.value; approved revisions leave it alone.
    std::int64_t originalValue = 0;
    /// A locked target's value does not change (setLocked()); insert() stores every target unlocked.
    bool locked = false;
    QString lockedBy, lockedAt; ///< who locked it and when (ISO UTC); empty when unlocked
    QString reviewCadence; ///< "weekly", "biweekly", "monthly", "quarterly" or empty (none chosen)
    /// The engine's achievability verdict key when the target was set ("unrealistic",
    /// "too_low", "stretch", "comfortable", "insufficient_history") or empty, and the reason the
    /// user gave when accepting an unrealistic or too-low verdict.
    QString achievabilityVerdict, achievabilityNote;
};

/// A requested change of a target's value, with its reason for the audit trail.
struct ValueChange
{
    std::int64_t newValue = 0;
    RevisionReason reason = RevisionReason::Other;
    QString reasonText;
    Actor by; ///< who proposes it; their name is recorded
    /// True when the proposer approves it at once (a manager adjusting their own team's
    /// target); otherwise it stays proposed and the value is unchanged. Reps only propose.
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
///
/// Every command is one transaction, and its rules are checked here so that they hold for
/// every caller; a refused command throws StorageError with an English sentence for the user
/// and writes nothing:
/// - A **rep** (an Actor with a rep id) only *proposes* value changes, and only for their own
///   targets (owner_rep_id or a rep scope that is theirs); they approve and reject nothing,
///   lock nothing and re-decompose nothing. A **manager** (no rep id) may do all of it.
/// - A **locked** target's value does not change: proposing, approving directly and approving
///   a proposal are refused until a manager unlocks it; rejecting a proposal is allowed.
///   A re-spread keeps locked children as they are (see decideRevision()).
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
    /// One stored target with its title, owner, original value, lock, cadence and verdict;
    /// nullopt when there is none with that id.
    [[nodiscard]] std::optional<StoredTarget> find(const QString &id, IdMap &ids) const;

    /// Every target with everything find() reads and its scope name, in loadAll()'s order.
    [[nodiscard]] std::vector<StoredTarget> loadStored(IdMap &ids) const;

    /// Inserts the targets (a tree, parents first) in one transaction: if any is rejected
    /// (duplicate id, unknown parent, a scope that combines fields) none is stored. Each gets
    /// original_value = its value and starts unlocked (originalValue, locked, lockedBy and
    /// lockedAt are ignored); cadence, verdict and note are stored as given.
    void insert(const std::vector<StoredTarget> &targets, const IdMap &ids);

    /// Records the change in target_revisions (proposed_by: the actor's name) and, when
    /// approved, sets the value and re-spreads an additive target's children as
    /// decideRevision() does, in one transaction. Returns the revision's id. Throws
    /// StorageError for an unknown target, a locked one, a rep's change to another's target
    /// and a rep's direct approval.
    QString updateValue(const QString &targetId, const ValueChange &change);

    /// Approves or rejects a proposed revision, in one transaction with its status, decided_at
    /// and approved_by (who decided, also for a rejection). Approval sets the target's value;
    /// when the metric is additive (Aggregation::Sum), the children of each split axis (time,
    /// scope, both) are re-spread so they still add up to the new value, and so on down the
    /// tree: locked children keep their values and the unlocked ones share the rest in
    /// proportion to their current values (engine::splitWithLocks over splitByWeights; equally
    /// when those are all zero). An axis whose children include a negative value is left alone
    /// for the mismatch report. Each re-spread child gets an approved revision of its own with
    /// the same reason, so the audit trail explains every change. Returns how many descendants
    /// changed. Throws StorageError, writing nothing, for an unknown revision or one that is no
    /// longer proposed, a rep deciding, approval of a locked target's revision, and a re-spread
    /// the locks make impossible: every child of an axis locked while their sum differs from
    /// the new value, or locked children adding up to more than the new value (below it, for a
    /// negative value); the message names the locked children.
    int decideRevision(const QString &revisionId, bool approve, const Actor &actor);

    /// Locks or unlocks a target (a manager's command, one transaction). Locking records
    /// locked_by (the actor's name) and locked_at; locking a locked target keeps who locked it
    /// and when. Unlocking clears both. The audit trail (target_revisions) holds value changes
    /// only, so a lock is not in it. Throws StorageError for an unknown target or a rep.
    void setLocked(const QString &targetId, bool locked, const Actor &actor);

    /// Re-decomposes `parentId` (a manager's command, one transaction): `children` (whose
    /// parentId must be `parentId`, of its metric, with distinct scope and period) replace the
    /// parent's current children on the same split axis — all with the parent's period: the
    /// scope split; all with its scope: the time split; otherwise the scope × time grid.
    /// Children on other axes stay. A current child with the same scope and period keeps its
    /// id, title, owner, original value and lock, takes the new decomposition method and, when
    /// its value differs, the new value with an approved revision (reason other,
    /// "Re-decomposed"); a current child without a match is deleted (with its audit trail);
    /// the others are inserted as insert() does. A current child that would change or be
    /// deleted must be unlocked, without children of its own and without revisions waiting
    /// for a decision (and, to be deleted, without action items): otherwise StorageError names
    /// each such child and nothing is written. Returns how many children were updated,
    /// deleted or inserted.
    int replaceChildren(
        const QString &parentId, const std::vector<StoredTarget> &children, const IdMap &ids, const Actor &actor);

    /// How many revisions wait for a decision, by target id (targets with none are absent).
    [[nodiscard]] QHash<QString, int> pendingRevisionCounts() const;

    /// The audit trail of a target, oldest first.
    [[nodiscard]] std::vector<TargetRevision> revisions(const QString &targetId) const;

private:
    struct Applied; // what a value change records, for re-spread children
    void insertRows(const std::vector<StoredTarget> &targets, const IdMap &ids, const QString &now) const;
    void setValue(const QString &targetId, std::int64_t value, const QString &now) const;
    int respreadChildren(const QString &parentId, std::int64_t newValue, const Applied &applied) const;

    QSqlDatabase m_db;
};

[[nodiscard]] QString reasonKey(RevisionReason reason);
[[nodiscard]] std::optional<RevisionReason> reasonFromKey(const QString &key);

} // namespace attain::storage
