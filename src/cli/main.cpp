// attain-cli: headless commands over Attain databases.
#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DashboardCommand.h"
#include "cli/DemoCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ForecastCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InfoCommand.h"
#include "cli/RepPackCommands.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>

#include <spdlog/spdlog.h>

int main(int argc, char *argv[])
{
    // Qt Sql finds its drivers through the application object.
    QCoreApplication qtApp(argc, argv);
    spdlog::set_level(spdlog::level::warn);

    CLI::App app{"attain-cli: headless tools for Attain sales-target databases"};
    app.require_subcommand(1);
    int exitCode = 0;
    attain::cli::addBackupCommand(app, exitCode);
    attain::cli::addCheckCommand(app, exitCode);
    attain::cli::addDashboardCommand(app, exitCode);
    attain::cli::addDemoCommand(app, exitCode);
    attain::cli::addExportCommand(app, exitCode);
    attain::cli::addForecastCommand(app, exitCode);
    attain::cli::addImportCommand(app, exitCode);
    attain::cli::addInfoCommand(app, exitCode);
    attain::cli::addRepPackCommands(app, exitCode);
    CLI11_PARSE(app, argc, argv);
    return exitCode;
}
