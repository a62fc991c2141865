#include "cli/ExportCommand.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TableExporter.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QString>

#include <memory>
#include <string>

namespace attain::cli {

namespace {

struct ExportOptions
{
    std::string db;
    std::string table;
    std::string out;
};

int runExport(const ExportOptions &options)
{
    auto opened = storage::Database::open(QString::fromStdString(options.db), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", opened.message.toStdString());
        return 1;
    }
    try {
        const qint64 rows = storage::TableExporter::exportTable(
            opened.database->connection(), QString::fromStdString(options.table), QString::fromStdString(options.out));
        fmt::print("exported {} rows of {} to {}\n", rows, options.table, options.out);
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", error.message().toStdString());
        return 2;
    }
    return 0;
}

} // namespace

void addExportCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<ExportOptions>();
    CLI::App *command = app.add_subcommand("export", "Export one table of a database as CSV (UTF-8 with BOM)");
    command->add_option("--db", options->db, "The .attain file")->required();
    command->add_option("--table", options->table, "The table, e.g. deals")->required();
    command->add_option("--out", options->out, "The CSV file to write (replaced when complete)")->required();
    command->callback([options, &exitCode] { exitCode = runExport(*options); });
}

} // namespace attain::cli
