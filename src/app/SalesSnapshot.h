#pragma once

#include "engine/SalesData.h"
#include "storage/IdMap.h"
#include "storage/OrganisationRepository.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

class QWidget;

namespace attain::ui {

/// The currency every screen reports in, until settings offer a choice.
[[nodiscard]] inline QString reportingCurrency()
{
    return QStringLiteral("CNY");
}

/// One database's sales prepared for the engine, with the id map and organisation that go with
/// it. Read-only and shared: the targets list loads it once off the UI thread, and the wizard
/// and the decomposition editor reuse it instead of reloading millions of deals.
struct SalesSnapshot
{
    QString databasePath;
    storage::IdMap ids; ///< also holds the scopes of every stored target
    engine::PreparedSales sales;
    std::vector<storage::OrganisationUnit> teams, reps, channels, productLines, regions;
};

/// Loads on the calling thread (a worker: this takes seconds on millions of deals). Amounts
/// are converted to `currency`, a month without a rate using the latest earlier one. Target
/// scopes go into the id map too, so targets loaded later with a copy of it index the same
/// records. Throws StorageError.
[[nodiscard]] std::shared_ptr<const SalesSnapshot> loadSalesSnapshot(const QSqlDatabase &db, const QString &currency);

/// Runs loadSalesSnapshot() on a worker thread with its own connection to `databasePath`,
/// behind a progress dialog with Cancel. Null when cancelled or when loading failed (a
/// message box titled `title` says why).
[[nodiscard]] std::shared_ptr<const SalesSnapshot> loadSalesSnapshotWithProgress(
    QWidget *parent, const QString &databasePath, const QString &currency, const QString &title);

} // namespace attain::ui
