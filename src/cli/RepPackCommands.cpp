#include "cli/RepPackCommands.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/pack/PackExport.h"
#include "storage/pack/PackMerge.h"
#include "storage/pack/RepDatabase.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QDir>
#include <QString>

#include <memory>
#include <string>

namespace attain::cli {

namespace {

namespace pack = storage::pack;

struct Options
{
    std::string db, rep, out, pack, onConflict = "ask";
};

std::string text(const QString &value)
{
    return value.toStdString();
}

/// Opens `path` and runs `command` on it, printing a StorageError as the error.
int withDatabase(const std::string &path, const std::function<int(const QSqlDatabase &)> &command)
{
    auto opened = storage::Database::open(QString::fromStdString(path), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", text(opened.message));
        return 1;
    }
    try {
        return command(opened.database->connection());
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", text(error.message()));
        return 1;
    }
}

int runRepDatabase(const Options &options)
{
    return withDatabase(options.db, [&options](const QSqlDatabase &db) {
        const pack::RepFileOwner rep = pack::findRep(db, QString::fromStdString(options.rep));
        const storage::Actor manager{QDir::home().dirName(), {}};
        const auto result = pack::createRepDatabase(db, rep.repId, QString::fromStdString(options.out), manager);
        fmt::print("created {} for {}: {} customers, {} deals, {} activities, {} feedback, {} targets\n", options.out,
                   text(rep.repName), result.customers, result.deals, result.activities, result.feedback, result.targets);
        return 0;
    });
}

int runExport(const Options &options)
{
    return withDatabase(options.db, [&options](const QSqlDatabase &db) {
        const QString rep = options.rep.empty() ? QString() : pack::findRep(db, QString::fromStdString(options.rep)).repId;
        const auto result = pack::exportPack(db, QString::fromStdString(options.out), rep);
        fmt::print("exported {}'s pack {} to {}: {} customers, {} deals, {} activities, {} feedback\n",
                   text(result.repName), text(result.packId), options.out, result.customers, result.deals,
                   result.activities, result.feedback);
        return 0;
    });
}

void printConflict(const pack::MergeConflict &conflict)
{
    fmt::print("  conflict: {}: {}\n", text(conflict.label), text(conflict.fields.join(QStringLiteral(", "))));
}

int runImport(const Options &options)
{
    return withDatabase(options.db, [&options](const QSqlDatabase &db) {
        const QString path = QString::fromStdString(options.pack);
        // A command line has no one to ask: "ask" previews the merge and refuses when it meets a conflict.
        const bool ask = options.onConflict == "ask";
        const pack::ConflictChoice choice = options.onConflict == "incoming" ? pack::ConflictChoice::TakeIncoming
                                                                             : pack::ConflictChoice::KeepLocal;
        const storage::Actor manager{QDir::home().dirName(), {}};
        const auto resolver = [choice](const pack::MergeConflict &) { return choice; };
        pack::PackImportResult result;
        if (ask) {
            result = pack::importPack(db, path, manager, resolver, {true, {}});
            if (result.conflictCount() > 0) {
                fmt::print(stderr, "error: the pack conflicts with edits made here in {} record(s); nothing was "
                                   "imported. Run again with --on-conflict local (keep this database's versions) or "
                                   "incoming (take the rep's).\n", result.conflictCount());
                for (const auto &conflict : result.conflicts)
                    printConflict(conflict);
                return 2;
            }
        }
        if (result.status != pack::PackImportResult::Status::AlreadyImported)
            result = pack::importPack(db, path, manager, resolver);
        if (result.status == pack::PackImportResult::Status::AlreadyImported) {
            fmt::print("pack {} from {} was already imported on {}: nothing changed\n", text(result.packId),
                       text(result.repName), text(result.previousImportAt));
            return 0;
        }
        fmt::print("imported {}'s pack {}: {} new, {} new customers, {} updated, {} unchanged, {} kept (changed "
                   "here only), {} conflicts kept local, {} conflicts took incoming\n",
                   text(result.repName), text(result.packId), result.inserted, result.newCustomers, result.updated,
                   result.unchanged, result.keptLocal, result.conflictsKeptLocal, result.conflictsTookIncoming);
        for (const auto &conflict : result.conflicts)
            printConflict(conflict);
        return 0;
    });
}

} // namespace

void addRepPackCommands(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<Options>();
    CLI::App *repDb = app.add_subcommand("rep-db", "Create a rep's personal database (for a laptop)");
    repDb->add_option("--db", options->db, "The manager's .attain file")->required();
    repDb->add_option("--rep", options->rep, "The rep's id or name")->required();
    repDb->add_option("--out", options->out, "The new rep database (must not exist)")->required();
    repDb->callback([options, &exitCode] { exitCode = runRepDatabase(*options); });

    CLI::App *packCommand = app.add_subcommand("pack", "Export or import a rep's data pack");
    packCommand->require_subcommand(1);
    CLI::App *exportPack = packCommand->add_subcommand("export", "Write a rep's activities, deals and feedback to a pack");
    exportPack->add_option("--db", options->db, "The rep database (or any database with --rep)")->required();
    exportPack->add_option("--rep", options->rep, "The rep's id or name (default: the rep database's rep)");
    exportPack->add_option("--out", options->out, "The pack file to write")->required();
    exportPack->callback([options, &exitCode] { exitCode = runExport(*options); });
    CLI::App *importPack = packCommand->add_subcommand("import", "Merge a rep's data pack into the manager's database");
    importPack->add_option("--db", options->db, "The manager's .attain file")->required();
    importPack->add_option("--pack", options->pack, "The pack file")->required();
    importPack->add_option("--on-conflict", options->onConflict, "ask (default: refuse and list), local or incoming")
        ->check(CLI::IsMember({"ask", "local", "incoming"}));
    importPack->callback([options, &exitCode] { exitCode = runImport(*options); });
}

} // namespace attain::cli
