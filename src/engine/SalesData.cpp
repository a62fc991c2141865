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
    convertAmounts(rates, fallback);
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

void PreparedSales::indexCredits()
{
    m_credits = m_data.credits;
    std::stable_sort(m_credits.begin(), m_credits.end(),
                     [](const CreditShare &a, const CreditShare &b) { return a.deal < b.deal; });
    m_creditStart.assign(m_data.deals.size() + 1, 0);
    bool unknownDeal = false;
    for (std::size_t i = 0; i < m_credits.size(); ++i) {
        const CreditShare &credit = m_credits[i];
        if (credit.deal < 0 || static_cast<std::size_t>(credit.deal) >= m_data.deals.size()) {
            m_issues.push_back({DataIssue::Kind::UnknownDeal, i, {}});
            unknownDeal = true;
            continue;
        }
        if (credit.rep < 0 || static_cast<std::size_t>(credit.rep) >= m_data.teamOfRep.size())
            m_issues.push_back({DataIssue::Kind::UnknownRep, i, {}});
        ++m_creditStart[static_cast<std::size_t>(credit.deal) + 1];
    }
    if (unknownDeal) {
        // Unknown deals would break the offsets; keep the index empty and let ok() say why.
        m_credits.clear();
        std::fill(m_creditStart.begin(), m_creditStart.end(), 0);
        return;
    }
    for (std::size_t d = 0; d < m_data.deals.size(); ++d)
        m_creditStart[d + 1] += m_creditStart[d];
    for (std::size_t d = 0; d < m_data.deals.size(); ++d) {
        const auto shares = credits(d);
        if (shares.empty())
            continue;
        std::int64_t sum = 0;
        for (const CreditShare &share : shares)
            sum += share.basisPoints;
        if (sum != 10000)
            m_issues.push_back({DataIssue::Kind::CreditsNot100, d, {}});
    }
}

void PreparedSales::findNewCustomers()
{
    m_newCustomer.assign(m_data.deals.size(), 0);
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> first(m_data.customers.size(), none);
    for (std::size_t i = 0; i < m_data.deals.size(); ++i) {
        const DealRecord &deal = m_data.deals[i];
        // A return does not win a customer.
        if (deal.stage != DealStage::Won || deal.amount <= 0 || deal.customer < 0
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
