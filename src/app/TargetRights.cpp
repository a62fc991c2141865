#include "app/TargetRights.h"

#include "app/TargetsLoader.h"

namespace attain::ui {

TargetRights TargetRights::of(const storage::Actor &actor, const TargetRow &row, const QString &scopeRepId)
{
    TargetRights rights;
    const storage::StoredTarget &target = row.stored;
    const bool own = !actor.isManager() && (target.ownerRepId == actor.repId || scopeRepId == actor.repId);
    rights.approve = actor.isManager();
    rights.lock = actor.isManager();
    if (!rights.lock)
        rights.lockWhyNot = tr("Only a manager locks or unlocks targets.");
    if (target.locked) {
        const QString why = tr("Locked by %1: a manager must unlock it first.").arg(target.lockedBy);
        rights.reviseWhyNot = why;
        rights.decomposeWhyNot = why;
        return rights;
    }
    rights.revise = actor.isManager() || own;
    if (!rights.revise)
        rights.reviseWhyNot = tr("A rep proposes changes to their own targets only.");
    // Only additive company and team targets have a level below them to split over.
    const bool additive = engine::definition(target.target.metric).aggregation == engine::Aggregation::Sum;
    const bool splittable = additive && (row.scopeKind == QLatin1String("company") || row.scopeKind == QLatin1String("team"));
    rights.decompose = actor.isManager() && splittable;
    if (!additive)
        rights.decomposeWhyNot = tr("Only targets that add up (revenue, deals, customers …) can be split.");
    else if (!splittable)
        rights.decomposeWhyNot = tr("Company targets split over teams and team targets over reps.");
    else if (!actor.isManager())
        rights.decomposeWhyNot = tr("Only a manager breaks targets down.");
    return rights;
}

} // namespace attain::ui
