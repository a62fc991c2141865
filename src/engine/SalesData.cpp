#include "engine/SalesData.h"

#include "engine/Date.h"

#include <algorithm>
#include <limits>

namespace attain::engine {

PreparedSales::PreparedSales(SalesData data, std::string reportingCurrency, const ExchangeRates &rates,
                             ExchangeRates::Fallback fallback)
    : m_data(std::move(data))
    , m_reporting(std::move(reportingCurrency))
{
    checkReferences();
    checkCredits();
    convertAmounts(rates, fallback);
    if (!ok())
        return; // nothing is computed from data with issues
    orderByCustomer();
    indexCredits();
    findNewCustomers();
}

void PreparedSales::checkReferences()
{
    const auto knownRep = [this](Id rep) {
        return rep >= 0 && static_cast<std::size_t>(rep) < m_data.teamOfRep.size();
    };
    const auto knownCustomer = [this](Id customer) {
        return customer == kNoId || (customer >= 0 && static_cast<std::size_t>(customer) < m_data.customers.size());
    };
    for (std::size_t i = 0; i < m_data.deals.size(); ++i) {
        const DealRecord &deal = m_data.deals[i];
        if (!knownRep(deal.rep))
            m_issues.push_back({DataIssue::Kind::UnknownRep, i, {}});
        if (!knownCustomer(deal.customer))
            m_issues.push_back({DataIssue::Kind::UnknownCustomer, i, {}});
    }
    for (std::size_t i = 0; i < m_data.feedback.size(); ++i)
        if (m_data.feedback[i].score < 1 || m_data.feedback[i].score > 5)
            m_issues.push_back({DataIssue::Kind::BadScore, i, {}});
}

void PreparedSales::convertAmounts(const ExchangeRates &rates, ExchangeRates::Fallback fallback)
{
    m_amounts.resize(m_data.deals.size());
    for (std::size_t i = 0; i < m_data.deals.size(); ++i) {
        const DealRecord &deal = m_data.deals[i];
        if (deal.currency >= m_data.currencies.size()) {
            m_issues.push_back({DataIssue::Kind::UnknownCurrency, i, {}});
            continue;
        }
        const std::string &currency = m_data.currencies[deal.currency];
        if (!minorUnitDigits(currency)) {
            m_issues.push_back({DataIssue::Kind::UnknownCurrency, i, {}});
            continue;
        }
        if (currency == m_reporting) {
            m_amounts[i] = deal.amount;
            continue;
        }
        const Date day = fromDayNumber(deal.stage == DealStage::Open ? deal.createdDay : deal.closedDay);
        const int year = static_cast<int>(day.year());
        const unsigned month = static_cast<unsigned>(day.month());
        const auto converted = rates.convert({deal.amount, currency}, m_reporting, year, month, fallback);
        if (!converted) {
            MissingRate missing{currency, m_reporting, year, month};
            // One issue per missing (pair, month) is enough for the user to act on.
            const bool known = std::any_of(m_issues.begin(), m_issues.end(), [&](const DataIssue &issue) {
                return issue.kind == DataIssue::Kind::MissingRate && issue.missingRate == missing;
            });
            if (!known)
                m_issues.push_back({DataIssue::Kind::MissingRate, i, std::move(missing)});
            continue;
        }
        m_amounts[i] = converted->minor;
    }
}

void PreparedSales::checkCredits()
{
    std::vector<std::int64_t> sums(m_data.deals.size(), 0);
    std::vector<std::uint8_t> shared(m_data.deals.size(), 0);
    for (std::size_t i = 0; i < m_data.credits.size(); ++i) {
        const CreditShare &credit = m_data.credits[i];
        if (credit.deal < 0 || static_cast<std::size_t>(credit.deal) >= m_data.deals.size()) {
            m_issues.push_back({DataIssue::Kind::UnknownDeal, i, {}});
            continue;
        }
        if (credit.rep < 0 || static_cast<std::size_t>(credit.rep) >= m_data.teamOfRep.size())
            m_issues.push_back({DataIssue::Kind::UnknownCreditRep, i, {}});
        // A share outside 0–100 % is wrong even when the shares still add up (−50 % and 150 %).
        const bool inRange = credit.basisPoints >= 0 && credit.basisPoints <= 10000;
        sums[static_cast<std::size_t>(credit.deal)] += inRange ? credit.basisPoints : 20000;
        shared[static_cast<std::size_t>(credit.deal)] = 1;
    }
    for (std::size_t d = 0; d < m_data.deals.size(); ++d)
        if (shared[d] != 0 && sums[d] != 10000)
            m_issues.push_back({DataIssue::Kind::CreditsNot100, d, {}});
}

void PreparedSales::orderByCustomer()
{
    // Counting sort by customer (no customer first), then each customer's deals by close day.
    // Retention can then walk every customer's purchases in time order, reading memory in order.
    const std::size_t buckets = m_data.customers.size() + 1;
    const auto bucketOf = [this](const DealRecord &deal) {
        return deal.customer < 0 ? std::size_t{0} : static_cast<std::size_t>(deal.customer) + 1;
    };
    std::vector<std::size_t> start(buckets + 1, 0);
    for (const DealRecord &deal : m_data.deals)
        ++start[bucketOf(deal) + 1];
    for (std::size_t b = 0; b < buckets; ++b)
        start[b + 1] += start[b];
    std::vector<std::uint32_t> order(m_data.deals.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < m_data.deals.size(); ++i)
        order[next[bucketOf(m_data.deals[i])]++] = static_cast<std::uint32_t>(i);
    for (std::size_t b = 0; b < buckets; ++b)
        std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(start[b]),
                         order.begin() + static_cast<std::ptrdiff_t>(start[b + 1]),
                         [this](std::uint32_t x, std::uint32_t y) {
                             return m_data.deals[x].closedDay < m_data.deals[y].closedDay;
                         });

