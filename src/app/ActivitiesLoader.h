#pragma once

#include "storage/ActivityTypes.h"
#include "storage/Actor.h"
#include "storage/OrganisationRepository.h"

#include <QString>

#include <vector>

namespace attain::ui {

/// What the activities page shows, read off the UI thread in one go.
struct ActivitiesData
{
    QString error;      ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request before it finished
    QString databasePath;
    std::vector<storage::Activity> activities;
    std::vector<storage::CustomerChoice> customers;
    std::vector<storage::OrganisationUnit> reps;
};

/// Opens its own connection (connections are per thread) and reads the activities `filter`
/// asks for as `actor` may see them, with the customers and reps for the pickers.
[[nodiscard]] ActivitiesData loadActivities(const QString &databasePath, const storage::ActivityFilter &filter,
                                            const storage::Actor &actor);

} // namespace attain::ui
