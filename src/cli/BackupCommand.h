#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli backup --db FILE.attain --out COPY.attain [--force]`: a consistent copy of a
/// database that may be in use (VACUUM INTO), refusing to replace an existing file unless forced.
void addBackupCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
