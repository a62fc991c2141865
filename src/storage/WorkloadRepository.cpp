#include "storage/WorkloadRepository.h"

#include "storage/DashboardContext.h"
#include "storage/DashboardQueries.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace attain::storage {

namespace {

/// A week has 7 × 24 × 60 minutes; more is a typing error, not a norm.
constexpr std::int64_t kMinutesPerWeek = 10080;
/// Activities in a week beyond this are a typing error too (one every minute of a working week).
constexpr std::int64_t kMaxWeeklyCount = 2400;

engine::Date parseDate(const QVariant &value, const char *what)
{
    const auto date = engine::parseIsoDate(value.toString().toStdString());
    if (!date)
        throw StorageError(QStringLiteral("Invalid %1 '%2' in the database.").arg(QLatin1String(what), value.toString()));
    return *date;
}

void checkNorm(const engine::WorkloadNorm &norm, const QString &what)
{
    if (norm.weeklyCount < 0 || norm.weeklyMinutes < 0)
        throw StorageError(QStringLiteral("The %1 norm cannot be negative.").arg(what));
    if (norm.weeklyCount > kMaxWeeklyCount)
        throw StorageError(
            QStringLiteral("The %1 norm of %2 activities a week is more than %3.").arg(what).arg(norm.weeklyCount).arg(kMaxWeeklyCount));
    if (norm.weeklyMinutes > kMinutesPerWeek)
        throw StorageError(QStringLiteral("The %1 norm of %2 minutes is more than a week has (%3).")
                               .arg(what)
                               .arg(norm.weeklyMinutes)
                               .arg(kMinutesPerWeek));
}

} // namespace

engine::WorkloadInput WorkloadRepository::loadInput(const WorkloadRequest &asked, const Actor &actor,
    DashboardNotices *notices, std::map<QString, std::int64_t> *dealsWon) const
{
    WorkloadRequest request = asked;
    // A rep sees their team's balance, never another team's (nor, without a team, everyone's).
    QString onlyRep;
    if (!actor.isManager()) {
        request.teamId = teamOf(actor.repId);
        if (request.teamId.isEmpty())
            onlyRep = actor.repId;
    }
    engine::WorkloadInput input;
    input.weeks = request.weeks;
    if (request.weeks.empty())
        return input;
    const engine::Date first = engine::mondayOf(request.weeks.front());
    const engine::Date last = engine::addDays(engine::mondayOf(request.weeks.back()), 6);
    const QString teamClause = !onlyRep.isEmpty() ? QStringLiteral(" AND id = :rep")
        : request.teamId.isEmpty()                ? QString()
                                                  : QStringLiteral(" AND team_id = :team");

    Transaction snapshot(m_db);
    input.norms = readNorms();

    QSqlQuery reps = prepare(m_db,
        QStringLiteral("SELECT id, name, coalesce(team_id, ''), start_date, end_date FROM reps "
                       "WHERE role = 'rep' AND start_date <= :last AND (end_date IS NULL OR end_date >= :first)%1 ORDER BY name, id")
            .arg(teamClause));
    reps.bindValue(QStringLiteral(":first"), toSqlDate(first));
    reps.bindValue(QStringLiteral(":last"), toSqlDate(last));
    if (!onlyRep.isEmpty())
        reps.bindValue(QStringLiteral(":rep"), onlyRep);
    else if (!request.teamId.isEmpty())
        reps.bindValue(QStringLiteral(":team"), request.teamId);
    exec(reps);
    while (reps.next()) {
        engine::WorkloadRep rep;
        rep.id = reps.value(0).toString().toStdString();
        rep.name = reps.value(1).toString().toStdString();
        rep.teamId = reps.value(2).toString().toStdString();
        rep.startDate = parseDate(reps.value(3), "start date");
        if (!reps.value(4).isNull() && !reps.value(4).toString().isEmpty())
            rep.endDate = parseDate(reps.value(4), "end date");
        input.reps.push_back(std::move(rep));
    }

    // One row per rep, day and type: a quarter of a team's activities is a few hundred rows.
    QSqlQuery tallies = prepare(m_db,
        QStringLiteral("SELECT a.rep_id, a.occurred_on, a.type, count(*), sum(max(a.minutes, 0)) FROM activities a "
                       "JOIN reps r ON r.id = a.rep_id WHERE a.occurred_on BETWEEN :first AND :last%1 "
                       "GROUP BY a.rep_id, a.occurred_on, a.type")
            .arg(!onlyRep.isEmpty()            ? QStringLiteral(" AND r.id = :rep")
                 : request.teamId.isEmpty() ? QString()
                                            : QStringLiteral(" AND r.team_id = :team")));
    tallies.bindValue(QStringLiteral(":first"), toSqlDate(first));
    tallies.bindValue(QStringLiteral(":last"), toSqlDate(last));
    if (!onlyRep.isEmpty())
        tallies.bindValue(QStringLiteral(":rep"), onlyRep);
    else if (!request.teamId.isEmpty())
        tallies.bindValue(QStringLiteral(":team"), request.teamId);
    exec(tallies);
    while (tallies.next()) {
        engine::ActivityTally tally;
        tally.repId = tallies.value(0).toString().toStdString();
        tally.day = parseDate(tallies.value(1), "activity date");
        tally.type = tallies.value(2).toString().toStdString();
        tally.count = tallies.value(3).toLongLong();
        tally.minutes = tallies.value(4).toLongLong();
        input.tallies.push_back(std::move(tally));
    }

    // Revenue credited to each rep, as the leaderboard counts it (all their revenue).
    DashboardNotices local;
    const engine::ExchangeRates rates = ExchangeRateRepository(m_db).load();
    DashboardQueries queries(m_db, request.currency, rates, notices ? *notices : local);
    const auto sums = queries.dealSums(DashboardScope {}, DayRange { first, last }, DashboardDimension::Rep);
    for (const engine::WorkloadRep &rep : input.reps) {
        const DealSums total = DashboardQueries::total(sums, QString::fromStdString(rep.id));
        input.revenue[rep.id] = total.revenueMinor();
        if (dealsWon)
            (*dealsWon)[QString::fromStdString(rep.id)]
                = total.value(engine::MetricId::DealsWon).value().value_or(0);
    }
    snapshot.commit();
    return input;
}

