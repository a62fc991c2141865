#include "cli/ImportCommand.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/import/CsvImport.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QFile>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace attain::cli {

namespace {

struct ImportCliOptions
{
    std::string db, kind, csv, dateOrder = "ymd";
    bool dryRun = false, skipBadLines = false;
    std::vector<std::string> map;
};

void printProblem(const std::string &file, const storage::CsvProblem &problem)
{
    fmt::print(stderr, "{}:{}:{}: {}\n", file, problem.line, problem.column, problem.message.toStdString());
}

int runImport(const ImportCliOptions &cli)
{
    const auto kind = storage::import::importKindFromName(QString::fromStdString(cli.kind));
    if (!kind) {
        fmt::print(stderr, "error: unknown kind '{}' (deals, customers, activities, reps, targets)\n", cli.kind);
        return 2;
    }
    QFile file(QString::fromStdString(cli.csv));
    if (!file.open(QIODevice::ReadOnly)) {
        fmt::print(stderr, "{}: cannot read: {}\n", cli.csv, file.errorString().toStdString());
        return 1;
    }
    const QByteArray bytes = file.readAll();
    auto opened = storage::Database::open(QString::fromStdString(cli.db), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", opened.message.toStdString());
        return 1;
    }
    storage::import::ImportOptions options;
    options.dryRun = cli.dryRun;
    options.skipBadLines = cli.skipBadLines;
    options.dateOrder = cli.dateOrder == "dmy"   ? storage::import::DateOrder::Dmy
                        : cli.dateOrder == "mdy" ? storage::import::DateOrder::Mdy
                                                 : storage::import::DateOrder::Ymd;
    for (const std::string &entry : cli.map)
        options.mapping.append(QString::fromStdString(entry));
    try {
        const auto report = storage::import::importCsv(opened.database->connection(), bytes, *kind, options);
        for (const QString &note : report.notes)
            fmt::print(stderr, "{}: note: {}\n", cli.csv, note.toStdString());
        for (const storage::CsvProblem &problem : report.problems)
            printProblem(cli.csv, problem);
        if (report.problemCount > report.problems.size())
            fmt::print(stderr, "{}: … and {} more problems\n", cli.csv, report.problemCount - report.problems.size());
        const char *verb = cli.dryRun ? "would insert" : "inserted";
        fmt::print("{} rows read: {} {}, {} {}, {} skipped, {} customers created{}\n", report.rowsRead, verb,
                   report.inserted, cli.dryRun ? "would update" : "updated", report.updated, report.skipped,
                   report.customersCreated, report.committed || cli.dryRun ? "" : " (nothing written)");
        return report.ok() || (cli.skipBadLines && report.committed) ? 0 : 1; // a broken file never commits
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", error.message().toStdString());
        return 1;
    }
}

} // namespace

void addImportCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<ImportCliOptions>();
    CLI::App *import = app.add_subcommand("import", "Import deals, customers, activities, reps or targets from CSV");
    import->add_option("--db", options->db, "The .attain file")->required();
    import->add_option("--kind", options->kind, "deals|customers|activities|reps|targets")->required();
    import->add_flag("--dry-run", options->dryRun, "Validate and count; write nothing");
    import->add_flag("--skip-bad-lines", options->skipBadLines, "Write the good rows, list the bad lines");
    import->add_option("--map", options->map, "column=field override (repeatable)");
    import->add_option("--date-order", options->dateOrder, "ymd (default), dmy or mdy for 05/03/2026");
    import->add_option("CSV", options->csv, "The CSV file")->required();
    import->callback([options, &exitCode] { exitCode = runImport(*options); });
}

} // namespace attain::cli
