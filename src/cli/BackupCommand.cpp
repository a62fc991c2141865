#include "cli/BackupCommand.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QString>

#include <memory>
#include <string>

namespace attain::cli {

namespace {

struct BackupOptions
{
    std::string db, out;
    bool force = false;
};

int runBackup(const BackupOptions &options)
{
    auto opened = storage::Database::open(QString::fromStdString(options.db), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", opened.message.toStdString());
        return 1;
    }
    try {
        storage::backupDatabase(opened.database->connection(), QString::fromStdString(options.out),
            options.force ? storage::Overwrite::Yes : storage::Overwrite::No);
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", error.message().toStdString());
        return 1;
    }
    fmt::print("backed up {} to {} (schema version {})\n", options.db, options.out, opened.database->schemaVersion());
    return 0;
}

} // namespace

void addBackupCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<BackupOptions>();
    CLI::App *backup = app.add_subcommand("backup", "Write a consistent copy of a database");
    backup->add_option("--db", options->db, "The .attain file")->required();
    backup->add_option("--out", options->out, "The copy to write")->required();
    backup->add_flag("--force", options->force, "Replace --out if it exists");
    backup->callback([options, &exitCode] { exitCode = runBackup(*options); });
}

} // namespace attain::cli
