#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli info --db FILE.attain [--year Y]`: schema version, row counts and each team's
/// won revenue against its target for the year.
void addInfoCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
