#pragma once

namespace attain::ui {

class DashboardPage;
class TargetsPage;

/// Puts the leaderboard, the risk panel and activities-against-results into the dashboard's
/// panel areas and keeps them on the dashboard's selection: each new dashboard refills the
/// leaderboard and the scatter, the risk panel follows the scope, a rep activated in either
/// drills the dashboard into that rep, and a target activated in the risk panel opens in the
/// targets page's view. The risk panel reads `targets`' list, so both always agree.
void attachDashboardPanels(DashboardPage &dashboard, TargetsPage &targets);

} // namespace attain::ui
