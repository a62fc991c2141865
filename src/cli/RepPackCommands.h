#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli rep-db --db FILE --rep REP --out FILE`: a rep's personal database for a laptop.
/// `attain-cli pack export --db FILE [--rep REP] --out PACK`: a rep's data pack.
/// `attain-cli pack import --db FILE --pack PACK --on-conflict ask|local|incoming`: merges a pack
/// into the manager's database (ask: refuse when there are conflicts and list them).
void addRepPackCommands(CLI::App &app, int &exitCode);

} // namespace attain::cli
