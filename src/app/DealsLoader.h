#pragma once

#include "storage/ActivityTypes.h"
#include "storage/Actor.h"
#include "storage/DealTypes.h"
#include "storage/OrganisationRepository.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace attain::ui {

/// The pickers of the deal dialog.
struct DealChoices
{
    std::vector<storage::CustomerChoice> customers;
    std::vector<storage::OrganisationUnit> reps, channels, productLines, regions;
    QStringList currencies;
};

/// What the deals page shows, read off the UI thread in one go.
struct DealsData
{
    QString error;      ///< non-empty when loading failed
    bool stale = false; ///< superseded by a newer request before it finished
    QString databasePath;
    std::vector<storage::Deal> deals;
    DealChoices choices;
};

/// Opens its own connection (connections are per thread) and reads the deals `filter` asks for
/// as `actor` may see them, with the dialog's pickers.
[[nodiscard]] DealsData loadDeals(const QString &databasePath, const storage::DealFilter &filter,
                                  const storage::Actor &actor);

/// Only the dialog's pickers, for a dialog opened before the list loaded (errors: empty lists).
[[nodiscard]] DealChoices loadDealChoices(const QString &databasePath);

} // namespace attain::ui