QString WorkloadRepository::teamOf(const QString &repId) const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT coalesce(team_id, '') FROM reps WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), repId);
    exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

engine::WorkloadResult WorkloadRepository::load(
    const WorkloadRequest &request, const Actor &actor, DashboardNotices *notices) const
{
    return engine::computeWorkload(loadInput(request, actor, notices));
}

engine::WorkloadNorms WorkloadRepository::norms() const
{
    return readNorms();
}

engine::WorkloadNorms WorkloadRepository::readNorms() const
{
    engine::WorkloadNorms norms;
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT activity_type, weekly_count, weekly_minutes FROM workload_norms"));
    exec(query);
    while (query.next()) {
        const engine::WorkloadNorm norm { query.value(1).toLongLong(), query.value(2).toLongLong() };
        const QString key = query.value(0).toString();
        if (key.isEmpty())
            norms.total = norm;
        else if (const auto type = engine::activityTypeFromKey(key.toStdString()))
            norms.perType[*type] = norm;
        // A norm for a type this version does not know is kept in the file and not used.
    }
    return norms;
}

void WorkloadRepository::setNorms(const engine::WorkloadNorms &norms, const Actor &actor) const
{
    if (!actor.isManager())
        throw StorageError(QStringLiteral("Only a manager can change the workload norms."));
    checkNorm(norms.total, QStringLiteral("weekly"));
    for (const auto &[type, norm] : norms.perType)
        checkNorm(norm, QString::fromUtf8(engine::activityTypeKey(type)));

    Transaction transaction(m_db);
    QSqlQuery clear = prepare(m_db, QStringLiteral("DELETE FROM workload_norms WHERE activity_type = :type"));
    for (const engine::ActivityType type : engine::kActivityTypes) {
        clear.bindValue(QStringLiteral(":type"), QString::fromUtf8(engine::activityTypeKey(type)));
        exec(clear);
    }
    QSqlQuery insert = prepare(m_db,
        QStringLiteral("INSERT INTO workload_norms (activity_type, weekly_count, weekly_minutes) VALUES (:type, :count, "
                       ":minutes) ON CONFLICT (activity_type) DO UPDATE SET weekly_count = excluded.weekly_count, "
                       "weekly_minutes = excluded.weekly_minutes"));
    const auto write = [&](const QString &key, const engine::WorkloadNorm &norm) {
        insert.bindValue(QStringLiteral(":type"), key);
        insert.bindValue(QStringLiteral(":count"), static_cast<qlonglong>(norm.weeklyCount));
        insert.bindValue(QStringLiteral(":minutes"), static_cast<qlonglong>(norm.weeklyMinutes));
        exec(insert);
    };
    write(QStringLiteral(""), norms.total); // not QString(): a null QString binds as NULL
    for (const auto &[type, norm] : norms.perType)
        write(QString::fromUtf8(engine::activityTypeKey(type)), norm);
    transaction.commit();
}

std::vector<DashboardMember> WorkloadRepository::teams() const
{
    return readMembers(m_db, DashboardDimension::Team);
}

} // namespace attain::storage
