#include "app/FeedbackLoader.h"

#include "storage/Database.h"
#include "storage/FeedbackRepository.h"
#include "storage/StorageError.h"

namespace attain::ui {

FeedbackData loadFeedback(
    const QString &databasePath, const storage::FeedbackPeriod &period, const storage::Actor &actor)
{
    FeedbackData data;
    data.period = period;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const storage::FeedbackRepository repository(opened.database->connection());
        storage::FeedbackFilter filter;
        filter.from = period.first;
        filter.to = period.last;
        data.entries = repository.list(filter, actor);
        data.total = repository.csat({}, period, actor);
        data.byCustomer = repository.csatByCustomer(period, actor);
        data.byRep = repository.csatByRep(period, actor);
        data.customers = repository.customers();
        data.reps = storage::OrganisationRepository(opened.database->connection()).reps();
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
