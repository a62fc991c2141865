#pragma once

#include "engine/Workload.h"
#include "storage/DashboardTypes.h"
#include "storage/WorkloadRepository.h"

#include <QString>

#include <map>
#include <vector>

namespace attain::ui {

/// Everything the workload page shows for one request, read and computed off the UI thread.
struct WorkloadData
{
    QString error;      ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request before it finished
    storage::WorkloadRequest request;
    engine::Date asOf {};
    engine::WorkloadResult result;
    engine::WorkloadNorms norms;
    std::vector<storage::DashboardMember> teams;
    storage::DashboardNotices notices;
    std::map<QString, std::int64_t> dealsWon; ///< per rep id, hundredths
    QString repId; ///< rep mode: the rep who looks (their team is the request's)
};

/// Opens its own connection on `databasePath` (connections are per thread) and loads the
/// workload of `request` up to `asOf`. With a `repId` (a rep working) the request's team is
/// that rep's team.
[[nodiscard]] WorkloadData loadWorkload(const QString &databasePath, const storage::WorkloadRequest &request,
                                        engine::Date asOf, const QString &repId = {});

} // namespace attain::ui
