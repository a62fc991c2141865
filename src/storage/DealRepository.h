#pragma once

#include "storage/Actor.h"
#include "storage/DealTypes.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace attain::storage {

/// Deals (the sales pipeline) as the deals page lists and edits them.
///
/// The rules hold for every caller (docs/data-formats.md, "Deal rules"): a **rep** (an Actor
/// with a rep id) sees only deals they own or share (deal_credits) and creates and edits only
/// deals they own; they never delete one. A **manager** sees and edits every deal and may
/// delete one that no activity links to. Every write is one transaction that sets updated_at
/// and team_id (the owner's team) and refreshes the dashboard facts before it commits; a
/// refused or failed write throws StorageError with an English sentence and writes nothing.
class DealRepository
{
public:
    explicit DealRepository(QSqlDatabase db)
        : m_db(std::move(db)), m_today(QDate::currentDate())
    {
    }

    /// New deals are created on this day and may close at most one day after it.
    void setToday(QDate today) { m_today = today; }

    static constexpr int kMaxText = 200;

    /// The deals `filter` asks for, newest first — for a rep only their own and shared ones,
    /// whatever the filter says. Throws StorageError.
    [[nodiscard]] std::vector<Deal> list(const DealFilter &filter, const Actor &actor) const;
    /// One deal with its credit shares, or nullopt when there is none or a rep may not see it.
    [[nodiscard]] std::optional<Deal> find(const QString &id, const Actor &actor) const;

    /// Stores a new deal (with deal.id when set — undo re-inserts a deleted one — else a new
    /// UUID) and returns its id. A rep's deal is always theirs; a manager must name the owner.
    QString insert(Deal deal, const Actor &actor);
    /// Replaces the editable fields of the deal with the same id.
    void update(Deal deal, const Actor &actor);
    /// Deletes a deal (managers only) that no activity links to.
    void remove(const QString &id, const Actor &actor);

    /// The currencies a deal may use: those of existing deals and exchange rates, sorted.
    [[nodiscard]] QStringList currencies() const;

private:
    void validate(Deal &deal, const Actor &actor) const;
    /// The stored deal for a write by `actor`, or an error when they may not change it.
    [[nodiscard]] Deal requireMayChange(const QString &id, const Actor &actor) const;
    void write(const Deal &deal, bool insert) const;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace attain::storage
