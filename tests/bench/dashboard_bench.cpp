// Times the KPI dashboard on a database (tests/bench/dashboard.sh makes the 200-rep, 5-year
// demo): (a) opening the file and computing the first dashboard, (b) recomputing it for another
// scope or period, (c) the process's peak memory. With --trace DIR it also writes the SQL each
// scenario ran (values expanded) to DIR/<scenario>.sql, so the sqlite3 shell can time the same
// statements alone: the floor the dashboard is compared with. Prints figures; never pass/fail.
//
// Usage: attain-dashboard-bench FILE.attain [--as-of YYYY-MM-DD] [--trace DIR] [--repeat N]
#include "engine/forecast/AttainmentForecast.h"
#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/import/SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace attain;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// VmHWM (peak resident set) of this process in KiB, from /proc/self/status.
long peakRssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

/// Collects every statement SQLite runs on a connection, values expanded, with the time SQLite
/// spent in it.
class SqlTrace
{
public:
    void start(sqlite3 *db)
    {
        m_db = db;
        m_statements.clear();
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, &SqlTrace::callback, this);
    }
    /// Writes the statements to `path` and returns the milliseconds SQLite spent in them.
    double stopInto(const std::string &path)
    {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        std::ofstream out(path);
        double total = 0.0;
        for (const auto &[statement, nanoseconds] : m_statements) {
            out << statement << ";\n";
            total += static_cast<double>(nanoseconds) / 1e6;
        }
        return total;
    }

private:
    static int callback(unsigned, void *context, void *statement, void *nanoseconds)
    {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            static_cast<SqlTrace *>(context)->m_statements.emplace_back(
                sql, *static_cast<sqlite3_int64 *>(nanoseconds));
            sqlite3_free(sql);
        }
        return 0;
    }

    sqlite3 *m_db = nullptr;

public:
    std::vector<std::pair<std::string, sqlite3_int64>> m_statements;
};

