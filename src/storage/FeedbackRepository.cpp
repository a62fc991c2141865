#include "storage/FeedbackRepository.h"

#include "storage/DashboardFacts.h"
#include "storage/FeedbackSql.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QUuid>

namespace attain::storage {

using feedback_sql::Where;

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString isoText(engine::Date date)
{
    return toSqlDate(date);
}

/// '' rather than NULL for the NOT NULL DEFAULT '' resolution column.
QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant idOrNull(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

bool exists(const QSqlDatabase &db, const QString &table, const QString &id)
{
    QSqlQuery query = prepare(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    exec(query);
    return query.next();
}

void requireScore(int score)
{
    if (score < 1 || score > 5)
        throw StorageError(QStringLiteral("The score must be from 1 to 5; %1 is not.").arg(score));
}

/// What any stored record obeys (records written before schema 5 may be resolved without a
/// text or a date): only a complaint has a resolution, and it is not resolved before received.
void requireConsistent(bool complaint, engine::Date receivedOn, const ComplaintResolution &resolution)
{
    if (!complaint && (resolution.resolved || !resolution.text.trimmed().isEmpty()))
        throw StorageError(
            QStringLiteral("Only a complaint can be resolved: this feedback is not marked as a complaint."));
    if (resolution.resolved && resolution.resolvedOn && *resolution.resolvedOn < receivedOn)
        throw StorageError(QStringLiteral("A complaint cannot be resolved on %1, before it was received on %2.")
                               .arg(isoText(*resolution.resolvedOn), isoText(receivedOn)));
}

/// What resolving a complaint now takes: what was done and the day.
void requireComplete(const ComplaintResolution &resolution)
{
    if (!resolution.resolved)
        return;
    if (resolution.text.trimmed().isEmpty())
        throw StorageError(QStringLiteral("Say what was done to resolve the complaint."));
    if (!resolution.resolvedOn)
        throw StorageError(QStringLiteral("Give the day the complaint was resolved."));
}

void requireMayTouch(const FeedbackEntry &entry, const Actor &actor)
{
    if (!actor.isManager() && entry.repId != actor.repId)
        throw StorageError(QStringLiteral("%1 can only change feedback attributed to them; this feedback is %2's.")
                               .arg(actor.name, entry.repName.isEmpty() ? QStringLiteral("no rep") : entry.repName));
}

} // namespace

std::vector<FeedbackEntry> FeedbackRepository::list(const FeedbackFilter &filter, const Actor &actor) const
{
    Where where;
    where.addIfSet(QStringLiteral("b.customer_id = ?"), filter.customerId);
    where.addIfSet(QStringLiteral("b.rep_id = ?"), filter.repId);
    if (filter.from)
        where.add(QStringLiteral("b.received_on >= ?"), toSqlDate(*filter.from));
    if (filter.to)
        where.add(QStringLiteral("b.received_on <= ?"), toSqlDate(*filter.to));
    if (filter.complaintsOnly || filter.openComplaintsOnly)
        where.add(QStringLiteral("b.complaint <> 0"));
    if (filter.openComplaintsOnly)
        where.add(QStringLiteral("b.resolved = 0"));
    where.addActor(actor);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT ") + feedback_sql::entryColumns() + feedback_sql::entryJoins() + where.text()
            + QStringLiteral(" ORDER BY b.received_on DESC, b.rowid DESC"));
    where.bind(query);
    exec(query);
    std::vector<FeedbackEntry> entries;
    while (query.next())
        entries.push_back(feedback_sql::readEntry(query));
    return entries;
}

std::optional<FeedbackEntry> FeedbackRepository::find(const QString &id, const Actor &actor) const
{
    std::optional<FeedbackEntry> entry = findAny(id);
    // Another rep's feedback is reported as missing: a rep does not learn it exists.
    if (entry && !actor.isManager() && entry->repId != actor.repId)
        return std::nullopt;
    return entry;
}

std::optional<FeedbackEntry> FeedbackRepository::findAny(const QString &id) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT ") + feedback_sql::entryColumns() + feedback_sql::entryJoins()
            + QStringLiteral(" WHERE b.id = ?"));
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    return feedback_sql::readEntry(query);
}

