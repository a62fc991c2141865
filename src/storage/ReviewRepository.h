#pragma once

#include "storage/Actor.h"
#include "storage/ReviewTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace attain::storage {

/// Review meetings (weekly team reviews, monthly business reviews, one-on-ones) and their
/// action items. Every command is one transaction and throws StorageError with an English
/// sentence for the user, writing nothing, when it is refused or fails.
///
/// Who may do what (checked here, so it holds for every caller):
/// - A **manager** (an Actor without a rep id) schedules, edits and deletes anything.
/// - A **rep** sees only the reviews of their own scope — their one-on-ones, their team's
///   reviews and the company's — and changes nothing but the status of action items they own.
///
/// Carry-over is computed, never copied: carriedOver() lists the items of the earlier reviews
/// of the same scope that were still open on a review's date, so an item exists once and
/// closing it anywhere closes it everywhere.
class ReviewRepository
{
public:
    explicit ReviewRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// The reviews the actor may see that match `filter`: scheduled ones first (soonest
    /// first), then held ones (newest first).
    [[nodiscard]] std::vector<Review> list(const ReviewFilter &filter, const Actor &actor) const;
    /// One review; nullopt when there is none with that id or the actor may not see it.
    [[nodiscard]] std::optional<Review> find(const QString &id, const Actor &actor) const;
    /// The latest review of the same scope (any kind) before `review`'s date that the actor may
    /// see, if any (`review` is the caller's value: a rep's scope is checked here).
    [[nodiscard]] std::optional<Review> previous(const Review &review, const Actor &actor) const;

    /// Stores a new review with its action items (one transaction; a manager's command) and
    /// returns its id. The kind must fit the scope: a team review a team, a one-on-one a rep,
    /// a business review the company or a team. Items get `today` as created_on.
    QString create(const ReviewDraft &draft, const Actor &actor, engine::Date today);
    /// Saves the title, agenda, date, status, notes and decisions of an existing review (a
    /// manager's command); kind and scope do not change.
    void update(const Review &review, const Actor &actor);
    /// Deletes a scheduled review with its action items (a manager's command); a held review
    /// is the record of a meeting and is refused.
    void remove(const QString &reviewId, const Actor &actor);
    /// Schedules the next review of the same kind and scope on nextReviewDate(), titled
    /// `title`, with the same agenda; returns its id. Refused when that scope already has a
    /// review of that kind on that day.
    QString scheduleNext(const QString &reviewId, const QString &title, const Actor &actor);

    /// The action items agreed in a review, in the order they were added.
    [[nodiscard]] std::vector<ActionItem> actionItems(const QString &reviewId, const Actor &actor) const;
    /// The items of earlier reviews (held_on before this review's date) of the same scope that
    /// were open on this review's date: open or in progress now, or closed on or after that
    /// date (an item closed in the meeting still shows there). Oldest review first.
    [[nodiscard]] std::vector<CarriedItem> carriedOver(const QString &reviewId, const Actor &actor) const;

    /// Adds an item to its review (a manager's command) and returns its id: `item.id` when
    /// set (undoing a delete puts the same item back), else a new one. Status and closing day
    /// are stored as given; created_on is `today` unless the item has one.
    QString addActionItem(const ActionItem &item, const Actor &actor, engine::Date today);
    /// Saves an item's text, owner, due date and linked target (a manager's command).
    void updateActionItem(const ActionItem &item, const Actor &actor);
    /// Sets an item's status: closing (done, dropped) records `today` as its closing day,
    /// reopening clears it. A manager may set any item's status, a rep only their own.
    void setActionStatus(const QString &itemId, ActionStatus status, const Actor &actor, engine::Date today);
    /// Saves an edited item in one transaction: its details (when they differ from the stored
    /// ones; a manager's command) and its status (as setActionStatus). Nothing is written when
    /// either part is refused or fails.
    void saveActionItem(const ActionItem &item, const Actor &actor, engine::Date today);
    /// Deletes an item (a manager's command).
    void removeActionItem(const QString &itemId, const Actor &actor);

    /// Activities logged after `after` (exclusive) up to `upTo` (inclusive) by the scope's
    /// reps (a team's current members; every rep for the company), by rep and type. A rep may
    /// ask only for the scopes of the reviews they see (themselves, their team, the company).
    [[nodiscard]] std::vector<ActivityTally> activitiesBetween(
        const ReviewScope &scope, engine::Date after, engine::Date upTo, const Actor &actor) const;
    /// The team a rep belongs to (empty when none or unknown).
    [[nodiscard]] QString teamOfRep(const QString &repId) const;

private:
    [[nodiscard]] std::optional<ActionItem> findItem(const QString &itemId) const;
    void insertItem(const ActionItem &item, const QString &id, engine::Date today) const;
    void requireVisible(const QString &reviewId, const Actor &actor) const;
    // The writes of updateActionItem and setActionStatus, inside the caller's transaction.
    void writeItemDetails(const ActionItem &item, const Actor &actor) const;
    void writeItemStatus(const ActionItem &stored, ActionStatus status, const Actor &actor, engine::Date today) const;
    void touch(const QString &reviewId) const;

    QSqlDatabase m_db;
};

} // namespace attain::storage
