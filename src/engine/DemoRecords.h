#pragma once

#include "engine/Date.h"
#include "engine/Period.h"

#include <cstdint>
#include <optional>
#include <string>

/// Plain records produced by the demo generator. They mirror the database tables so that
/// storage can write them directly; the engine's richer domain types come with later issues.
namespace attain::engine::demo {

struct Region { std::string id, code, name; };
struct Channel { std::string id, code, name; };
struct ProductLine { std::string id, code, name; };
struct Team { std::string id, code, name, regionId; };

struct Rep
{
    std::string id, teamId, name, email;
    std::string role; ///< "manager" or "rep"
    Date startDate;
};

struct Customer { std::string id, name, regionId, group; };

struct Deal
{
    std::string id, ownerRepId, teamId, customerId, channelId, productLineId, regionId;
    std::int64_t amountMinor = 0;
    std::string currency = "CNY";
    std::string stage; ///< "won", "lost" or an open stage ("prospecting" … "negotiation")
    Date createdOn;
    std::optional<Date> closedOn;
    Date expectedCloseOn;
    std::string lostReason, competitor;
};

/// A share of a deal's credit; only shared deals have credit rows (owner alone = 100 %).
struct DealCredit
{
    std::string dealId, repId;
    int basisPoints = 10000;
};

struct Activity
{
    std::string id, repId, customerId, type, outcome;
    Date on;
    int minutes = 0;
};

struct Feedback
{
    std::string id, customerId, repId;
    Date on;
    int score = 0; ///< 1 … 5
    bool complaint = false;
    bool resolved = false;
};

struct Target
{
    std::string id, parentId, metric, scopeKind, scopeId, title;
    Period period;
    std::int64_t value = 0;
};

} // namespace attain::engine::demo
