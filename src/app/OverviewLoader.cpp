#include "app/OverviewLoader.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace attain::ui {

OverviewData loadOverview(const QString &databasePath, std::optional<int> year, int currentYear,
                          const QString &currency)
{
    OverviewData data;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const storage::OverviewRepository repository(opened.database->connection());
        data.years = repository.yearsWithData();
        if (year)
            data.year = *year;
        else if (data.years.contains(currentYear) || data.years.isEmpty())
            data.year = currentYear;
        else
            data.year = data.years.front();
        data.revenue = repository.teamRevenue(engine::Period::year(data.year), currency);
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
