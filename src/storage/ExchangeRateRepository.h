#pragma once

#include "engine/ExchangeRates.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace attain::storage {

/// One stored monthly rate: one `from` buys rateE8 / 10^8 `to` in that month.
struct ExchangeRateRow
{
    QString from, to;
    int year = 0;
    unsigned month = 0;
    qint64 rateE8 = 0;
    friend bool operator==(const ExchangeRateRow &, const ExchangeRateRow &) = default;
};

/// The exchange_rates table: rates are entered by hand per month and loaded into the engine.
class ExchangeRateRepository
{
public:
    explicit ExchangeRateRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// Sets (or replaces) the rates, all in one transaction: a rejected row (bad code, month or
    /// non-positive rate) leaves every rate as it was. Throws StorageError.
    void set(const std::vector<ExchangeRateRow> &rates);
    /// Every rate, ordered by pair and month.
    [[nodiscard]] std::vector<ExchangeRateRow> list() const;
    /// Every rate as the engine uses them to convert amounts.
    [[nodiscard]] engine::ExchangeRates load() const;

private:
    QSqlDatabase m_db;
};

} // namespace attain::storage
