// TargetRepository::replaceChildren: breaking a target down again replaces its children on one
// split axis, keeping the ids (and audit trails) of the children that stay.

#include "storage/TargetRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/TargetRows.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <tuple>

namespace attain::storage {

using namespace detail;

namespace {

/// Children match by scope and period: the cell of the decomposition they fill.
QString cellKey(const TargetRow &row)
{
    return row.scopeKind + QLatin1Char('|') + row.scopeId + QLatin1Char('|') + row.periodStart + QLatin1Char('|')
        + row.periodEnd;
}

/// Why a stored child may not change value (or, with `deleting`, be deleted); empty when it may.
/// A child below it or a pending proposal would no longer fit a new value, and a lock forbids one.
QStringList obstacles(const QSqlDatabase &db, const TargetRow &child, bool deleting)
{
    QSqlQuery query = prepare(db,
        QStringLiteral("SELECT (SELECT count(*) FROM targets WHERE parent_id = ?), "
                       "(SELECT count(*) FROM target_revisions WHERE target_id = ? AND status = 'proposed'), "
                       "(SELECT count(*) FROM action_items WHERE target_id = ?)"));
    query.addBindValue(child.id);
    query.addBindValue(child.id);
    query.addBindValue(child.id);
    exec(query);
    query.next();
    QStringList reasons;
    if (child.locked)
        reasons << QStringLiteral("is locked");
    if (query.value(0).toInt() > 0)
        reasons << QStringLiteral("has targets of its own");
    if (query.value(1).toInt() > 0)
        reasons << QStringLiteral("has revisions waiting for a decision");
    if (deleting && query.value(2).toInt() > 0)
        reasons << QStringLiteral("has action items");
    return reasons;
}

} // namespace

int TargetRepository::replaceChildren(
    const QString &parentId, const std::vector<StoredTarget> &children, const IdMap &ids, const Actor &actor)
{
    Transaction transaction(m_db);
    const auto parent = findRow(m_db, parentId);
    if (!parent)
        throw StorageError(QStringLiteral("No target with id %1").arg(parentId));
    requireManager(actor, QStringLiteral("break down target %1").arg(quoted(parent->title)));
    if (children.empty())
        throw StorageError(QStringLiteral("No children to break target %1 down into.").arg(quoted(parent->title)));

    // The new children as rows, checked before anything is compared or written.
    std::vector<TargetRow> incoming;
    std::optional<Split> axis; // the breakdown the new children form
    QHash<QString, std::size_t> incomingByCell;
    for (const StoredTarget &child : children) {
        TargetRow row;
        row.id = QString::fromStdString(child.target.id);
        row.title = child.title;
        row.metric = metricKey(child.target.metric);
        std::tie(row.scopeKind, row.scopeId) = scopeTo(child.target.scope, ids);
        row.periodStart = toSqlDate(child.target.period.first);
        row.periodEnd = toSqlDate(child.target.period.last);
        row.value = child.target.value;
        if (QString::fromStdString(child.target.parentId) != parentId)
            throw StorageError(QStringLiteral("Target %1 is not a child of target %2.")
                                   .arg(quoted(row.title), quoted(parent->title)));
        if (row.metric != parent->metric)
            throw StorageError(QStringLiteral("Target %1 measures %2, but its parent %3 measures %4.")
                                   .arg(quoted(row.title), row.metric, quoted(parent->title), parent->metric));
        const Split childAxis = splitOf(*parent, row);
        if (axis && *axis != childAxis)
            throw StorageError(QStringLiteral("The new children of target %1 split it along different axes (scope, "
                                              "period or both); break it down along one at a time.")
                                   .arg(quoted(parent->title)));
        axis = childAxis;
        if (incomingByCell.contains(cellKey(row)))
            throw StorageError(QStringLiteral("Two new children of target %1 have the same scope and period.")
                                   .arg(quoted(parent->title)));
        incomingByCell.insert(cellKey(row), incoming.size());
        incoming.push_back(std::move(row));
    }

    // The stored children on that axis: matched ones change value, the others go.
    std::vector<std::optional<TargetRow>> matchOf(incoming.size());
    std::vector<TargetRow> removed;
    QStringList refusals;
    for (TargetRow &old : childRows(m_db, parentId)) {
        if (old.metric != parent->metric || splitOf(*parent, old) != *axis)
            continue;
        const auto found = incomingByCell.constFind(cellKey(old));
        const bool deleting = found == incomingByCell.constEnd();
        if (deleting || incoming[*found].value != old.value) {
            const QStringList reasons = obstacles(m_db, old, deleting);
            if (!reasons.isEmpty())
                refusals << quoted(old.title) + QLatin1Char(' ') + reasons.join(QStringLiteral(" and "));
        }
        if (deleting)
            removed.push_back(std::move(old));
        else
            matchOf[*found] = std::move(old);
    }
    if (!refusals.isEmpty())
        throw StorageError(QStringLiteral("Cannot break target %1 down again: %2. Nothing was changed.")
                               .arg(quoted(parent->title), refusals.join(QStringLiteral("; "))));

    const QString now = nowUtc();
    const QString by = signature(actor);
    int changed = 0;
    QSqlQuery method = prepare(m_db,
        QStringLiteral("UPDATE targets SET decomposition_method = ?, updated_at = ? "
                       "WHERE id = ? AND decomposition_method IS NOT ?"));
    std::vector<StoredTarget> inserted;
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        const std::optional<TargetRow> &old = matchOf[i];
        if (!old) {
            inserted.push_back(children[i]);
            continue;
        }
        if (old->value != incoming[i].value) {
            insertRevision(m_db,
                { old->id, old->value, incoming[i].value, RevisionReason::Other, QStringLiteral("Re-decomposed"), by,
                    by, now });
            setValue(old->id, incoming[i].value, now);
            ++changed;
        }
        const QVariant methodKey = textOrNull(children[i].decompositionMethod);
        method.bindValue(0, methodKey);
        method.bindValue(1, now);
        method.bindValue(2, old->id);
        method.bindValue(3, methodKey);
        exec(method);
    }
    // Explicitly, not through ON DELETE CASCADE, so a connection without foreign keys leaves no
    // orphaned revisions either.
    QSqlQuery deleteRevisions = prepare(m_db, QStringLiteral("DELETE FROM target_revisions WHERE target_id = ?"));
    QSqlQuery deleteTarget = prepare(m_db, QStringLiteral("DELETE FROM targets WHERE id = ?"));
    for (const TargetRow &old : removed) {
        deleteRevisions.bindValue(0, old.id);
        exec(deleteRevisions);
        deleteTarget.bindValue(0, old.id);
        exec(deleteTarget);
        ++changed;
    }
    insertRows(inserted, ids, now);
    changed += static_cast<int>(inserted.size());
    transaction.commit();
    return changed;
}

} // namespace attain::storage
