#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli export --db FILE.attain --table NAME --out FILE.csv`: one table as CSV (UTF-8
/// with BOM, formula cells neutralised), written atomically.
void addExportCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
