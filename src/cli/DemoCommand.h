#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli demo --out FILE.attain [--reps N --years Y --seed S --as-of DATE --force]`
void addDemoCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
