#include "app/ReviewBriefing.h"

#include <algorithm>

namespace attain::ui {

namespace {

int scopeRank(const QString &kind)
{
    if (kind == QLatin1String("company"))
        return 0;
    return kind == QLatin1String("team") ? 1 : 2;
}

} // namespace

std::vector<const TargetRow *> briefingTargets(
    const TargetsData &targets, const storage::Review &review, const std::vector<storage::OrganisationUnit> &reps)
{
    std::vector<const TargetRow *> result;
    if (!targets.snapshot)
        return result;
    const storage::IdMap &ids = targets.snapshot->ids;
    const auto teamOf = [&](const QString &repId) {
        const auto found = std::find_if(reps.begin(), reps.end(), [&](const auto &rep) { return rep.id == repId; });
        return found == reps.end() ? QString() : found->teamId;
    };
    for (const TargetRow &row : targets.rows) {
        const engine::Target &target = row.stored.target;
        if (!target.period.contains(review.heldOn))
            continue;
        const QString team = row.scopeKind == QLatin1String("team")
            ? ids.uuid(storage::IdMap::Kind::Team, target.scope.team)
            : QString();
        const QString rep
            = row.scopeKind == QLatin1String("rep") ? ids.uuid(storage::IdMap::Kind::Rep, target.scope.rep) : QString();
        bool wanted = false;
        if (review.scope.isRep())
            wanted = rep == review.scope.repId || row.stored.ownerRepId == review.scope.repId;
        else if (review.scope.isTeam())
            wanted = team == review.scope.teamId || (!rep.isEmpty() && teamOf(rep) == review.scope.teamId);
        else
            wanted = row.scopeKind == QLatin1String("company") || row.scopeKind == QLatin1String("team");
        if (wanted)
            result.push_back(&row);
    }
    std::stable_sort(result.begin(), result.end(), [](const TargetRow *a, const TargetRow *b) {
        const int x = scopeRank(a->scopeKind), y = scopeRank(b->scopeKind);
        return x != y ? x < y : a->stored.title.localeAwareCompare(b->stored.title) < 0;
    });
    return result;
}

std::vector<const TargetRow *> briefingRisks(const std::vector<const TargetRow *> &targets)
{
    std::vector<const TargetRow *> risks;
    for (const TargetRow *row : targets)
        if (row->kpi.status == engine::Status::OffTrack || row->kpi.status == engine::Status::AtRisk)
            risks.push_back(row);
    std::stable_sort(risks.begin(), risks.end(), [](const TargetRow *a, const TargetRow *b) {
        return (a->kpi.status == engine::Status::OffTrack) > (b->kpi.status == engine::Status::OffTrack);
    });
    return risks;
}

ActivityTable activityTable(
    const std::vector<storage::ActivityTally> &tallies, const std::map<QString, QString> &groupOfRep)
{
    ActivityTable table;
    std::map<QString, std::size_t> rowOfRep;
    for (const storage::ActivityTally &tally : tallies) {
        QString key = tally.repId, name = tally.repName;
        if (!groupOfRep.empty()) {
            const auto group = groupOfRep.find(tally.repId);
            name = key = group == groupOfRep.end() ? QStringLiteral("—") : group->second;
        }
        auto [it, added] = rowOfRep.try_emplace(key, table.rows.size());
        if (added)
            table.rows.push_back({ name, {}, 0, 0 });
        ActivityTable::Row &row = table.rows[it->second];
        row.countByType[tally.type] += tally.count;
        row.count += tally.count;
        row.minutes += tally.minutes;
        table.count += tally.count;
        table.minutes += tally.minutes;
    }
    std::stable_sort(table.rows.begin(), table.rows.end(),
        [](const auto &a, const auto &b) { return a.repName.localeAwareCompare(b.repName) < 0; });
    return table;
}

} // namespace attain::ui
