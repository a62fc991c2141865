#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace attain::storage {

/// A rep's share of a deal's credit (deal_credits), in basis points.
struct DealCredit
{
    QString repId;
    int basisPoints = 0;
};

/// One deals row as the deals page and its dialog use it.
struct Deal
{
    QString id;          ///< UUID; empty for a new one (insert() makes one)
    QString ownerRepId;  ///< a rep's own id is forced by the repository
    QString customerId;  ///< required
    QString channelId, productLineId, regionId; ///< empty = none (the region defaults to the customer's)
    std::int64_t amountMinor = 0;
    QString currency;    ///< ISO 4217, known from existing deals or exchange rates
    QString stage;       ///< one of kDealStages
    QDate createdOn;     ///< today when empty on insert; kept as stored on update
    QDate closedOn;      ///< required for won/lost, cleared for open stages
    QDate expectedCloseOn;
    QString lostReason;  ///< kept for lost deals only
    QString competitor;
    /// Shares of the credit; written by insert() for a manager (undo of a delete), read by find().
    std::vector<DealCredit> credits;
    QString teamId;      ///< read only: the owner's team when last written
    QString updatedAt;   ///< read only: ISO UTC of the last write

    // Read only: names for the list (empty when the record is gone).
    QString ownerName, customerName, channelName, productLineName;
    bool sharedWithActor = false; ///< the actor (a rep) has a credit share but does not own it
};

/// What list() returns. Empty texts and null dates mean "any".
struct DealFilter
{
    QString stage;      ///< "open", "won", "lost" or empty for any
    QString ownerRepId; ///< ignored for a rep: they always see only their own and shared deals
    QDate from, to;     ///< inclusive, on the created or the closed date
    QString customerId;
    QString text;       ///< part of the customer's name, the competitor or the lost reason, any case
};

/// The stage keys the app knows, in pipeline order: four open stages, then won and lost.
inline constexpr const char *kDealStages[] = {"prospecting", "qualification", "proposal", "negotiation", "won", "lost"};

[[nodiscard]] inline bool isClosedStage(const QString &stage)
{
    return stage == QLatin1String("won") || stage == QLatin1String("lost");
}

} // namespace attain::storage
