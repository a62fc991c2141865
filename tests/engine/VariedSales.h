#pragma once

// Synthetic sales for engine tests that compare two ways of computing the same figures.

#include "engine/ExchangeRates.h"
#include "engine/SalesData.h"

#include <cstdint>

namespace attain::engine::fixtures {

/// Two years (2025–2026) of varied sales: 3 reps in 2 teams, wins, losses, returns and shared deals, with a
/// slump from September so that targets fall behind part-way through.
inline PreparedSales varied()
{
    SalesData data;
    data.teamOfRep = { 0, 0, 1 };
    for (int c = 0; c < 12; ++c)
        data.customers.push_back({ 0, kNoId });
    std::uint64_t seed = 42;
    const auto next = [&seed](std::uint64_t bound) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return (seed >> 33) % bound;
    };
    const int first = toDayNumber(makeDate(2025, 1, 1));
    for (int i = 0; i < 1800; ++i) {
        DealRecord deal;
        deal.rep = static_cast<Id>(next(3));
        deal.team = data.teamOfRep[static_cast<std::size_t>(deal.rep)];
        deal.customer = static_cast<Id>(next(12));
        deal.closedDay = first + static_cast<int>(next(730));
        deal.createdDay = deal.closedDay - 5 - static_cast<int>(next(40));
        const bool slump = deal.closedDay >= toDayNumber(makeDate(2026, 9, 1));
        const auto roll = next(10);
        deal.stage = roll < (slump ? 7u : 4u) ? DealStage::Lost : DealStage::Won;
        deal.amount = 10'000 + static_cast<std::int64_t>(next(90'000));
        if (deal.stage == DealStage::Won && next(25) == 0)
            deal.amount = -deal.amount / 4; // a return
        if (i % 17 == 0) { // shared between its owner and another rep
            const Id other = (deal.rep + 1) % 3;
            data.credits.push_back({ static_cast<Id>(data.deals.size()), deal.rep, 6000 });
            data.credits.push_back({ static_cast<Id>(data.deals.size()), other, 4000 });
        }
        data.deals.push_back(deal);
    }
    // Activities, feedback and a market, so that every metric has something to measure.
    for (int i = 0; i < 1200; ++i)
        data.activities.push_back({ static_cast<Id>(next(3)), static_cast<Id>(next(12)), first + static_cast<int>(next(730)) });
    for (int i = 0; i < 300; ++i)
        data.feedback.push_back({ static_cast<Id>(next(3)), static_cast<Id>(next(12)), first + static_cast<int>(next(730)),
                                  static_cast<std::int32_t>(1 + next(5)) });
    for (const int year : { 2025, 2026 })
        for (unsigned month = 1; month <= 12; ++month)
            data.market.push_back({ kNoId, kNoId, monthIndex(year, month), 3'000'000'00 });
    return PreparedSales(std::move(data), "CNY", ExchangeRates {});
}

} // namespace attain::engine::fixtures
