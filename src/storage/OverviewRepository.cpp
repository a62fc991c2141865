#include "storage/OverviewRepository.h"

#include "storage/SqlHelpers.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace attain::storage {

RevenueOverview OverviewRepository::teamRevenue(const engine::Period &period, const QString &currency) const
{
    RevenueOverview overview;
    overview.currency = currency;
    const QString first = toSqlDate(period.first);
    const QString last = toSqlDate(period.last);

    // stage = 'won' stays literal so that SQLite can use the partial covering index.
    QSqlQuery query = prepare(m_db, QStringLiteral(
        "SELECT t.id, t.code, t.name, "
        "  (SELECT COALESCE(SUM(d.amount_minor), 0) FROM deals d "
        "     WHERE d.stage = 'won' AND d.team_id = t.id AND d.closed_on BETWEEN :first AND :last "
        "       AND d.currency = :currency), "
        "  (SELECT SUM(g.value) FROM targets g WHERE g.metric = 'revenue' AND g.scope_kind = 'team' "
        "     AND g.scope_id = t.id AND g.period_start = :first AND g.period_end = :last) "
        "FROM teams t ORDER BY t.name"));
    query.bindValue(QStringLiteral(":first"), first);
    query.bindValue(QStringLiteral(":last"), last);
    query.bindValue(QStringLiteral(":currency"), currency);
    exec(query);
    while (query.next()) {
        TeamRevenue team;
        team.teamId = query.value(0).toString();
        team.code = query.value(1).toString();
        team.name = query.value(2).toString();
        team.actualMinor = query.value(3).toLongLong();
        if (!query.value(4).isNull())
            team.targetMinor = query.value(4).toLongLong();
        overview.teams.push_back(std::move(team));
    }

    QSqlQuery others = prepare(m_db, QStringLiteral(
        "SELECT count(*) FROM deals WHERE stage = 'won' AND closed_on BETWEEN :first AND :last "
        "AND currency <> :currency"));
    others.bindValue(QStringLiteral(":first"), first);
    others.bindValue(QStringLiteral(":last"), last);
    others.bindValue(QStringLiteral(":currency"), currency);
    exec(others);
    if (others.next())
        overview.otherCurrencyDeals = others.value(0).toLongLong();
    return overview;
}

QList<int> OverviewRepository::yearsWithData() const
{
    QSet<int> years;
    QSqlQuery targets = prepare(m_db, QStringLiteral(
        "SELECT DISTINCT CAST(substr(period_start, 1, 4) AS INTEGER) FROM targets"));
    exec(targets);
    while (targets.next())
        years.insert(targets.value(0).toInt());
    QSqlQuery deals = prepare(m_db, QStringLiteral(
        "SELECT CAST(substr(MIN(closed_on), 1, 4) AS INTEGER), CAST(substr(MAX(closed_on), 1, 4) AS INTEGER) "
        "FROM deals WHERE closed_on IS NOT NULL"));
    exec(deals);
    if (deals.next() && !deals.value(0).isNull())
        for (int year = deals.value(0).toInt(); year <= deals.value(1).toInt(); ++year)
            years.insert(year);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    return sorted;
}

} // namespace attain::storage
