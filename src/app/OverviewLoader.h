#pragma once

#include "storage/OverviewRepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace attain::ui {

/// Everything the overview page shows, loaded in one go off the UI thread.
struct OverviewData
{
    QString error; ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request before it finished
    QList<int> years;
    int year = 0;
    storage::RevenueOverview revenue;
};

/// Opens its own connection (connections are per thread) and runs the overview queries.
/// Without `year`, picks `currentYear` when the data has it, else the newest year.
[[nodiscard]] OverviewData loadOverview(const QString &databasePath, std::optional<int> year, int currentYear,
                                        const QString &currency);

} // namespace attain::ui
