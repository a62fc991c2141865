#pragma once

#include "engine/ExchangeRates.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace attain::engine {

/// Dense integer ids (0 … n−1). Storage maps its UUIDs to these once per load, so that
/// computations index arrays instead of hashing strings in their inner loops.
using Id = std::int32_t;
inline constexpr Id kNoId = -1;

enum class DealStage : std::uint8_t { Open, Won, Lost };

/// A deal as the metrics see it. A return or refund is a won deal with a negative amount.
struct DealRecord
{
    Id rep = kNoId; ///< owner
    Id team = kNoId;
    Id customer = kNoId;
    Id channel = kNoId;
    Id productLine = kNoId;
    Id region = kNoId;
    DealStage stage = DealStage::Open;
    std::uint16_t currency = 0; ///< index into SalesData::currencies
    std::int32_t units = 1;
    int createdDay = 0; ///< day number (toDayNumber)
    int closedDay = 0;  ///< day number; meaningful for won and lost deals only
    std::int64_t amount = 0; ///< minor units of the deal's currency
};

/// A rep's share of a shared deal. Deals without credit rows belong 100 % to their owner.
struct CreditShare
{
    Id deal = kNoId; ///< index into SalesData::deals
    Id rep = kNoId;
    std::int32_t basisPoints = 10000;
};

struct CustomerRecord
{
    Id region = kNoId;
    Id group = kNoId; ///< customer group (key accounts, SMB …)
};

struct ActivityRecord
{
    Id rep = kNoId;
    Id customer = kNoId;
    int day = 0;
};

struct FeedbackRecord
{
    Id rep = kNoId;
    Id customer = kNoId;
    int day = 0;
    std::int32_t score = 0; ///< 1 … 5
};

/// The size of a market in one month, in reporting-currency minor units; kNoId region or
/// product line means "all".
struct MarketFigure
{
    Id region = kNoId;
    Id productLine = kNoId;
    int monthIndex = 0; ///< monthIndex(year, month)
    std::int64_t size = 0;
};

/// Everything metrics are computed from: plain records, no database.
struct SalesData
{
    std::vector<std::string> currencies{"CNY"};
    std::vector<DealRecord> deals;
    std::vector<CreditShare> credits;
    std::vector<CustomerRecord> customers; ///< indexed by customer id
    std::vector<Id> teamOfRep;             ///< indexed by rep id
    std::vector<ActivityRecord> activities;
    std::vector<FeedbackRecord> feedback;
    std::vector<MarketFigure> market;
};

/// A problem found while preparing data, with the record's index so it can be reported.
struct DataIssue
{
    enum class Kind {
        UnknownCurrency, ///< deal: currency index out of range, or a code without known minor units
        MissingRate,     ///< deal: no exchange rate for its month (reported once per pair and month)
        CreditsNot100,   ///< deal: its shares are not each 0–100 % summing to 100 %
        UnknownRep,      ///< deal: owner is not a known rep
        UnknownCustomer, ///< deal: customer is not known
        BadScore,        ///< feedback: score outside 1 … 5
        UnknownDeal,     ///< credit share: names no deal
        UnknownCreditRep ///< credit share: names no rep
    };
    Kind kind;
    /// Index in the input of the record concerned: a deal, a feedback record or a credit share,
    /// as the kind says.
    std::size_t index = 0;
    MissingRate missingRate; ///< for MissingRate
};

/// SalesData checked and indexed for computation: amounts converted to one reporting currency,
/// credit shares grouped by deal, and each customer's first won deal found. Deals are kept
/// ordered by customer and close day (so `data().deals` is a permutation of the input); issues
/// refer to the input's indices.
class PreparedSales
{
public:
    /// Converts every deal with its close month's rate (creation month for open deals). Issues
    /// are collected, not thrown: the caller shows all of them, and no metric is computed from
    /// data with issues (`ok()` is false; the indexes are then left empty).
    PreparedSales(SalesData data, std::string reportingCurrency, const ExchangeRates &rates,
                  ExchangeRates::Fallback fallback = ExchangeRates::Fallback::ExactMonth);

    [[nodiscard]] bool ok() const { return m_issues.empty(); }
    [[nodiscard]] const std::vector<DataIssue> &issues() const { return m_issues; }
    [[nodiscard]] const SalesData &data() const { return m_data; }
    [[nodiscard]] const std::string &reportingCurrency() const { return m_reporting; }

    // The accessors below use the prepared (customer-ordered) deal indices and are only
    // meaningful when ok().

    /// Amount of deal `i` in the reporting currency.
    [[nodiscard]] std::int64_t amount(std::size_t deal) const { return m_amounts[deal]; }
    /// The credit shares of deal `i` (empty: the owner has 100 %).
    [[nodiscard]] std::span<const CreditShare> credits(std::size_t deal) const
    {
        return {m_credits.data() + m_creditStart[deal], m_credits.data() + m_creditStart[deal + 1]};
    }
    /// True when deal `i` is its customer's first won deal (ties: the lower index).
    [[nodiscard]] bool winsNewCustomer(std::size_t deal) const { return m_newCustomer[deal] != 0; }
    [[nodiscard]] Id teamOf(Id rep) const
    {
        return rep >= 0 && static_cast<std::size_t>(rep) < m_data.teamOfRep.size() ? m_data.teamOfRep[rep] : kNoId;
    }
    [[nodiscard]] Id groupOf(Id customer) const
    {
        return customer >= 0 && static_cast<std::size_t>(customer) < m_data.customers.size()
                   ? m_data.customers[customer].group
                   : kNoId;
    }

private:
    void convertAmounts(const ExchangeRates &rates, ExchangeRates::Fallback fallback);
    void indexCredits();
    void checkCredits();
    void orderByCustomer();
    void findNewCustomers();
    void checkReferences();

    SalesData m_data;
    std::string m_reporting;
    std::vector<std::int64_t> m_amounts;
    std::vector<CreditShare> m_credits;     // sorted by deal
    std::vector<std::size_t> m_creditStart; // deals + 1 offsets into m_credits
    std::vector<std::uint8_t> m_newCustomer;
    std::vector<DataIssue> m_issues;
};

} // namespace attain::engine
