#include "app/SalesSnapshot.h"

#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/SalesDataRepository.h"
#include "storage/StorageError.h"
#include "storage/TargetRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

#include <variant>

namespace attain::ui {

std::shared_ptr<const SalesSnapshot> loadSalesSnapshot(const QSqlDatabase &db, const QString &currency)
{
    storage::LoadedSales loaded = storage::SalesDataRepository(db).load(currency);
    const engine::ExchangeRates rates = storage::ExchangeRateRepository(db).load();
    // Only for the ids: a target may name a team without sales yet.
    (void)storage::TargetRepository(db).loadAll(loaded.ids);
    const storage::OrganisationRepository organisation(db);
    return std::make_shared<const SalesSnapshot>(SalesSnapshot {
        db.databaseName(), std::move(loaded.ids),
        engine::PreparedSales(std::move(loaded.data), currency.toStdString(), rates,
                              engine::ExchangeRates::Fallback::LatestEarlier),
        organisation.teams(), organisation.reps(), organisation.channels(), organisation.productLines(),
        organisation.regions() });
}

std::shared_ptr<const SalesSnapshot> loadSalesSnapshotWithProgress(
    QWidget *parent, const QString &databasePath, const QString &currency, const QString &title)
{
    using Result = std::variant<std::shared_ptr<const SalesSnapshot>, QString>;
    QProgressDialog dialog(QCoreApplication::translate("attain::ui::SalesSnapshot", "Loading the sales data…"),
                           QCoreApplication::translate("attain::ui::SalesSnapshot", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(300); // a small file loads before the dialog would flash up

    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    // The task owns copies of everything: after a cancel it runs on and its result is dropped.
    watcher.setFuture(QtConcurrent::run([databasePath, currency]() -> Result {
        auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
        if (!opened.database)
            return opened.message;
        try {
            return loadSalesSnapshot(opened.database->connection(), currency);
        } catch (const storage::StorageError &error) {
            return error.message();
        }
    }));
    dialog.setValue(0);
    loop.exec();
    if (!watcher.isFinished())
        return nullptr; // cancelled
    const Result result = watcher.result();
    if (const auto *message = std::get_if<QString>(&result)) {
        QMessageBox::warning(parent, title, *message);
        return nullptr;
    }
    return std::get<std::shared_ptr<const SalesSnapshot>>(result);
}

} // namespace attain::ui
