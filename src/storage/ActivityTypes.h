#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace attain::storage {

/// One activities row as the activity list and the entry form use it.
struct Activity
{
    QString id;         ///< UUID; empty for a new one (insert() makes one)
    QString repId;      ///< who did it; a rep's own id is forced by the repository
    QString customerId; ///< empty = no customer
    QString dealId;     ///< empty = no deal; the deal must be the customer's
    QString type;       ///< engine::activityTypeKey: "call", "visit", "meeting", "demo", "email"
    QDate occurredOn;
    int minutes = 0;    ///< 0 … 1440
    QString outcome;    ///< "positive", "neutral", "negative" or empty
    QString notes;
    QString updatedAt;  ///< ISO UTC of the last write; read only

    // Read only: names for the list (empty when the record is gone).
    QString repName, customerName;
    QString dealStage, dealCurrency;
    std::int64_t dealAmountMinor = 0;
};

/// What list() returns. Empty texts and null dates mean "any".
struct ActivityFilter
{
    QString repId;      ///< ignored for a rep: they always see only their own
    QDate from, to;     ///< inclusive
    QString type;
    QString customerId;
    QString text;       ///< part of the notes or of the customer's name, any case
};

/// A customer for the entry form's picker.
struct CustomerChoice
{
    QString id, name;
};

/// A deal for the entry form's picker (deals have no title: the stage, amount and dates say which).
struct DealChoice
{
    QString id, customerId, stage, currency, ownerRepId;
    std::int64_t amountMinor = 0;
    QDate createdOn, closedOn, expectedCloseOn;
};

/// The outcome keys the app offers, in the order it lists them.
inline constexpr const char *kActivityOutcomes[] = {"positive", "neutral", "negative"};

} // namespace attain::storage
