// Customer satisfaction (CSAT) from the feedback records: the same sums the dashboard's CSAT
// tile reads from activity_facts_monthly, here straight from the records so that they can be
// grouped by customer and carry the complaints' state.
#include "storage/FeedbackRepository.h"

#include "storage/FeedbackSql.h"
#include "storage/SqlHelpers.h"

namespace attain::storage {

using feedback_sql::Where;

namespace {

/// The summary columns after the group's id and name.
QString summaryColumns()
{
    // Days to resolve count complaints resolved with a date; julianday() of ISO dates differ
    // by whole days.
    return QStringLiteral("sum(b.score), count(*), sum(b.complaint <> 0), sum(b.complaint <> 0 AND b.resolved = 0), "
                          "sum(b.complaint <> 0 AND b.resolved <> 0 AND b.resolved_on IS NOT NULL), "
                          "sum(CASE WHEN b.complaint <> 0 AND b.resolved <> 0 AND b.resolved_on IS NOT NULL "
                          "THEN CAST(julianday(b.resolved_on) - julianday(b.received_on) AS INTEGER) ELSE 0 END)");
}

CsatSummary readSummary(const QSqlQuery &query, int first)
{
    CsatSummary summary;
    summary.scoreSum = query.value(first).toLongLong();
    summary.responses = query.value(first + 1).toLongLong();
    summary.complaints = query.value(first + 2).toLongLong();
    summary.openComplaints = query.value(first + 3).toLongLong();
    summary.resolvedWithDate = query.value(first + 4).toLongLong();
    summary.resolveDaysSum = query.value(first + 5).toLongLong();
    return summary;
}

} // namespace

std::vector<CsatSummary> FeedbackRepository::summaries(
    const QString &groupColumn, const QString &nameColumn, const FeedbackPeriod &period, const Actor &actor) const
{
    Where where;
    where.addPeriod(period);
    where.addActor(actor);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT coalesce(%1, ''), coalesce(%2, ''), %3").arg(groupColumn, nameColumn, summaryColumns())
            + feedback_sql::entryJoins() + where.text() + QStringLiteral(" GROUP BY 1, 2 ORDER BY 2, 1"));
    where.bind(query);
    exec(query);
    std::vector<CsatSummary> result;
    while (query.next()) {
        CsatSummary summary = readSummary(query, 2);
        summary.id = query.value(0).toString();
        summary.name = query.value(1).toString();
        result.push_back(std::move(summary));
    }
    return result;
}

std::vector<CsatSummary> FeedbackRepository::csatByCustomer(const FeedbackPeriod &period, const Actor &actor) const
{
    return summaries(QStringLiteral("b.customer_id"), QStringLiteral("c.name"), period, actor);
}

std::vector<CsatSummary> FeedbackRepository::csatByRep(const FeedbackPeriod &period, const Actor &actor) const
{
    return summaries(QStringLiteral("b.rep_id"), QStringLiteral("r.name"), period, actor);
}

CsatSummary FeedbackRepository::csat(const FeedbackScope &scope, const FeedbackPeriod &period, const Actor &actor) const
{
    Where where;
    where.addPeriod(period);
    where.addActor(actor);
    where.addIfSet(QStringLiteral("b.customer_id = ?"), scope.customerId);
    where.addIfSet(QStringLiteral("b.rep_id = ?"), scope.repId);
    // As the dashboard: a team by its reps' team now, a region by its customers' region now.
    where.addIfSet(QStringLiteral("r.team_id = ?"), scope.teamId);
    where.addIfSet(QStringLiteral("c.region_id = ?"), scope.regionId);
    QSqlQuery query
        = prepare(m_db, QStringLiteral("SELECT ") + summaryColumns() + feedback_sql::entryJoins() + where.text());
    where.bind(query);
    exec(query);
    return query.next() ? readSummary(query, 0) : CsatSummary {};
}

} // namespace attain::storage
