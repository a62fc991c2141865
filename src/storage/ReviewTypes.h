#pragma once

#include "engine/Date.h"

#include <QString>

#include <optional>
#include <vector>

namespace attain::storage {

/// The kinds of review meeting (reviews.kind): the weekly team review, a one-on-one with a
/// rep, and the periodic (monthly) business review.
enum class ReviewKind { TeamMeeting, OneOnOne, Periodic };
/// A review is planned (scheduled) until it has taken place (held).
enum class ReviewStatus { Scheduled, Held };
/// An action item is open or in progress until it is done or dropped ("closed").
enum class ActionStatus { Open, InProgress, Done, Dropped };

/// Whose review it is: a rep (their one-on-ones), a team, or neither (the company).
struct ReviewScope
{
    QString teamId; ///< set for a team's review
    QString repId; ///< set for a rep's review (then teamId is empty)

    [[nodiscard]] bool isCompany() const { return teamId.isEmpty() && repId.isEmpty(); }
    [[nodiscard]] bool isTeam() const { return repId.isEmpty() && !teamId.isEmpty(); }
    [[nodiscard]] bool isRep() const { return !repId.isEmpty(); }
    friend bool operator==(const ReviewScope &, const ReviewScope &) = default;
};

struct Review
{
    QString id;
    ReviewKind kind = ReviewKind::TeamMeeting;
    ReviewScope scope;
    QString scopeName; ///< the team's or rep's name; empty for the company (read only)
    engine::Date heldOn {}; ///< the day it is scheduled for, or was held on
    ReviewStatus status = ReviewStatus::Scheduled;
    QString title, agenda, notes, decisions;
    QString createdBy, updatedAt; ///< read only
};

/// An action item agreed in a review.
struct ActionItem
{
    QString id; ///< empty: a new id is made on insert
    QString reviewId;
    QString text;
    QString ownerRepId; ///< empty: nobody named yet
    QString targetId; ///< the linked target; empty for none
    std::optional<engine::Date> dueOn;
    ActionStatus status = ActionStatus::Open;
    std::optional<engine::Date> doneOn; ///< the day it was closed (done_at); only when closed
    engine::Date createdOn {};
    QString ownerName, targetTitle; ///< read only

    [[nodiscard]] bool isClosed() const { return status == ActionStatus::Done || status == ActionStatus::Dropped; }
    /// Not closed and due before `asOf` (an item due today is not overdue yet).
    [[nodiscard]] bool isOverdue(engine::Date asOf) const { return !isClosed() && dueOn && *dueOn < asOf; }
};

/// An open item of an earlier review of the same scope, as a later review shows it.
struct CarriedItem
{
    ActionItem item;
    QString originReviewId, originTitle;
    engine::Date originDate {};
};

/// What a new review starts with; create() stores it and its action items in one transaction.
struct ReviewDraft
{
    ReviewKind kind = ReviewKind::TeamMeeting;
    ReviewScope scope;
    engine::Date heldOn {};
    ReviewStatus status = ReviewStatus::Scheduled;
    QString title, agenda;
    std::vector<ActionItem> actionItems; ///< reviewId is ignored
};

/// Which reviews list() returns; empty fields do not filter.
struct ReviewFilter
{
    std::optional<ReviewScope> scope;
    std::optional<engine::Date> from, to; ///< inclusive
};

/// Activities of one rep and type in a window (the briefing's "since the last review").
struct ActivityTally
{
    QString repId, repName;
    QString type; ///< engine::ActivityType key ("call", "visit" …)
    int count = 0;
    int minutes = 0;
};

[[nodiscard]] QString reviewKindKey(ReviewKind kind);
[[nodiscard]] std::optional<ReviewKind> reviewKindFromKey(const QString &key);
[[nodiscard]] QString actionStatusKey(ActionStatus status);
[[nodiscard]] std::optional<ActionStatus> actionStatusFromKey(const QString &key);

/// The date of the next review of the same kind: a weekly team review 7 days later, a
/// one-on-one 14 days later, a monthly business review one month later on the same day,
/// clamped to the month's last day (Jan 31 → Feb 28, or Feb 29 in a leap year).
[[nodiscard]] engine::Date nextReviewDate(ReviewKind kind, engine::Date date);

} // namespace attain::storage
