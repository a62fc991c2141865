#include "app/DashboardScopeFilter.h"

#include "app/TargetsLoader.h"

#include <QHash>

#include <vector>

namespace attain::ui {

namespace {

using Kind = storage::IdMap::Kind;

/// The UUIDs of one kind by dense id: a copy of the few organisation records, so the filter
/// does not hold on to the snapshot (which also maps every customer and deal).
std::vector<QString> uuids(const storage::IdMap &ids, Kind kind)
{
    std::vector<QString> out(ids.size(kind));
    for (std::size_t id = 0; id < out.size(); ++id)
        out[id] = ids.uuid(kind, static_cast<engine::Id>(id));
    return out;
}

QString uuidOf(const std::vector<QString> &table, engine::Id id)
{
    return id >= 0 && static_cast<std::size_t>(id) < table.size() ? table[static_cast<std::size_t>(id)] : QString();
}

} // namespace

std::function<bool(const TargetRow &)> scopeFilter(const storage::DashboardScope &scope, const SalesSnapshot &sales)
{
    if (scope.isCompany())
        return [](const TargetRow &) { return true; };

    struct Tables
    {
        std::vector<QString> teams, reps, channels, productLines, regions;
        QHash<QString, QString> teamOfRep; ///< rep UUID → team UUID
    };
    auto tables = std::make_shared<Tables>();
    tables->teams = uuids(sales.ids, Kind::Team);
    tables->reps = uuids(sales.ids, Kind::Rep);
    tables->channels = uuids(sales.ids, Kind::Channel);
    tables->productLines = uuids(sales.ids, Kind::ProductLine);
    tables->regions = uuids(sales.ids, Kind::Region);
    for (const storage::OrganisationUnit &rep : sales.reps)
        tables->teamOfRep.insert(rep.id, rep.teamId);

    return [scope, tables](const TargetRow &row) {
        const engine::Scope &target = row.stored.target.scope;
        const auto is = [](const QString &wanted, const QString &actual) {
            return !wanted.isEmpty() && wanted == actual;
        };
        if (target.team != engine::kNoId)
            // A team's target belongs to its team's dashboard, not to one of its reps'.
            return scope.repId.isEmpty() && is(scope.teamId, uuidOf(tables->teams, target.team));
        if (target.rep != engine::kNoId) {
            const QString rep = uuidOf(tables->reps, target.rep);
            if (!scope.repId.isEmpty())
                return scope.repId == rep;
            return is(scope.teamId, tables->teamOfRep.value(rep));
        }
        if (target.channel != engine::kNoId)
            return is(scope.channelId, uuidOf(tables->channels, target.channel));
        if (target.productLine != engine::kNoId)
            return is(scope.productLineId, uuidOf(tables->productLines, target.productLine));
        if (target.region != engine::kNoId)
            return is(scope.regionId, uuidOf(tables->regions, target.region));
        return false; // the company's, a customer's or a customer group's
    };
}

} // namespace attain::ui
