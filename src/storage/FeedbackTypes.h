#pragma once

#include "engine/Date.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace attain::storage {

/// Where a complaint stands: open (nothing done yet), in progress (a resolution is written but
/// the complaint is not closed), resolved. Feedback that is no complaint has none.
enum class ComplaintStatus { None, Open, InProgress, Resolved };

/// One feedback record as stored (table `feedback`), with the names of its customer and rep.
struct FeedbackEntry
{
    QString id; ///< UUID; FeedbackRepository::record() makes one when empty
    QString customerId, customerName;
    QString repId, repName; ///< empty: feedback not attributed to a rep
    engine::Date receivedOn {};
    int score = 0; ///< 1 … 5
    bool complaint = false;
    bool resolved = false;
    QString notes;
    QString resolution; ///< what was done about the complaint
    std::optional<engine::Date> resolvedOn;
    QString updatedAt; ///< ISO UTC of the last change; empty for rows written before schema 5

    [[nodiscard]] ComplaintStatus status() const
    {
        if (!complaint)
            return ComplaintStatus::None;
        if (resolved)
            return ComplaintStatus::Resolved;
        return resolution.trimmed().isEmpty() ? ComplaintStatus::Open : ComplaintStatus::InProgress;
    }
    friend bool operator==(const FeedbackEntry &, const FeedbackEntry &) = default;
};

/// What recording or editing feedback sets (a complaint's resolution is set by resolve()).
struct FeedbackDraft
{
    QString customerId;
    QString repId; ///< empty: not attributed to a rep (a manager's choice only)
    engine::Date receivedOn {};
    int score = 0;
    bool complaint = false;
    QString notes;
    friend bool operator==(const FeedbackDraft &, const FeedbackDraft &) = default;
};

/// What was done about a complaint. Not resolved with a text: in progress; not resolved without
/// one: open again. A resolved complaint needs the text and the day it was resolved.
struct ComplaintResolution
{
    QString text;
    std::optional<engine::Date> resolvedOn;
    bool resolved = false;
    friend bool operator==(const ComplaintResolution &, const ComplaintResolution &) = default;
};

/// Which feedback list() returns; every set field narrows it. For a rep (Actor with a rep id)
/// the list is always narrowed to their own feedback.
struct FeedbackFilter
{
    QString customerId, repId;
    std::optional<engine::Date> from, to; ///< received_on, both ends included
    bool complaintsOnly = false;
    bool openComplaintsOnly = false; ///< complaints not resolved yet (open or in progress)
};

/// Days of received_on the summaries count, both ends included.
struct FeedbackPeriod
{
    engine::Date first {};
    engine::Date last {};
};

/// Whose feedback a summary counts; every set id narrows it, none is the whole company. As on
/// the dashboard, a team is its reps' feedback (by their team now) and a region the feedback of
/// its customers (by their region now).
struct FeedbackScope
{
    QString customerId, repId, teamId, regionId;
};

/// Customer satisfaction of a customer, rep or scope over a period. Kept as exact sums; the
/// hundredths shown are rounded once, as the dashboard's CSAT tile rounds them.
struct CsatSummary
{
    QString id; ///< customer or rep UUID in csatByCustomer()/csatByRep(); empty for "no rep"
    QString name;
    std::int64_t scoreSum = 0;
    std::int64_t responses = 0;
    std::int64_t complaints = 0;
    std::int64_t openComplaints = 0; ///< complaints not resolved yet (open or in progress)
    std::int64_t resolvedWithDate = 0; ///< resolved complaints with a resolved_on date
    std::int64_t resolveDaysSum = 0; ///< their days from received_on to resolved_on

    /// Mean score in hundredths of a point (367 = 3.67), rounded half up; nullopt without responses.
    [[nodiscard]] std::optional<std::int64_t> csatHundredths() const
    {
        if (responses <= 0)
            return std::nullopt;
        return (scoreSum * 200 + responses) / (2 * responses);
    }
    /// Mean days from receiving a complaint to resolving it, in tenths of a day; nullopt when
    /// no complaint of the period is resolved with a date.
    [[nodiscard]] std::optional<std::int64_t> meanDaysToResolveTenths() const
    {
        if (resolvedWithDate <= 0)
            return std::nullopt;
        return (resolveDaysSum * 20 + resolvedWithDate) / (2 * resolvedWithDate);
    }
};

/// A customer for pickers.
struct FeedbackCustomer
{
    QString id, name;
};

} // namespace attain::storage