/// "team:East,channel:direct" → a scope, members found by code, name or e-mail.
storage::DashboardScope parseScope(const storage::DashboardRepository &repository, const std::string &text)
{
    storage::DashboardScope scope;
    const QStringList parts = QString::fromStdString(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString kind = part.section(QLatin1Char(':'), 0, 0), wanted = part.section(QLatin1Char(':'), 1);
        const std::pair<const char *, storage::DashboardDimension> kinds[]
            = { { "team", storage::DashboardDimension::Team }, { "rep", storage::DashboardDimension::Rep },
                  { "channel", storage::DashboardDimension::Channel },
                  { "product_line", storage::DashboardDimension::ProductLine },
                  { "region", storage::DashboardDimension::Region } };
        for (const auto &[name, dimension] : kinds)
            if (kind == QLatin1String(name))
                for (const storage::DashboardMember &member : repository.members(dimension))
                    if (member.code == wanted || member.name == wanted || member.id == wanted) {
                        if (dimension == storage::DashboardDimension::Rep) {
                            scope.repId = member.id; // a team given too stays (drillDown would drop it)
                        } else {
                            scope = storage::DashboardRepository::drillDown(scope, dimension, member.id);
                        }
                    }
    }
    return scope;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.attain [--as-of YYYY-MM-DD] [--trace DIR] [--repeat N]\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    engine::Date asOf = engine::makeDate(2026, 11, 25);
    std::string traceDir, profileScope, profilePeriod;
    int repeat = 5;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--as-of")
            asOf = engine::parseIsoDate(argv[i + 1]).value_or(asOf);
        else if (option == "--trace")
            traceDir = argv[i + 1];
        else if (option == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
        else if (option == "--profile-scope") // development: the slowest statements of one load
            profileScope = argv[i + 1];
        else if (option == "--profile-period")
            profilePeriod = argv[i + 1];
    }
    // SQLite's own profile of the traced statements (whole milliseconds per statement).
    const auto inside = [&](double milliseconds) {
        return traceDir.empty() ? std::string()
                                : " (SQLite inside: " + std::to_string(std::lround(milliseconds)) + " ms)";
    };
    const auto month = static_cast<unsigned>(asOf.month());
    storage::DashboardRequest first;
    first.asOf = asOf;
    first.period = engine::Period::quarter(static_cast<int>(asOf.year()), static_cast<int>((month + 2) / 3));

    // (a) Open and compute the first dashboard: the company this quarter.
    const Clock::time_point started = Clock::now();
    auto opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.message));
        return 1;
    }
    const QSqlDatabase db = opened.database->connection();
    sqlite3 *handle = storage::import::SqliteStatement::handle(db);
    const storage::DashboardRepository repository(db);
    SqlTrace trace;
    if (!profileScope.empty() || !profilePeriod.empty()) {
        storage::DashboardRequest request = first;
        request.scope = parseScope(repository, profileScope);
        if (!profilePeriod.empty())
            request.period = engine::Period::parse(profilePeriod).value_or(first.period);
        (void)repository.load(first); // warm, as a scope change would be
        trace.start(handle);
        const Clock::time_point start = Clock::now();
        (void)repository.load(request);
        std::printf("load %.1f ms\n", millisecondsSince(start));
        auto statements = trace.m_statements;
        (void)trace.stopInto("/dev/null");
        std::sort(
            statements.begin(), statements.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        for (std::size_t i = 0; i < std::min<std::size_t>(8, statements.size()); ++i)
            std::printf(
                "%6.1f ms  %.220s\n", static_cast<double>(statements[i].second) / 1e6, statements[i].first.c_str());
        return 0;
    }
    if (!traceDir.empty())
        trace.start(handle);
    const storage::DashboardSnapshot snapshot = repository.load(first);
    const double openAndFirst = millisecondsSince(started);
    const double firstSql = traceDir.empty() ? 0.0 : trace.stopInto(traceDir + "/first.sql");
    if (snapshot.notices.factsStale)
        std::fprintf(stderr, "warning: the facts are stale\n");

    // (b) Another scope or period: the first time each is asked, then the median of repeats.
    const auto teams = repository.members(storage::DashboardDimension::Team);
    const auto channels = repository.members(storage::DashboardDimension::Channel);
    QString rep;
    for (const storage::LeaderboardRow &row : snapshot.leaderboard)
        if (!teams.empty() && row.teamId == teams.front().id) {
            rep = row.repId;
            break;
        }
    struct Scenario
    {
        const char *name;
        storage::DashboardRequest request;
    };
    std::vector<Scenario> scenarios;
    const auto add = [&](const char *name, auto change) {
        storage::DashboardRequest request = first;
        change(request);
        scenarios.push_back({ name, request });
    };
    add("team", [&](auto &r) { r.scope.teamId = teams.empty() ? QString() : teams.front().id; });
    add("rep", [&](auto &r) { r.scope.repId = rep; }); // drilled from the team: the rep alone
    add("channel", [&](auto &r) { r.scope.channelId = channels.empty() ? QString() : channels.front().id; });
    add("year", [&](auto &r) { r.period = engine::Period::year(static_cast<int>(asOf.year())); });
    add("month", [&](auto &r) { r.period = engine::Period::month(static_cast<int>(asOf.year()), month); });
    add("last_quarter", [&](auto &r) { r.period = engine::previousOfSameKind(first.period); });

    std::printf("dashboard on %s as of %s (%s, company, %zu reps on the leaderboard)\n", qPrintable(path),
        engine::toIsoString(asOf).c_str(), first.period.label().c_str(), snapshot.leaderboard.size());
    std::printf("  (a) open + first dashboard: %.1f ms%s\n", openAndFirst, inside(firstSql).c_str());
    double worstFirst = 0.0, worstMedian = 0.0;
    for (const Scenario &scenario : scenarios) {
        if (!traceDir.empty())
            trace.start(handle);
        Clock::time_point start = Clock::now();
        (void)repository.load(scenario.request);
        const double once = millisecondsSince(start);
        const double onceSql = traceDir.empty() ? 0.0 : trace.stopInto(traceDir + "/" + scenario.name + ".sql");
        std::vector<double> times;
        for (int i = 0; i < repeat; ++i) {
            start = Clock::now();
            (void)repository.load(scenario.request);
            times.push_back(millisecondsSince(start));
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        worstFirst = std::max(worstFirst, once);
        worstMedian = std::max(worstMedian, median);
        std::printf("  (b) %-12s first %.1f ms%s, median of %d %.1f ms\n", scenario.name, once, inside(onceSql).c_str(),
            repeat, median);
    }
    // What the UI adds for the line chart's forecast band and probability (engine only).
    if (snapshot.series.target) {
        const Clock::time_point start = Clock::now();
        const auto outlook = engine::forecast::forecastAttainment(snapshot.series.monthlyHistory, 12,
            snapshot.series.actualCompleteMonths, snapshot.series.remainingMonths, *snapshot.series.target);
        std::printf("  forecast of the quarter (engine, UI side): %.1f ms, P(attain) %.2f\n", millisecondsSince(start),
            outlook.probability);
    }
    const long peak = peakRssKiB();
    std::printf("  (c) peak RSS: %.1f MB\n", static_cast<double>(peak) / 1024.0);
    std::printf("RESULT open_first_ms=%.1f change_max_first_ms=%.1f change_max_median_ms=%.1f peak_rss_mb=%.1f\n",
        openAndFirst, worstFirst, worstMedian, static_cast<double>(peak) / 1024.0);
    return 0;
}