FeedbackEntry FeedbackRepository::requireEditable(const QString &id, const Actor &actor) const
{
    const std::optional<FeedbackEntry> entry = findAny(id);
    if (!entry)
        throw StorageError(QStringLiteral("There is no feedback %1 (it may have been deleted).").arg(id));
    requireMayTouch(*entry, actor);
    return *entry;
}

void FeedbackRepository::requireReferences(const FeedbackDraft &draft, const Actor &actor) const
{
    requireScore(draft.score);
    if (!draft.receivedOn.ok())
        throw StorageError(QStringLiteral("Give the day the feedback was received."));
    if (draft.customerId.isEmpty())
        throw StorageError(QStringLiteral("Choose the customer the feedback came from."));
    if (!exists(m_db, QStringLiteral("customers"), draft.customerId))
        throw StorageError(QStringLiteral("Unknown customer: %1.").arg(draft.customerId));
    if (!draft.repId.isEmpty() && !exists(m_db, QStringLiteral("reps"), draft.repId))
        throw StorageError(QStringLiteral("Unknown rep: %1.").arg(draft.repId));
    if (!actor.isManager() && draft.repId != actor.repId)
        throw StorageError(
            QStringLiteral("%1 can only record feedback as themselves, not for another rep.").arg(actor.name));
}

void FeedbackRepository::commitWithFacts(Transaction &transaction) const
{
    // The CSAT tile reads the facts: they change in the same transaction as the records.
    DashboardFacts(m_db).refresh();
    transaction.commit();
}

