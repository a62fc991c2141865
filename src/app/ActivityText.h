#pragma once

#include "storage/ActivityTypes.h"

#include <QString>

namespace attain::ui {

/// "Positive", "Neutral", "Negative" for an outcome key; empty for none, an unknown key as it is.
[[nodiscard]] QString activityOutcomeName(const QString &key);
/// A deal stage for people ("Proposal", "Won" …); an unknown stage as it is.
[[nodiscard]] QString dealStageName(const QString &stage);
/// How a deal is named in pickers and lists (deals have no title): stage, amount and its date.
[[nodiscard]] QString dealLabel(const storage::DealChoice &deal);
/// The same for the deal an activity links to (stage and amount only); empty without a deal.
[[nodiscard]] QString dealLabel(const storage::Activity &activity);

} // namespace attain::ui
