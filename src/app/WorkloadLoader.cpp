#include "app/WorkloadLoader.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace attain::ui {

WorkloadData loadWorkload(
    const QString &databasePath, const storage::WorkloadRequest &request, engine::Date asOf, const QString &repId)
{
    WorkloadData data;
    data.request = request;
    data.asOf = asOf;
    data.repId = repId;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const storage::WorkloadRepository repository(opened.database->connection());
        data.teams = repository.teams();
        if (!repId.isEmpty())
            data.request.teamId = repository.teamOf(repId);
        const storage::Actor actor { {}, repId };
        engine::WorkloadInput input = repository.loadInput(data.request, actor, &data.notices, &data.dealsWon);
        input.asOf = asOf;
        data.norms = input.norms;
        data.result = engine::computeWorkload(input);
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
