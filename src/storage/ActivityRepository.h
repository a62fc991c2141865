#pragma once

#include "storage/Actor.h"
#include "storage/ActivityTypes.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace attain::storage {

/// Activities (calls, visits, meetings, demos, e-mails) and the pickers of their entry form.
///
/// The rules hold for every caller (docs/data-formats.md, "Activity rules"): a **rep** (an Actor
/// with a rep id) sees, logs, edits and deletes only their own activities and links only deals
/// they own or share; a **manager** may do all of it for any rep. Every write is one
/// transaction that refreshes the dashboard facts before it commits; a refused or failed write
/// throws StorageError with an English sentence for the user and writes nothing.
class ActivityRepository
{
public:
    explicit ActivityRepository(QSqlDatabase db)
        : m_db(std::move(db)), m_today(QDate::currentDate())
    {
    }

    /// An activity may be dated at most one day after this (the default: the computer's date).
    void setToday(QDate today) { m_today = today; }

    static constexpr int kMaxMinutes = 1440;
    static constexpr int kMaxNotes = 4000;
    /// Closed deals stay in the picker this many days after closing (follow-up calls).
    static constexpr int kRecentDealDays = 90;

    /// The activities `filter` asks for, newest first — for a rep only their own, whatever the
    /// filter says. Throws StorageError.
    [[nodiscard]] std::vector<Activity> list(const ActivityFilter &filter, const Actor &actor) const;
    /// One activity, or nullopt when there is none or it is another rep's and `actor` is a rep.
    [[nodiscard]] std::optional<Activity> find(const QString &id, const Actor &actor) const;

    /// Stores a new activity (with activity.id when set — undo re-inserts a deleted one — else
    /// a new UUID) and returns its id. A rep's activity is always theirs; a manager must name
    /// the rep.
    QString insert(Activity activity, const Actor &actor);
    /// Replaces the activity with the same id.
    void update(Activity activity, const Actor &actor);
    /// Deletes the activity.
    void remove(const QString &id, const Actor &actor);

    /// Every customer, by name.
    [[nodiscard]] std::vector<CustomerChoice> customers() const;
    /// The customer's deals that are open or closed within kRecentDealDays (plus `alsoId`, the
    /// deal an edited activity already has): for a rep only deals they own or share. Open
    /// deals first, then by most recent date.
    [[nodiscard]] std::vector<DealChoice> deals(const QString &customerId, const Actor &actor,
                                                const QString &alsoId = {}) const;

private:
    /// Checks and completes `activity` for `actor` (throws StorageError): the rep, the customer
    /// (taken from the deal when empty), the deal, type, date, minutes, outcome and notes.
    void validate(Activity &activity, const Actor &actor) const;
    /// The row's rep id as stored, or an error when `actor` may not touch it.
    void requireMayChange(const QString &id, const Actor &actor) const;
    void write(const Activity &activity, bool insert) const;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace attain::storage
