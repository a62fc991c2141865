#include "app/DealsLoader.h"

#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/DealRepository.h"
#include "storage/StorageError.h"

namespace attain::ui {

namespace {
DealChoices readChoices(const QSqlDatabase &db)
{
    DealChoices choices;
    choices.currencies = storage::DealRepository(db).currencies();
    choices.customers = storage::ActivityRepository(db).customers();
    const storage::OrganisationRepository organisation(db);
    choices.reps = organisation.reps();
    choices.channels = organisation.channels();
    choices.productLines = organisation.productLines();
    choices.regions = organisation.regions();
    return choices;
}
} // namespace

DealsData loadDeals(const QString &databasePath, const storage::DealFilter &filter, const storage::Actor &actor)
{
    DealsData data;
    data.databasePath = databasePath;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const QSqlDatabase db = opened.database->connection();
        data.deals = storage::DealRepository(db).list(filter, actor);
        data.choices = readChoices(db);
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

DealChoices loadDealChoices(const QString &databasePath)
{
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database)
        return {};
    try {
        return readChoices(opened.database->connection());
    } catch (const storage::StorageError &) {
        return {};
    }
}

} // namespace attain::ui
