#pragma once

#include "engine/Workload.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace attain::ui {

/// Words, numbers and colours of the workload view, shared by its grid, summary and dialog.

/// "Idle", "Light", "Balanced", "Overloaded".
[[nodiscard]] QString loadClassName(engine::LoadClass loadClass);
/// Okabe–Ito based: vermillion overloaded, bluish green balanced, sky blue light, grey idle;
/// never shown alone (the class is always written too).
[[nodiscard]] QColor loadClassColor(engine::LoadClass loadClass);
/// The class colour mixed into the palette's base colour, so that the palette's text stays
/// readable on it in a light and in a dark theme.
[[nodiscard]] QColor loadClassTint(engine::LoadClass loadClass, const QPalette &palette);
/// Minutes as hours with one decimal: "5.5 h".
[[nodiscard]] QString formatHours(double minutes);
/// A load in basis points as a whole percent: "135 %".
[[nodiscard]] QString formatLoad(std::int64_t loadBp);
/// The correlation of activity with revenue in words, e.g. "More activity went with more
/// revenue (r = 0.62)."; nullopt: "Too few reps, or too little difference between them, to
/// relate activity to revenue."
[[nodiscard]] QString correlationSentence(std::optional<double> r);

} // namespace attain::ui
