#include "cli/DashboardCommand.h"

#include "engine/ExchangeRates.h"
#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

namespace attain::cli {

namespace {

using storage::DashboardDimension;

struct DashboardOptions
{
    std::string db;
    std::string period;
    std::string scope;
    std::string asOf;
    std::string currency = "CNY";
    std::string breakdown;
    int top = 10;
    bool timing = false;
};

const std::vector<std::pair<const char *, DashboardDimension>> kDimensions { { "team", DashboardDimension::Team },
    { "rep", DashboardDimension::Rep }, { "channel", DashboardDimension::Channel },
    { "product_line", DashboardDimension::ProductLine }, { "region", DashboardDimension::Region } };

std::optional<DashboardDimension> dimensionFromName(const QString &name)
{
    for (const auto &[key, dimension] : kDimensions)
        if (name == QLatin1String(key))
            return dimension;
    return std::nullopt;
}

const char *dimensionName(DashboardDimension dimension)
{
    for (const auto &[key, value] : kDimensions)
        if (value == dimension)
            return key;
    return "";
}

/// "team:EAST,channel:online": each part names a member by id, code, name or (reps) e-mail.
std::optional<storage::DashboardScope> parseScope(
    const storage::DashboardRepository &repository, const QString &text, std::string &error)
{
    storage::DashboardScope scope;
    if (text.isEmpty() || text == QLatin1String("company"))
        return scope;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const auto dimension = dimensionFromName(part.left(colon).trimmed());
        if (colon < 0 || !dimension) {
            error = fmt::format("--scope: '{}' is not kind:member (kinds: team, rep, channel, product_line, region)",
                part.toStdString());
            return std::nullopt;
        }
        const QString wanted = part.mid(colon + 1).trimmed();
        QString found;
        for (const storage::DashboardMember &member : repository.members(*dimension))
            if (member.id == wanted || member.code.compare(wanted, Qt::CaseInsensitive) == 0
                || member.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                found = member.id;
                break;
            }
        if (found.isEmpty()) {
            error = fmt::format("--scope: no {} '{}'", dimensionName(*dimension), wanted.toStdString());
            return std::nullopt;
        }
        switch (*dimension) { // every part narrows, as written (a team and a rep both stay)
        case DashboardDimension::Team:
            scope.teamId = found;
            break;
        case DashboardDimension::Rep:
            scope.repId = found;
            break;
        case DashboardDimension::Channel:
            scope.channelId = found;
            break;
        case DashboardDimension::ProductLine:
            scope.productLineId = found;
            break;
        case DashboardDimension::Region:
            scope.regionId = found;
            break;
        }
    }
    return scope;
}

std::string money(std::int64_t minor, int digits)
{
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const std::uint64_t magnitude
        = minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    std::string whole = std::to_string(magnitude / static_cast<std::uint64_t>(scale));
    for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3)
        whole.insert(static_cast<std::size_t>(at), ",");
    const std::string fraction
        = digits > 0 ? fmt::format(".{:0{}}", magnitude % static_cast<std::uint64_t>(scale), digits) : std::string();
    return (minor < 0 ? "-" : "") + whole + fraction;
}

/// A value in its engine unit as people read it: money with its minor digits, counts, days and
/// scores with two decimals, basis points as a percentage.
std::string formatValue(const std::optional<std::int64_t> &value, engine::Unit unit, int moneyDigits)
{
    if (!value)
        return "-";
    switch (unit) {
    case engine::Unit::Money:
        return money(*value, moneyDigits);
    case engine::Unit::BasisPoints:
        return money(*value, 2) + " %";
    case engine::Unit::Count:
    case engine::Unit::Days:
    case engine::Unit::Score:
        return money(*value, 2);
    }
    return "-";
}

