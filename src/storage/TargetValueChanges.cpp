// TargetRepository's commands that change a target's value or lock: proposals, decisions,
// re-spreading an additive target's children, locking.

#include "storage/TargetRepository.h"

#include "engine/Decomposition.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/TargetRows.h"
#include "storage/Transaction.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <map>

namespace attain::storage {

using namespace detail;

/// Who and why, carried down to the children a value change re-spreads.
struct TargetRepository::Applied
{
    RevisionReason reason = RevisionReason::Other;
    QString reasonText, proposedBy, approvedBy, now;
};

namespace {

TargetRow requireRow(const QSqlDatabase &db, const QString &targetId)
{
    auto row = findRow(db, targetId);
    if (!row)
        throw StorageError(QStringLiteral("No target with id %1").arg(targetId));
    return *row;
}

/// Why the locked children of `parent` leave no re-spread to `newValue`.
StorageError lockedChildrenError(const TargetRow &parent, const std::vector<TargetRow> &group, engine::SplitError error)
{
    QStringList names;
    for (const TargetRow &child : group)
        if (child.locked)
            names << quoted(child.title);
    const QString list = names.join(QStringLiteral(", "));
    if (error == engine::SplitError::NothingLeftToSpread)
        return StorageError(QStringLiteral("Cannot re-spread target %1: all its children (%2) are locked and would no "
                                           "longer add up to it. Unlock one of them first.")
                                .arg(quoted(parent.title), list));
    return StorageError(QStringLiteral("Cannot re-spread target %1: its locked children %2 add up to more than its new "
                                       "value. Unlock one of them or choose another value.")
                            .arg(quoted(parent.title), list));
}

} // namespace

QString TargetRepository::updateValue(const QString &targetId, const ValueChange &change)
{
    Transaction transaction(m_db);
    const TargetRow target = requireRow(m_db, targetId);
    requireMayChangeValue(target, change.by, change.approve);
    requireUnlocked(target);

    const QString now = nowUtc();
    const QString by = signature(change.by);
    const QString approver = change.approve ? by : QString();
    const QString revisionId = insertRevision(
        m_db, { targetId, target.value, change.newValue, change.reason, change.reasonText, by, approver, now });
    if (change.approve) {
        setValue(targetId, change.newValue, now);
        respreadChildren(targetId, change.newValue, { change.reason, change.reasonText, by, approver, now });
    }
    transaction.commit();
    return revisionId;
}

int TargetRepository::decideRevision(const QString &revisionId, bool approve, const Actor &actor)
{
    Transaction transaction(m_db);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT target_id, new_value, status, reason_category, reason_text, proposed_by "
                       "FROM target_revisions WHERE id = ?"));
    query.addBindValue(revisionId);
    exec(query);
    if (!query.next())
        throw StorageError(QStringLiteral("No revision with id %1").arg(revisionId));
    if (query.value(2).toString() != QLatin1String("proposed"))
        throw StorageError(QStringLiteral("Revision %1 was already %2").arg(revisionId, query.value(2).toString()));
    const TargetRow target = requireRow(m_db, query.value(0).toString());
    requireMayDecide(target, actor, approve);
    // Rejecting leaves the value as it is, so it is allowed on a locked target.
    if (approve)
        requireUnlocked(target);
    const qint64 newValue = query.value(1).toLongLong();
    const QString now = nowUtc();
    // approved_by names whoever decided, so a rejection is attributed too.
    const QString decidedBy = signature(actor);

    QSqlQuery decide = prepare(
        m_db, QStringLiteral("UPDATE target_revisions SET status = ?, decided_at = ?, approved_by = ? WHERE id = ?"));
    decide.addBindValue(approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
    decide.addBindValue(now);
    decide.addBindValue(decidedBy);
    decide.addBindValue(revisionId);
    exec(decide);

    int changed = 0;
    if (approve) {
        setValue(target.id, newValue, now);
        const Applied applied { reasonFromKey(query.value(3).toString()).value_or(RevisionReason::Other),
            query.value(4).toString(), query.value(5).toString(), decidedBy, now };
        changed = respreadChildren(target.id, newValue, applied);
    }
    transaction.commit();
    return changed;
}

void TargetRepository::setLocked(const QString &targetId, bool locked, const Actor &actor)
{
    Transaction transaction(m_db);
    const TargetRow target = requireRow(m_db, targetId);
    requireManager(actor, QStringLiteral("lock or unlock target %1").arg(quoted(target.title)));
    // Locking again keeps the first lock's who and when: that is what the lock message reports.
    if (target.locked == locked)
        return;
    const QString now = nowUtc();
    QSqlQuery update = prepare(m_db,
        QStringLiteral("UPDATE targets SET locked = ?, locked_by = ?, locked_at = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(locked ? 1 : 0);
    update.addBindValue(locked ? QVariant(signature(actor)) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(locked ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
    update.addBindValue(now);
    update.addBindValue(targetId);
    exec(update);
    transaction.commit();
}

void TargetRepository::setValue(const QString &targetId, std::int64_t value, const QString &now) const
{
    QSqlQuery update = prepare(m_db, QStringLiteral("UPDATE targets SET value = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(static_cast<qlonglong>(value));
    update.addBindValue(now);
    update.addBindValue(targetId);
    exec(update);
}

int TargetRepository::respreadChildren(const QString &parentId, std::int64_t newValue, const Applied &applied) const
{
    const auto parent = findRow(m_db, parentId);
    if (!parent)
        return 0;
    const auto metricId = engine::metricFromKey(parent->metric.toStdString());
    // Ratio and average metrics do not split into their children: each carries its own value.
    if (!metricId || engine::definition(*metricId).aggregation != engine::Aggregation::Sum)
        return 0;

    std::map<Split, std::vector<TargetRow>> bySplit;
    for (TargetRow &child : childRows(m_db, parentId))
        if (child.metric == parent->metric)
            bySplit[splitOf(*parent, child)].push_back(std::move(child));

    int changed = 0;
    for (const auto &[breakdown, group] : bySplit) {
        if (group.empty())
            continue;
        // A negative child (planned returns) has no meaningful share: leave such a split alone
        // and let the mismatch report show it.
        if (std::any_of(group.begin(), group.end(), [](const TargetRow &child) { return child.value < 0; }))
            continue;
        std::vector<engine::SplitChild> split(group.size());
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (group[i].locked)
                split[i].locked = group[i].value;
            else
                split[i].weight = group[i].value;
        }
        const engine::SplitResult result = engine::splitWithLocks(newValue, split);
        if (!result.ok()) {
            if (result.error == engine::SplitError::NothingLeftToSpread
                || result.error == engine::SplitError::LockedExceedParent)
                throw lockedChildrenError(*parent, group, *result.error);
            continue;
        }
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (result.values[i] == group[i].value)
                continue;
            insertRevision(m_db,
                { group[i].id, group[i].value, result.values[i], applied.reason, applied.reasonText,
                    applied.proposedBy, applied.approvedBy, applied.now });
            setValue(group[i].id, result.values[i], applied.now);
            changed += 1 + respreadChildren(group[i].id, result.values[i], applied);
        }
    }
    return changed;
}

} // namespace attain::storage
