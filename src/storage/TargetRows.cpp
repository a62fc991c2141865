#include "storage/TargetRows.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QUuid>

namespace attain::storage::detail {

namespace {

constexpr const char *kRowColumns = "SELECT id, IFNULL(parent_id, ''), title, metric, scope_kind, IFNULL(scope_id, ''), "
                                    "period_start, period_end, IFNULL(owner_rep_id, ''), value, locked, "
                                    "IFNULL(locked_by, ''), IFNULL(locked_at, '') FROM targets ";

TargetRow readRow(const QSqlQuery &query)
{
    TargetRow row;
    row.id = query.value(0).toString();
    row.parentId = query.value(1).toString();
    row.title = query.value(2).toString();
    row.metric = query.value(3).toString();
    row.scopeKind = query.value(4).toString();
    row.scopeId = query.value(5).toString();
    row.periodStart = query.value(6).toString();
    row.periodEnd = query.value(7).toString();
    row.ownerRepId = query.value(8).toString();
    row.value = query.value(9).toLongLong();
    row.locked = query.value(10).toInt() != 0;
    row.lockedBy = query.value(11).toString();
    row.lockedAt = query.value(12).toString();
    return row;
}

/// A rep's own targets: those they own, and those scoped to them.
bool ownedBy(const TargetRow &target, const QString &repId)
{
    return target.ownerRepId == repId || (target.scopeKind == QLatin1String("rep") && target.scopeId == repId);
}

} // namespace

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString signature(const Actor &actor)
{
    if (!actor.name.isEmpty())
        return actor.name;
    return actor.repId.isEmpty() ? QStringLiteral("?") : actor.repId;
}

QString quoted(const QString &title)
{
    return QStringLiteral("\u201C%1\u201D").arg(title);
}

std::optional<TargetRow> findRow(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = prepare(db, QLatin1String(kRowColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

std::vector<TargetRow> childRows(const QSqlDatabase &db, const QString &parentId)
{
    QSqlQuery query = prepare(db, QLatin1String(kRowColumns) + QStringLiteral("WHERE parent_id = ? ORDER BY rowid"));
    query.addBindValue(parentId);
    exec(query);
    std::vector<TargetRow> rows;
    while (query.next())
        rows.push_back(readRow(query));
    return rows;
}

Split splitOf(const TargetRow &parent, const TargetRow &child)
{
    const Axis axis = axisOf(parent, child);
    return { axis, axis == Axis::Time ? QString() : child.scopeKind };
}

Axis axisOf(const TargetRow &parent, const TargetRow &child)
{
    if (child.scopeKind == parent.scopeKind && child.scopeId == parent.scopeId)
        return Axis::Time;
    if (child.periodStart == parent.periodStart && child.periodEnd == parent.periodEnd)
        return Axis::Scope;
    return Axis::Both;
}

QString insertRevision(const QSqlDatabase &db, const RevisionRecord &record)
{
    const QString revisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery revision = prepare(db,
        QStringLiteral("INSERT INTO target_revisions (id, target_id, old_value, new_value, "
                       "reason_category, reason_text, proposed_by, approved_by, status, "
                       "proposed_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool approved = !record.approvedBy.isEmpty();
    revision.addBindValue(revisionId);
    revision.addBindValue(record.targetId);
    revision.addBindValue(record.oldValue);
    revision.addBindValue(record.newValue);
    revision.addBindValue(reasonKey(record.reason));
    revision.addBindValue(textOrEmpty(record.reasonText));
    revision.addBindValue(record.proposedBy);
    revision.addBindValue(textOrNull(record.approvedBy));
    revision.addBindValue(approved ? QStringLiteral("approved") : QStringLiteral("proposed"));
    revision.addBindValue(record.now);
    revision.addBindValue(approved ? QVariant(record.now) : QVariant(QMetaType::fromType<QString>()));
    exec(revision);
    return revisionId;
}

void requireMayChangeValue(const TargetRow &target, const Actor &actor, bool approve)
{
    if (actor.isManager())
        return;
    if (!ownedBy(target, actor.repId))
        throw StorageError(QStringLiteral("Target %1 is not %2's: a rep can only propose changes to their own targets.")
                               .arg(quoted(target.title), signature(actor)));
    if (approve)
        throw StorageError(QStringLiteral("A rep cannot change their own target %1: propose the change for a manager "
                                          "to approve.")
                               .arg(quoted(target.title)));
}

void requireMayDecide(const TargetRow &target, const Actor &actor, bool approve)
{
    if (actor.isManager())
        return;
    if (approve && ownedBy(target, actor.repId))
        throw StorageError(QStringLiteral("A rep cannot change their own target %1: a manager decides on its "
                                          "revisions.")
                               .arg(quoted(target.title)));
    throw StorageError(
        QStringLiteral("Only a manager can approve or reject a revision of target %1.").arg(quoted(target.title)));
}

void requireManager(const Actor &actor, const QString &what)
{
    if (!actor.isManager())
        throw StorageError(QStringLiteral("Only a manager can %1.").arg(what));
}

void requireUnlocked(const TargetRow &target)
{
    if (!target.locked)
        return;
    const QString who = target.lockedBy.isEmpty() ? QStringLiteral("a manager") : target.lockedBy;
    // The day is enough to recognise the lock; locked_at keeps the full time.
    if (target.lockedAt.isEmpty())
        throw StorageError(
            QStringLiteral("Target %1 is locked by %2; unlock it first.").arg(quoted(target.title), who));
    throw StorageError(QStringLiteral("Target %1 is locked by %2 since %3; unlock it first.")
                           .arg(quoted(target.title), who, target.lockedAt.left(10)));
}

} // namespace attain::storage::detail
