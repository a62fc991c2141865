#include "storage/ExchangeRateRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace attain::storage {

void ExchangeRateRepository::set(const std::vector<ExchangeRateRow> &rates)
{
    Transaction transaction(m_db);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("INSERT INTO exchange_rates (from_currency, to_currency, month, rate_e8) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (from_currency, to_currency, month) "
                       "DO UPDATE SET rate_e8 = excluded.rate_e8"));
    for (const ExchangeRateRow &rate : rates) {
        if (rate.month < 1 || rate.month > 12 || rate.year < 1 || rate.year > 9999)
            throw StorageError(QStringLiteral("Invalid month %1-%2 for the rate %3 → %4")
                                   .arg(rate.year)
                                   .arg(rate.month)
                                   .arg(rate.from, rate.to));
        query.bindValue(0, rate.from);
        query.bindValue(1, rate.to);
        query.bindValue(2,
            QStringLiteral("%1-%2").arg(rate.year, 4, 10, QLatin1Char('0')).arg(rate.month, 2, 10, QLatin1Char('0')));
        query.bindValue(3, rate.rateE8);
        exec(query);
    }
    transaction.commit();
}

std::vector<ExchangeRateRow> ExchangeRateRepository::list() const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT from_currency, to_currency, month, rate_e8 "
                       "FROM exchange_rates ORDER BY from_currency, to_currency, month"));
    exec(query);
    std::vector<ExchangeRateRow> rows;
    while (query.next()) {
        const QString month = query.value(2).toString();
        rows.push_back({ query.value(0).toString(), query.value(1).toString(), month.left(4).toInt(),
            static_cast<unsigned>(month.mid(5, 2).toUInt()), query.value(3).toLongLong() });
    }
    return rows;
}

engine::ExchangeRates ExchangeRateRepository::load() const
{
    engine::ExchangeRates rates;
    for (const ExchangeRateRow &row : list())
        rates.set(row.from.toStdString(), row.to.toStdString(), row.year, row.month, row.rateE8);
    return rates;
}

} // namespace attain::storage
