#pragma once

#include "engine/Period.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace attain::storage {

/// Won revenue against the revenue target of one team for one period.
struct TeamRevenue
{
    QString teamId, code, name;
    qint64 actualMinor = 0;
    std::optional<qint64> targetMinor; ///< none when no target was set
};

struct RevenueOverview
{
    QString currency;
    std::vector<TeamRevenue> teams;
    /// Won deals in the period in another currency: not summed, because adding yuan to
    /// dollars without a rate would be wrong. The UI says so instead of hiding them.
    qint64 otherCurrencyDeals = 0;
};

/// Read-only queries behind the overview screen. All aggregation happens in SQL.
class OverviewRepository
{
public:
    explicit OverviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] RevenueOverview teamRevenue(const engine::Period &period, const QString &currency) const;
    /// Years with a target, and every year from the first to the last closed deal (a year
    /// without sales in between is still a year to look at), newest first.
    [[nodiscard]] QList<int> yearsWithData() const;

private:
    QSqlDatabase m_db;
};

} // namespace attain::storage
