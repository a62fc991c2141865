#pragma once

namespace CLI {
class App;
}

namespace attain::cli {

/// `attain-cli dashboard --db FILE.attain [--period 2026Q3] [--scope team:EAST] [--as-of DATE]
/// [--currency CNY] [--breakdown rep] [--top N] [--timing]`: the KPI tiles, a breakdown and the
/// leaderboard of a period and scope, from storage::DashboardRepository.
void addDashboardCommand(CLI::App &app, int &exitCode);

} // namespace attain::cli
