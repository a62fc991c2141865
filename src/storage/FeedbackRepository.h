#pragma once

#include "storage/Actor.h"
#include "storage/FeedbackTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace attain::storage {

class Transaction;

/// Customer feedback: satisfaction scores (1–5) and complaints with what was done about them,
/// and the customer satisfaction (CSAT) they add up to — the mean score, the dashboard's CSAT
/// tile for the same scope and period.
///
/// Every command is one transaction that sets updated_at and refreshes the dashboard's facts
/// (DashboardFacts) before it commits, so the CSAT tile never lags the records. A refused
/// command throws StorageError with an English sentence for the user and writes nothing:
/// - a score outside 1 … 5, an unknown customer or rep, a missing customer;
/// - a resolution on feedback that is no complaint, a resolution dated before the feedback was
///   received; resolve() also needs the text of what was done and the day (older records may
///   lack them: record() and restore() keep them as they are);
/// - a **rep** (an Actor with a rep id) records feedback only as themselves, and edits,
///   resolves, reopens and deletes only feedback attributed to them; lists and summaries show
///   a rep only their own feedback. A **manager** (no rep id) may do all of it.
class FeedbackRepository
{
public:
    explicit FeedbackRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// The feedback `filter` selects (for a rep: only theirs), newest first.
    [[nodiscard]] std::vector<FeedbackEntry> list(const FeedbackFilter &filter, const Actor &actor) const;
    /// One record; nullopt when there is none with that id or it is another rep's and `actor`
    /// is a rep.
    [[nodiscard]] std::optional<FeedbackEntry> find(const QString &id, const Actor &actor) const;

    /// Inserts `entry` (its draft fields and, for a complaint, its resolution) and returns its
    /// id: entry.id, or a new UUID when that is empty (undoing a deletion restores the same id).
    QString record(const FeedbackEntry &entry, const Actor &actor);
    /// Changes customer, rep, date, score, complaint and notes. A complaint with a resolution
    /// stays a complaint.
    void edit(const QString &id, const FeedbackDraft &draft, const Actor &actor);
    /// Sets what was done about a complaint and whether it is resolved (see ComplaintResolution).
    void resolve(const QString &id, const ComplaintResolution &resolution, const Actor &actor);
    /// Puts a record back as `entry` has it, every field (undoing an edit or a resolution; a
    /// record written before schema 5 may be resolved without a text or a date).
    void restore(const FeedbackEntry &entry, const Actor &actor);
    /// Marks a resolved complaint unresolved again; the resolution text stays (in progress).
    void reopen(const QString &id, const Actor &actor);
    void remove(const QString &id, const Actor &actor);

    /// CSAT of each customer with feedback received in `period` (for a rep: theirs), by name.
    [[nodiscard]] std::vector<CsatSummary> csatByCustomer(const FeedbackPeriod &period, const Actor &actor) const;
    /// CSAT of each rep with feedback in `period`, by name; feedback without a rep is one row
    /// with an empty id and name. A rep sees only their own row.
    [[nodiscard]] std::vector<CsatSummary> csatByRep(const FeedbackPeriod &period, const Actor &actor) const;
    /// CSAT of `scope` over `period` (for a rep: narrowed to their feedback).
    [[nodiscard]] CsatSummary csat(const FeedbackScope &scope, const FeedbackPeriod &period, const Actor &actor) const;

    /// Every customer, by name (the record dialog's picker).
    [[nodiscard]] std::vector<FeedbackCustomer> customers() const;

private:
    [[nodiscard]] std::optional<FeedbackEntry> findAny(const QString &id) const;
    [[nodiscard]] FeedbackEntry requireEditable(const QString &id, const Actor &actor) const;
    void requireReferences(const FeedbackDraft &draft, const Actor &actor) const;
    [[nodiscard]] std::vector<CsatSummary> summaries(
        const QString &groupColumn, const QString &nameColumn, const FeedbackPeriod &period, const Actor &actor) const;
    void commitWithFacts(Transaction &transaction) const;

    QSqlDatabase m_db;
};

} // namespace attain::storage
