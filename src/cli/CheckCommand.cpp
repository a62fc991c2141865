#include "cli/CheckCommand.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace attain::cli {

namespace {

struct CheckOptions
{
    std::string db;
};

/// Every row of a PRAGMA's result, first column; the pragma text is a constant.
QStringList rowsOf(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query = storage::prepare(db, pragma);
    storage::exec(query);
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

int runCheck(const CheckOptions &options)
{
    // Opening migrates an older file (after its automatic backup), so the check sees the
    // schema this build works with; a foreign, newer or damaged file is refused untouched.
    auto opened = storage::Database::open(QString::fromStdString(options.db), storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        fmt::print(stderr, "error: {}\n", opened.message.toStdString());
        return 1;
    }
    try {
        const QSqlDatabase db = opened.database->connection();
        const QStringList integrity = rowsOf(db, QStringLiteral("PRAGMA integrity_check"));
        const bool integrityOk = integrity == QStringList { QStringLiteral("ok") };
        fmt::print(
            "integrity: {}\n", integrityOk ? std::string("ok") : integrity.join(QStringLiteral("; ")).toStdString());
        const QStringList foreignKeys = rowsOf(db, QStringLiteral("PRAGMA foreign_key_check"));
        fmt::print("foreign keys: {}\n",
            foreignKeys.isEmpty() ? std::string("ok") : fmt::format("{} broken reference(s)", foreignKeys.size()));
        const int applicationId = storage::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
        fmt::print(
            "schema version: {} (this build: {})\n", opened.database->schemaVersion(), storage::currentSchemaVersion());
        fmt::print("application id: 0x{:08X}{}\n", static_cast<unsigned>(applicationId),
            applicationId == storage::kApplicationId ? " (Attain)" : "");
        return integrityOk && foreignKeys.isEmpty() && applicationId == storage::kApplicationId ? 0 : 1;
    } catch (const storage::StorageError &error) {
        fmt::print(stderr, "error: {}\n", error.message().toStdString());
        return 1;
    }
}

} // namespace

void addCheckCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<CheckOptions>();
    CLI::App *check = app.add_subcommand("check", "Check a database's integrity, schema version and application id");
    check->add_option("--db", options->db, "The .attain file")->required();
    check->callback([options, &exitCode] { exitCode = runCheck(*options); });
}

} // namespace attain::cli
