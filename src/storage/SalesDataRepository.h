#pragma once

#include "engine/SalesData.h"
#include "storage/IdMap.h"

#include <QSqlDatabase>
#include <QString>

namespace attain::storage {

/// What the engine computes on, read from a database, and the map back to the UUIDs.
struct LoadedSales
{
    engine::SalesData data;
    /// Teams, reps, channels, product lines, regions, customers and customer groups (deals are
    /// not in it: their credits are resolved inside the load).
    IdMap ids;
    /// Market figures in another currency than the one asked for: not loaded, because the
    /// engine expects market sizes in the reporting currency (no silent mixing of currencies).
    qint64 skippedMarketFigures = 0;
};

/// Loads every deal (with credit shares), customer (with group), rep (with team), activity,
/// feedback record and market figure into engine::SalesData, in one read transaction so the
/// records are a consistent snapshot. Reads through the raw sqlite3 API (SqliteQuery), so the
/// connection must use the QSQLITE driver.
class SalesDataRepository
{
public:
    explicit SalesDataRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// `marketCurrency` selects the market figures to load (see LoadedSales). Throws
    /// StorageError on a failed query or a malformed date.
    [[nodiscard]] LoadedSales load(const QString &marketCurrency = QStringLiteral("CNY")) const;

private:
    QSqlDatabase m_db;
};

} // namespace attain::storage
