#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli import --db FILE.attain --kind deals|customers|activities|reps|targets [--dry-run]
/// [--skip-bad-lines] [--map column=field ...] CSV`: exit 0 on success, 1 with the problems on
/// stderr as FILE:LINE:COLUMN: message.
void addImportCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
