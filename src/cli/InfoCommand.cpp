#include "cli/InfoCommand.h"

#include "engine/Attainment.h"
#include "engine/Money.h"
#include "storage/Database.h"
#include "storage/OverviewRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QDate>
#include <QString>

#include <cstdlib>
#include <memory>
#include <string>

namespace attain::cli {

namespace {

struct InfoOptions
{
    std::string db;
    int year = 0;
};

int runInfo(const InfoOptions &options)
{
    auto opened = storage::Database::open(QString::fromStdString(options.db), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", opened.message.toStdString());
        return 1;
    }
    try {
        const QSqlDatabase db = opened.database->connection();
        fmt::print("schema version: {}\n", opened.database->schemaVersion());
        for (const char *table : {"teams", "reps", "customers", "deals", "deal_credits", "activities", "feedback",
                                  "targets"}) {
            // Table names come from the fixed list above, never from input.
            const auto count = storage::scalar(db, QStringLiteral("SELECT count(*) FROM %1")
                                                       .arg(QLatin1String(table))).toLongLong();
            fmt::print("{}: {}\n", table, count);
        }
        const storage::OverviewRepository repository(db);
        const QList<int> years = repository.yearsWithData();
        int year = options.year;
        if (year == 0)
            year = years.contains(QDate::currentDate().year()) || years.isEmpty() ? QDate::currentDate().year()
                                                                                 : years.front();
        const auto overview = repository.teamRevenue(engine::Period::year(year), QStringLiteral("CNY"));
        fmt::print("revenue {} (CNY, whole yuan): team, target, won, attainment\n", year);
        for (const storage::TeamRevenue &team : overview.teams) {
            const engine::Attainment attainment{team.targetMinor.value_or(0), team.actualMinor};
            const auto basisPoints = attainment.basisPoints();
            const auto yuan = [](std::int64_t minor) { return engine::roundedDivide(minor, 100); };
            const std::int64_t tenths = basisPoints ? engine::roundedDivide(*basisPoints, 10) : 0;
            fmt::print("  {}, {}, {}, {}\n", team.code.toStdString(),
                       team.targetMinor ? std::to_string(yuan(*team.targetMinor)) : "-", yuan(team.actualMinor),
                       basisPoints ? fmt::format("{}{}.{}%", tenths < 0 ? "-" : "", std::abs(tenths) / 10,
                                                 std::abs(tenths) % 10)
                                   : "-");
        }
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", error.message().toStdString());
        return 1;
    }
    return 0;
}

} // namespace

void addInfoCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<InfoOptions>();
    CLI::App *info = app.add_subcommand("info", "Summarise a database: row counts and revenue against target");
    info->add_option("--db", options->db, "The .attain file")->required();
    info->add_option("--year", options->year, "Calendar year (default: this year, or the newest with data)");
    info->callback([options, &exitCode] { exitCode = runInfo(*options); });
}

} // namespace attain::cli