QString FeedbackRepository::record(const FeedbackEntry &entry, const Actor &actor)
{
    const FeedbackDraft draft { entry.customerId, entry.repId, entry.receivedOn, entry.score, entry.complaint,
        entry.notes };
    const ComplaintResolution resolution { entry.resolution, entry.resolvedOn, entry.resolved };
    Transaction transaction(m_db);
    requireReferences(draft, actor);
    requireConsistent(entry.complaint, entry.receivedOn, resolution);
    const QString id = entry.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.id;
    if (exists(m_db, QStringLiteral("feedback"), id))
        throw StorageError(QStringLiteral("Feedback %1 exists already.").arg(id));
    QSqlQuery query = prepare(m_db,
        QStringLiteral("INSERT INTO feedback (id, customer_id, rep_id, received_on, score, complaint, resolved, "
                       "notes, resolution, resolved_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(draft.customerId);
    query.addBindValue(idOrNull(draft.repId));
    query.addBindValue(isoText(draft.receivedOn));
    query.addBindValue(draft.score);
    query.addBindValue(draft.complaint ? 1 : 0);
    query.addBindValue(resolution.resolved ? 1 : 0);
    query.addBindValue(textOrEmpty(draft.notes));
    query.addBindValue(textOrEmpty(resolution.text));
    query.addBindValue(resolution.resolved ? toSqlDate(resolution.resolvedOn) : toSqlDate(std::nullopt));
    query.addBindValue(nowUtc());
    exec(query);
    commitWithFacts(transaction);
    return id;
}

void FeedbackRepository::edit(const QString &id, const FeedbackDraft &draft, const Actor &actor)
{
    Transaction transaction(m_db);
    const FeedbackEntry current = requireEditable(id, actor);
    requireReferences(draft, actor);
    if (!draft.complaint && (current.resolved || !current.resolution.trimmed().isEmpty()))
        throw StorageError(QStringLiteral(
            "This complaint has a resolution recorded, so it stays a complaint; clear the resolution first."));
    if (current.resolved && current.resolvedOn && *current.resolvedOn < draft.receivedOn)
        throw StorageError(
            QStringLiteral("The complaint was resolved on %1: it cannot have been received later, on %2.")
                .arg(isoText(*current.resolvedOn), isoText(draft.receivedOn)));
    QSqlQuery query = prepare(m_db,
        QStringLiteral("UPDATE feedback SET customer_id = ?, rep_id = ?, received_on = ?, score = ?, complaint = ?, "
                       "notes = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(draft.customerId);
    query.addBindValue(idOrNull(draft.repId));
    query.addBindValue(isoText(draft.receivedOn));
    query.addBindValue(draft.score);
    query.addBindValue(draft.complaint ? 1 : 0);
    query.addBindValue(textOrEmpty(draft.notes));
    query.addBindValue(nowUtc());
    query.addBindValue(id);
    exec(query);
    commitWithFacts(transaction);
}

void FeedbackRepository::resolve(const QString &id, const ComplaintResolution &resolution, const Actor &actor)
{
    Transaction transaction(m_db);
    const FeedbackEntry current = requireEditable(id, actor);
    requireConsistent(current.complaint, current.receivedOn, resolution);
    requireComplete(resolution);
    QSqlQuery query = prepare(m_db,
        QStringLiteral(
            "UPDATE feedback SET resolution = ?, resolved = ?, resolved_on = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(textOrEmpty(resolution.text));
    query.addBindValue(resolution.resolved ? 1 : 0);
    query.addBindValue(resolution.resolved ? toSqlDate(resolution.resolvedOn) : toSqlDate(std::nullopt));
    query.addBindValue(nowUtc());
    query.addBindValue(id);
    exec(query);
    commitWithFacts(transaction);
}

void FeedbackRepository::restore(const FeedbackEntry &entry, const Actor &actor)
{
    const FeedbackDraft draft { entry.customerId, entry.repId, entry.receivedOn, entry.score, entry.complaint,
        entry.notes };
    const ComplaintResolution resolution { entry.resolution, entry.resolvedOn, entry.resolved };
    Transaction transaction(m_db);
    (void)requireEditable(entry.id, actor);
    requireReferences(draft, actor);
    requireConsistent(entry.complaint, entry.receivedOn, resolution);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("UPDATE feedback SET customer_id = ?, rep_id = ?, received_on = ?, score = ?, complaint = ?, "
                       "notes = ?, resolution = ?, resolved = ?, resolved_on = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(draft.customerId);
    query.addBindValue(idOrNull(draft.repId));
    query.addBindValue(isoText(draft.receivedOn));
    query.addBindValue(draft.score);
    query.addBindValue(draft.complaint ? 1 : 0);
    query.addBindValue(textOrEmpty(draft.notes));
    query.addBindValue(textOrEmpty(resolution.text));
    query.addBindValue(resolution.resolved ? 1 : 0);
    query.addBindValue(resolution.resolved ? toSqlDate(resolution.resolvedOn) : toSqlDate(std::nullopt));
    query.addBindValue(nowUtc());
    query.addBindValue(entry.id);
    exec(query);
    commitWithFacts(transaction);
}

void FeedbackRepository::reopen(const QString &id, const Actor &actor)
{
    Transaction transaction(m_db);
    const FeedbackEntry current = requireEditable(id, actor);
    if (!current.complaint)
        throw StorageError(QStringLiteral("Only a complaint can be reopened: this feedback is not a complaint."));
    if (!current.resolved)
        throw StorageError(QStringLiteral("This complaint is not resolved, so there is nothing to reopen."));
    QSqlQuery query = prepare(
        m_db, QStringLiteral("UPDATE feedback SET resolved = 0, resolved_on = NULL, updated_at = ? WHERE id = ?"));
    query.addBindValue(nowUtc());
    query.addBindValue(id);
    exec(query);
    commitWithFacts(transaction);
}

void FeedbackRepository::remove(const QString &id, const Actor &actor)
{
    Transaction transaction(m_db);
    (void)requireEditable(id, actor);
    QSqlQuery query = prepare(m_db, QStringLiteral("DELETE FROM feedback WHERE id = ?"));
    query.addBindValue(id);
    exec(query);
    commitWithFacts(transaction);
}

std::vector<FeedbackCustomer> FeedbackRepository::customers() const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT id, name FROM customers ORDER BY name, id"));
    exec(query);
    std::vector<FeedbackCustomer> result;
    while (query.next())
        result.push_back({ query.value(0).toString(), query.value(1).toString() });
    return result;
}

} // namespace attain::storage
