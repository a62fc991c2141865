#pragma once

#include "app/TargetsLoader.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReviewTypes.h"

#include <QString>

#include <map>
#include <vector>

namespace attain::ui {

/// The targets a review looks at: those whose period contains the review's day and whose
/// scope is the review's or one level below it — a rep's own targets (their scope or owned by
/// them); a team's and its reps'; the company's and its teams'. Broader scopes first, then
/// by title. `reps` tells which team a rep is in.
[[nodiscard]] std::vector<const TargetRow *> briefingTargets(
    const TargetsData &targets, const storage::Review &review, const std::vector<storage::OrganisationUnit> &reps);

/// Of those, the ones in trouble (at risk or off track), off track first.
[[nodiscard]] std::vector<const TargetRow *> briefingRisks(const std::vector<const TargetRow *> &targets);

/// Activity counts and minutes by rep and by type key, with totals.
struct ActivityTable
{
    struct Row
    {
        QString repName; ///< or the team's name
        std::map<QString, int> countByType;
        int count = 0, minutes = 0;
    };
    std::vector<Row> rows; ///< by rep name
    int count = 0, minutes = 0;
};
/// With `groupOfRep` (rep id → team name) the rows are teams instead of reps (a company
/// review); a rep it does not name is counted under "—".
[[nodiscard]] ActivityTable activityTable(
    const std::vector<storage::ActivityTally> &tallies, const std::map<QString, QString> &groupOfRep = {});

} // namespace attain::ui
