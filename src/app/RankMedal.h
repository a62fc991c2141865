#pragma once

#include <QIcon>
#include <QString>

namespace attain::ui {

/// Recognition for the leaderboard's top three (精神激励): a medal drawn with the rank in it,
/// so shape and number carry the meaning and the gold, silver and bronze only add to it.
/// Drawn at whatever size and pixel ratio is asked for, so it stays sharp on HiDPI screens.
/// A null icon for any other rank.
[[nodiscard]] QIcon rankMedalIcon(int rank);

/// "Gold", "Silver", "Bronze" for ranks 1–3; empty otherwise.
[[nodiscard]] QString rankMedalName(int rank);

} // namespace attain::ui
