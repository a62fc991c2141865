#include "storage/DashboardContext.h"

#include "storage/ExchangeRateRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/import/SqliteStatement.h"

#include <algorithm>

namespace attain::storage {

namespace {

int elapsedDaysOf(const DashboardRequest &request)
{
    return std::clamp(engine::daysBetween(request.period.first, request.asOf) + 1, 0, request.period.dayCount());
}

/// The first `days` days of `period`, all of it when it is shorter (empty for 0).
DayRange firstDays(const engine::Period &period, int days)
{
    return { period.first, std::min(period.last, engine::addDays(period.first, days - 1)) };
}

QString keyOf(
    const DashboardScope &scope, DayRange range, std::optional<DashboardDimension> by, DashboardQueries::Bucket bucket)
{
    return QStringList { scope.teamId, scope.repId, scope.channelId, scope.productLineId, scope.regionId,
        toSqlDate(range.first), toSqlDate(range.last), by ? QString::number(static_cast<int>(*by)) : QString(),
        QString::number(static_cast<int>(bucket)) }
        .join(QLatin1Char('|'));
}

} // namespace

std::vector<DashboardMember> readMembers(const QSqlDatabase &db, DashboardDimension dimension)
{
    // Table names come from this switch, never from input.
    QString sql;
    switch (dimension) {
    case DashboardDimension::Team:
        sql = QStringLiteral("SELECT id, code, name, '' FROM teams ORDER BY name, id");
        break;
    case DashboardDimension::Rep:
        sql = QStringLiteral("SELECT id, coalesce(email, ''), name, coalesce(team_id, '') FROM reps ORDER BY name, id");
        break;
    case DashboardDimension::Channel:
        sql = QStringLiteral("SELECT id, code, name, '' FROM channels ORDER BY name, id");
        break;
    case DashboardDimension::ProductLine:
        sql = QStringLiteral("SELECT id, code, name, '' FROM product_lines ORDER BY name, id");
        break;
    case DashboardDimension::Region:
        sql = QStringLiteral("SELECT id, code, name, '' FROM regions ORDER BY name, id");
        break;
    }
    import::SqliteStatement statement(import::SqliteStatement::handle(db), sql);
    std::vector<DashboardMember> members;
    while (statement.next())
        members.push_back({ statement.columnString(0), statement.columnString(1), statement.columnString(2),
            statement.columnString(3) });
    return members;
}

DashboardContext::DashboardContext(const QSqlDatabase &db, const DashboardRequest &request, DashboardNotices &notices)
    : request(request)
    , previous(engine::previousOfSameKind(request.period))
    , elapsedDays(elapsedDaysOf(request))
    , toDate(firstDays(request.period, elapsedDays))
    , previousToDate(firstDays(previous, elapsedDays))
    , m_db(db)
    , m_rates(ExchangeRateRepository(db).load())
    , m_queries(db, request.currency, m_rates, notices)
    , m_targets(import::SqliteStatement::handle(db))
{
    notices.factsStale = scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM facts_dirty)")).toBool();
}

const DashboardQueries::Grouped &DashboardContext::dealSums(
    const DashboardScope &scope, DayRange range, std::optional<DashboardDimension> by, DashboardQueries::Bucket bucket)
{
    const QString key = keyOf(scope, range, by, bucket);
    const auto found = m_sums.find(key);
    if (found != m_sums.end())
        return found->second;
    return m_sums.emplace(key, m_queries.dealSums(scope, range, by, bucket)).first->second;
}

DealSums DashboardContext::total(const DashboardScope &scope, DayRange range)
{
    return DashboardQueries::total(dealSums(scope, range));
}

QString DashboardContext::leaderboardTeam()
{
    if (!request.scope.teamId.isEmpty() || request.scope.repId.isEmpty())
        return request.scope.teamId;
    const auto &reps = members(DashboardDimension::Rep);
    const auto rep = reps.find(request.scope.repId);
    return rep == reps.end() ? QString() : rep->second.teamId;
}

const std::map<QString, DashboardMember> &DashboardContext::members(DashboardDimension dimension)
{
    auto found = m_members.find(dimension);
    if (found == m_members.end()) {
        std::map<QString, DashboardMember> byId;
        for (DashboardMember &member : readMembers(m_db, dimension))
            byId.emplace(member.id, std::move(member));
        found = m_members.emplace(dimension, std::move(byId)).first;
    }
    return found->second;
}

} // namespace attain::storage