    std::vector<DealRecord> deals(m_data.deals.size());
    std::vector<std::int64_t> amounts(m_amounts.size());
    std::vector<Id> newIndex(m_data.deals.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        deals[k] = m_data.deals[order[k]];
        amounts[k] = m_amounts[order[k]];
        newIndex[order[k]] = static_cast<Id>(k);
    }
    m_data.deals = std::move(deals);
    m_amounts = std::move(amounts);
    for (CreditShare &credit : m_data.credits)
        credit.deal = newIndex[static_cast<std::size_t>(credit.deal)];
}

void PreparedSales::indexCredits()
{
    m_credits = m_data.credits;
    std::stable_sort(m_credits.begin(), m_credits.end(),
                     [](const CreditShare &a, const CreditShare &b) { return a.deal < b.deal; });
    m_creditStart.assign(m_data.deals.size() + 1, 0);
    for (const CreditShare &credit : m_credits)
        ++m_creditStart[static_cast<std::size_t>(credit.deal) + 1];
    for (std::size_t d = 0; d < m_data.deals.size(); ++d)
        m_creditStart[d + 1] += m_creditStart[d];
}

void PreparedSales::findNewCustomers()
{
    m_newCustomer.assign(m_data.deals.size(), 0);
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> first(m_data.customers.size(), none);
    for (std::size_t i = 0; i < m_data.deals.size(); ++i) {
        const DealRecord &deal = m_data.deals[i];
        // A return does not win a customer; the converted amount decides, as for retention.
        if (deal.stage != DealStage::Won || m_amounts[i] <= 0 || deal.customer < 0
            || static_cast<std::size_t>(deal.customer) >= first.size())
            continue;
        std::size_t &current = first[static_cast<std::size_t>(deal.customer)];
        if (current == none || deal.closedDay < m_data.deals[current].closedDay)
            current = i;
    }
    for (std::size_t index : first)
        if (index != none)
            m_newCustomer[index] = 1;
}

} // namespace attain::engine

