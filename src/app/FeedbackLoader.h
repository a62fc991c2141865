#pragma once

#include "storage/Actor.h"
#include "storage/FeedbackTypes.h"
#include "storage/OrganisationRepository.h"

#include <QString>

#include <vector>

namespace attain::ui {

/// Everything the feedback page shows for a period, loaded off the UI thread.
struct FeedbackData
{
    QString error; ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request before it finished
    storage::FeedbackPeriod period;
    std::vector<storage::FeedbackEntry> entries; ///< received in the period (a rep's own only)
    storage::CsatSummary total;
    std::vector<storage::CsatSummary> byCustomer, byRep;
    std::vector<storage::FeedbackCustomer> customers; ///< every customer, for the record dialog
    std::vector<storage::OrganisationUnit> reps; ///< every rep, for the record dialog
};

/// Opens its own connection (connections are per thread) and reads the period's feedback and
/// CSAT as `actor` may see them.
[[nodiscard]] FeedbackData loadFeedback(
    const QString &databasePath, const storage::FeedbackPeriod &period, const storage::Actor &actor);

} // namespace attain::ui