const char *tileName(storage::DashboardTileId id)
{
    using storage::DashboardTileId;
    switch (id) {
    case DashboardTileId::Revenue:
        return "revenue";
    case DashboardTileId::Attainment:
        return "attainment";
    case DashboardTileId::Pace:
        return "pace";
    case DashboardTileId::Gap:
        return "gap";
    case DashboardTileId::DealsWon:
        return "deals won";
    case DashboardTileId::ConversionRate:
        return "conversion rate";
    case DashboardTileId::AverageDealSize:
        return "average deal size";
    case DashboardTileId::SalesCycleDays:
        return "sales cycle days";
    case DashboardTileId::NewCustomers:
        return "new customers";
    case DashboardTileId::RetentionRate:
        return "retention";
    case DashboardTileId::Csat:
        return "CSAT";
    case DashboardTileId::MarketShare:
        return "market share";
    }
    return "";
}

const char *statusName(const std::optional<engine::Status> &status)
{
    if (!status)
        return "";
    switch (*status) {
    case engine::Status::Ahead:
        return "ahead";
    case engine::Status::OnTrack:
        return "on track";
    case engine::Status::AtRisk:
        return "at risk";
    case engine::Status::OffTrack:
        return "off track";
    case engine::Status::NotStarted:
        return "not started";
    case engine::Status::Finished:
        return "finished";
    case engine::Status::NoData:
        return "no data";
    }
    return "";
}

std::string percent(const std::optional<std::int64_t> &basisPoints)
{
    return basisPoints ? (*basisPoints > 0 ? "+" : "") + money(*basisPoints, 2) + " %" : std::string("-");
}

