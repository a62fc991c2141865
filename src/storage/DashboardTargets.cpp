#include "storage/DashboardTargets.h"

#include "engine/WideInt.h"
#include "storage/SqlHelpers.h"
#include "storage/import/SqliteStatement.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace attain::storage {

namespace {

using engine::Date;

struct Stored
{
    Date first, last;
    std::int64_t value = 0;
};

/// Adds the values of the targets set for exactly [first, last].
std::optional<std::int64_t> sumOf(const std::vector<Stored> &targets, Date first, Date last)
{
    std::optional<std::int64_t> sum;
    for (const Stored &t : targets)
        if (t.first == first && t.last == last)
            sum = sum.value_or(0) + t.value;
    return sum;
}

ResolvedTarget resolveOne(const std::vector<Stored> &targets, const engine::Period &period, bool additive)
{
    if (const auto exact = sumOf(targets, period.first, period.last))
        return { exact, TargetSource::Exact };
    if (additive) {
        // Coarsest tiling: from the period's first day, always the longest target that starts
        // there and ends inside the period.
        std::int64_t sum = 0;
        Date cursor = period.first;
        bool tiled = true;
        while (tiled && cursor <= period.last) {
            std::optional<Date> end;
            for (const Stored &t : targets)
                if (t.first == cursor && t.last <= period.last && (!end || *end < t.last))
                    end = t.last;
            if (!end) {
                tiled = false;
                break;
            }
            sum += *sumOf(targets, cursor, *end);
            cursor = engine::addDays(*end, 1);
        }
        if (tiled)
            return { sum, TargetSource::SumOfParts };
    }
    const Stored *containing = nullptr;
    for (const Stored &t : targets)
        if (t.first <= period.first && period.last <= t.last
            && (!containing
                || engine::daysBetween(t.first, t.last) < engine::daysBetween(containing->first, containing->last)))
            containing = &t;
    if (!containing)
        return {};
    const std::int64_t value = *sumOf(targets, containing->first, containing->last);
    if (!additive)
        return { value, TargetSource::ProRated };
    const int days = engine::daysBetween(containing->first, containing->last) + 1;
    return { engine::mulDivRounded(value, period.dayCount(), days), TargetSource::ProRated };
}

} // namespace

std::optional<std::pair<QString, QString>> DashboardTargets::kindOf(const DashboardScope &scope)
{
    const bool market = !scope.channelId.isEmpty() || !scope.productLineId.isEmpty() || !scope.regionId.isEmpty();
    const int marketFields
        = int(!scope.channelId.isEmpty()) + int(!scope.productLineId.isEmpty()) + int(!scope.regionId.isEmpty());
    // A rep belongs to a team, so {team, rep} (a drill-down from a team) is the rep's scope.
    if (!scope.repId.isEmpty())
        return market ? std::nullopt : std::optional(std::pair(QStringLiteral("rep"), scope.repId));
    if (!scope.teamId.isEmpty())
        return market ? std::nullopt : std::optional(std::pair(QStringLiteral("team"), scope.teamId));
    if (marketFields > 1)
        return std::nullopt;
    if (!scope.channelId.isEmpty())
        return std::pair(QStringLiteral("channel"), scope.channelId);
    if (!scope.productLineId.isEmpty())
        return std::pair(QStringLiteral("product_line"), scope.productLineId);
    if (!scope.regionId.isEmpty())
        return std::pair(QStringLiteral("region"), scope.regionId);
    return std::pair(QStringLiteral("company"), QString());
}

std::map<QString, ResolvedTarget> DashboardTargets::resolve(engine::MetricId metric, const QString &kind,
    const std::optional<QString> &scopeId, const engine::Period &period) const
{
    const QString key = QStringList { QString::number(static_cast<int>(metric)), kind,
        scopeId ? QStringLiteral("=") + *scopeId : QStringLiteral("*"), toSqlDate(period.first),
        toSqlDate(period.last) }
                            .join(QLatin1Char('|'));
    if (const auto found = m_resolved.find(key); found != m_resolved.end())
        return found->second;
    import::SqliteStatement statement(m_db,
        QStringLiteral("SELECT coalesce(scope_id, ''), period_start, period_end, value FROM targets WHERE metric = ?1 "
                       "AND scope_kind = ?2 AND period_start <= ?3 AND period_end >= ?4%1")
            .arg(!scopeId                ? QString()
                    : scopeId->isEmpty() ? QStringLiteral(" AND scope_id IS NULL")
                                         : QStringLiteral(" AND scope_id = ?5")));
    statement.bindText(1, std::string_view(engine::definition(metric).key));
    statement.bindText(2, kind);
    statement.bindText(3, toSqlDate(period.last));
    statement.bindText(4, toSqlDate(period.first));
    if (scopeId && !scopeId->isEmpty())
        statement.bindText(5, *scopeId);
    std::map<QString, std::vector<Stored>> byScope;
    while (statement.next()) {
        const auto first = engine::parseIsoDate(statement.columnText(1));
        const auto last = engine::parseIsoDate(statement.columnText(2));
        if (first && last)
            byScope[statement.columnString(0)].push_back({ *first, *last, statement.columnInt(3) });
    }
    const bool additive = engine::definition(metric).aggregation == engine::Aggregation::Sum;
    std::map<QString, ResolvedTarget> resolved;
    for (const auto &[id, targets] : byScope) {
        ResolvedTarget target = resolveOne(targets, period, additive);
        if (target.value)
            resolved.emplace(id, target);
    }
    m_resolved.emplace(key, resolved);
    return resolved;
}

} // namespace attain::storage
