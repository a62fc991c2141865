#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli check --db FILE.attain`: PRAGMA integrity_check and foreign_key_check, the schema
/// version and the application id. Exit code 0 only when the file is sound.
void addCheckCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