int runDashboard(const DashboardOptions &options)
{
    storage::DashboardRequest request;
    if (options.asOf.empty()) {
        const QDate today = QDate::currentDate();
        request.asOf
            = engine::makeDate(today.year(), static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    } else if (const auto date = engine::parseIsoDate(options.asOf)) {
        request.asOf = *date;
    } else {
        fmt::print(stderr, "error: --as-of must be a date like 2026-11-25, not '{}'\n", options.asOf);
        return 2;
    }
    if (options.period.empty()) {
        const auto month = static_cast<unsigned>(request.asOf.month());
        request.period
            = engine::Period::quarter(static_cast<int>(request.asOf.year()), static_cast<int>((month + 2) / 3));
    } else if (const auto period = engine::Period::parse(options.period)) {
        request.period = *period;
    } else {
        fmt::print(stderr,
            "error: --period must be like 2026, 2026Q3, 2026-03, 2026-W05 or 2026-01-05..2026-02-01, "
            "not '{}'\n",
            options.period);
        return 2;
    }
    const auto digits = engine::minorUnitDigits(options.currency);
    if (!digits) {
        fmt::print(stderr, "error: unknown currency '{}'\n", options.currency);
        return 2;
    }
    request.currency = QString::fromStdString(options.currency);

    const auto started = std::chrono::steady_clock::now();
    auto opened = storage::Database::open(QString::fromStdString(options.db), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", opened.message.toStdString());
        return 1;
    }
    try {
        const storage::DashboardRepository repository(opened.database->connection());
        std::string error;
        const auto scope = parseScope(repository, QString::fromStdString(options.scope), error);
        if (!scope) {
            fmt::print(stderr, "error: {}\n", error);
            return 2;
        }
        request.scope = *scope;
        std::optional<DashboardDimension> breakdown = storage::DashboardRepository::defaultBreakdown(request.scope);
        if (!options.breakdown.empty()) {
            breakdown = dimensionFromName(QString::fromStdString(options.breakdown));
            if (!breakdown) {
                fmt::print(stderr, "error: --breakdown must be team, rep, channel, product_line or region\n");
                return 2;
            }
        }
        storage::DashboardSnapshot snapshot = repository.load(request);
        if (breakdown && breakdown != storage::DashboardRepository::defaultBreakdown(request.scope))
            snapshot.breakdown = repository.breakdown(request, *breakdown, &snapshot.notices);
        const double milliseconds
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();

        fmt::print("{} to {} ({} of {} days) against {} over the same days; scope {}; {}\n", request.period.label(),
            engine::toIsoString(request.asOf), snapshot.elapsedDays, request.period.dayCount(),
            snapshot.previousPeriod.label(), options.scope.empty() ? "company" : options.scope, options.currency);
        fmt::print(
            "{:<18} {:>20} {:>20} {:>10} {:>20}  {}\n", "tile", "value", "previous", "change", "target", "status");
        for (const storage::DashboardTile &tile : snapshot.tiles)
            fmt::print("{:<18} {:>20} {:>20} {:>10} {:>20}  {}\n", tileName(tile.id),
                formatValue(tile.value, tile.unit, *digits), formatValue(tile.previous, tile.unit, *digits),
                percent(tile.changeBp), formatValue(tile.target, tile.unit, *digits), statusName(tile.status));
        if (breakdown) {
            fmt::print("\nby {}: revenue, previous, change, target, attainment\n", dimensionName(*breakdown));
            for (const storage::DashboardBreakdownRow &row : snapshot.breakdown.rows)
                fmt::print("  {:<24} {:>20} {:>20} {:>10} {:>20} {:>10}\n",
                    row.id.isEmpty() ? std::string("(none)") : row.name.toStdString(), money(row.revenue, *digits),
                    money(row.previousRevenue, *digits), percent(row.changeBp),
                    row.target ? money(*row.target, *digits) : std::string("-"),
                    row.attainmentBp ? money(*row.attainmentBp, 2) + " %" : std::string("-"));
        }
        fmt::print("\nleaderboard (top {} of {}): rank, rep, team, revenue, target, attainment\n", options.top,
            snapshot.leaderboard.size());
        for (const storage::LeaderboardRow &row : snapshot.leaderboard) {
            if (row.rank > options.top)
                break;
            fmt::print("  {:>3} {:<16} {:<16} {:>20} {:>20} {:>10}\n", row.rank, row.name.toStdString(),
                row.teamName.toStdString(), money(row.revenue, *digits),
                row.target ? money(*row.target, *digits) : std::string("-"),
                row.attainmentBp ? money(*row.attainmentBp, 2) + " %" : std::string("-"));
        }
        for (const engine::MissingRate &missing : snapshot.notices.missingRates)
            fmt::print("note: no {}→{} rate for {}-{:02}: those amounts are left out\n", missing.from, missing.to,
                missing.year, missing.month);
        if (snapshot.notices.factsStale)
            fmt::print("note: records changed without refreshing the dashboard facts; reopen to refresh\n");
        if (options.timing)
            fmt::print("\nopened and computed in {:.1f} ms\n", milliseconds);
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", error.message().toStdString());
        return 1;
    }
    return 0;
}

} // namespace

void addDashboardCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<DashboardOptions>();
    CLI::App *command = app.add_subcommand("dashboard", "Print the KPI dashboard of a period and scope");
    command->add_option("--db", options->db, "The .attain file")->required();
    command->add_option("--period", options->period,
        "2026, 2026Q3, 2026-03, 2026-W05 or 2026-01-05..2026-02-01 (default: the as-of quarter)");
    command->add_option("--scope", options->scope,
        "company (default) or kind:member[,kind:member …] with kinds team, rep, channel, "
        "product_line, region and members by code, name, e-mail (reps) or id, e.g. team:EAST");
    command->add_option("--as-of", options->asOf, "The day actuals run to (YYYY-MM-DD; default: today)");
    command->add_option("--currency", options->currency, "Reporting currency (default CNY)");
    command->add_option("--breakdown", options->breakdown, "team, rep, channel, product_line or region");
    command->add_option("--top", options->top, "Leaderboard rows to print (default 10)")->check(CLI::Range(0, 100000));
    command->add_flag("--timing", options->timing, "Print how long opening and computing took");
    command->callback([options, &exitCode] { exitCode = runDashboard(*options); });
}

} // namespace attain::cli
