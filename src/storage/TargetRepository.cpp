#include "storage/TargetRepository.h"

#include <algorithm>
#include <array>
#include <utility>

#include <QDateTime>
#include <QUuid>

#include "engine/Decomposition.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace attain::storage {

namespace {

using Kind = IdMap::Kind;

/// scope_kind text ↔ the Scope field it sets. "company" sets none.
struct ScopeKind
{
    const char *key;
    Kind kind;
    engine::Id engine::Scope::*field;
};

constexpr std::array<ScopeKind, 7> kScopeKinds { {
    { "team", Kind::Team, &engine::Scope::team },
    { "rep", Kind::Rep, &engine::Scope::rep },
    { "channel", Kind::Channel, &engine::Scope::channel },
    { "product_line", Kind::ProductLine, &engine::Scope::productLine },
    { "region", Kind::Region, &engine::Scope::region },
    { "customer", Kind::Customer, &engine::Scope::customer },
    { "customer_group", Kind::CustomerGroup, &engine::Scope::customerGroup },
} };

constexpr std::array<std::pair<RevisionReason, const char *>, 4> kReasons { {
    { RevisionReason::MarketChange, "market_change" },
    { RevisionReason::ResourceChange, "resource_change" },
    { RevisionReason::Difficulty, "difficulty" },
    { RevisionReason::Other, "other" },
} };

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

engine::Scope scopeFrom(const QString &kind, const QString &uuid, IdMap &ids)
{
    engine::Scope scope;
    if (kind == QLatin1String("company"))
        return scope;
    for (const ScopeKind &entry : kScopeKinds) {
        if (kind == QLatin1String(entry.key)) {
            scope.*entry.field = ids.add(entry.kind, uuid);
            return scope;
        }
    }
    throw StorageError(QStringLiteral("Unknown target scope kind: %1").arg(kind));
}

/// The (scope_kind, scope_id) of an engine scope; schema 2 stores one field per target.
std::pair<QString, QString> scopeTo(const engine::Scope &scope, const IdMap &ids)
{
    if (scope.isCompany())
        return { QStringLiteral("company"), {} };
    std::pair<QString, QString> result;
    for (const ScopeKind &entry : kScopeKinds) {
        const engine::Id id = scope.*entry.field;
        if (id == engine::kNoId)
            continue;
        if (!result.first.isEmpty())
            throw StorageError(QStringLiteral("A target scope combining several fields cannot be stored yet"));
        const QString uuid = ids.uuid(entry.kind, id);
        if (uuid.isEmpty())
            throw StorageError(
                QStringLiteral("Target scope %1 #%2 is not a known record").arg(QLatin1String(entry.key)).arg(id));
        result = { QLatin1String(entry.key), uuid };
    }
    return result;
}

engine::Period periodFrom(const QString &label, const QString &start, const QString &end)
{
    if (const auto period = engine::Period::parse(label.toStdString()))
        return *period;
    const auto first = engine::parseIsoDate(start.toStdString());
    const auto last = engine::parseIsoDate(end.toStdString());
    if (first && last)
        if (const auto period = engine::Period::custom(*first, *last))
            return *period;
    throw StorageError(QStringLiteral("Invalid target period: %1 (%2 … %3)").arg(label, start, end));
}

/// The columns readStored() reads, with the scope's display name looked up by kind.
constexpr const char *kStoredColumns
    = "SELECT t.id, t.parent_id, t.metric, t.scope_kind, t.scope_id, t.period_label, t.period_start, "
      "t.period_end, t.value, t.title, t.decomposition_method, t.owner_rep_id, "
      "CASE t.scope_kind "
      "WHEN 'team' THEN (SELECT name FROM teams WHERE id = t.scope_id) "
      "WHEN 'rep' THEN (SELECT name FROM reps WHERE id = t.scope_id) "
      "WHEN 'channel' THEN (SELECT name FROM channels WHERE id = t.scope_id) "
      "WHEN 'product_line' THEN (SELECT name FROM product_lines WHERE id = t.scope_id) "
      "WHEN 'region' THEN (SELECT name FROM regions WHERE id = t.scope_id) "
      "WHEN 'customer' THEN (SELECT name FROM customers WHERE id = t.scope_id) "
      "WHEN 'customer_group' THEN (SELECT name FROM customer_groups WHERE id = t.scope_id) "
      "END FROM targets t";

StoredTarget readStored(const QSqlQuery &query, IdMap &ids)
{
    StoredTarget stored;
    engine::Target &target = stored.target;
    target.id = query.value(0).toString().toStdString();
    target.parentId = query.value(1).toString().toStdString();
    const auto metric = engine::metricFromKey(query.value(2).toString().toStdString());
    if (!metric)
        throw StorageError(QStringLiteral("Target %1 has an unknown metric: %2")
                               .arg(query.value(0).toString(), query.value(2).toString()));
    target.metric = *metric;
    target.scope = scopeFrom(query.value(3).toString(), query.value(4).toString(), ids);
    target.period = periodFrom(query.value(5).toString(), query.value(6).toString(), query.value(7).toString());
    target.value = query.value(8).toLongLong();
    stored.title = query.value(9).toString();
    stored.decompositionMethod = query.value(10).toString();
    stored.ownerRepId = query.value(11).toString();
    stored.scopeName = query.value(12).toString();
    return stored;
}

} // namespace

QString reasonKey(RevisionReason reason)
{
    for (const auto &[value, key] : kReasons)
        if (value == reason)
            return QLatin1String(key);
    return QStringLiteral("other");
}

std::optional<RevisionReason> reasonFromKey(const QString &key)
{
    for (const auto &[value, text] : kReasons)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

std::vector<engine::Target> TargetRepository::loadAll(IdMap &ids) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT id, parent_id, metric, scope_kind, scope_id, period_label, "
                       "period_start, period_end, value FROM targets "
                       "ORDER BY parent_id IS NOT NULL, period_start, id"));
    exec(query);
    std::vector<engine::Target> targets;
    while (query.next()) {
        engine::Target target;
        target.id = query.value(0).toString().toStdString();
        target.parentId = query.value(1).toString().toStdString();
        const QString metric = query.value(2).toString();
        const auto id = engine::metricFromKey(metric.toStdString());
        if (!id)
            throw StorageError(
                QStringLiteral("Target %1 has an unknown metric: %2").arg(query.value(0).toString(), metric));
        target.metric = *id;
        target.scope = scopeFrom(query.value(3).toString(), query.value(4).toString(), ids);
        target.period = periodFrom(query.value(5).toString(), query.value(6).toString(), query.value(7).toString());
        target.value = query.value(8).toLongLong();
        targets.push_back(std::move(target));
    }
    return targets;
}

std::vector<StoredTarget> TargetRepository::loadStored(IdMap &ids) const
{
    QSqlQuery query = prepare(m_db,
        QLatin1String(kStoredColumns) + QStringLiteral(" ORDER BY t.parent_id IS NOT NULL, t.period_start, t.id"));
    exec(query);
    std::vector<StoredTarget> result;
    while (query.next())
        result.push_back(readStored(query, ids));
    return result;
}

std::optional<StoredTarget> TargetRepository::find(const QString &id, IdMap &ids) const
{
    QSqlQuery query = prepare(m_db, QLatin1String(kStoredColumns) + QStringLiteral(" WHERE t.id = ?"));
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    return readStored(query, ids);
}

void TargetRepository::insert(const std::vector<StoredTarget> &targets, const IdMap &ids)
{
    Transaction transaction(m_db);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("INSERT INTO targets (id, parent_id, metric, scope_kind, scope_id, title, "
                       "period_start, period_end, period_label, value, decomposition_method, "
                       "owner_rep_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtc();
    for (const StoredTarget &stored : targets) {
        const engine::Target &target = stored.target;
        const auto [scopeKind, scopeId] = scopeTo(target.scope, ids);
        query.bindValue(0, QString::fromStdString(target.id));
        query.bindValue(1, textOrNull(QString::fromStdString(target.parentId)));
        query.bindValue(2,
            QString::fromUtf8(engine::definition(target.metric).key.data(),
                static_cast<qsizetype>(engine::definition(target.metric).key.size())));
        query.bindValue(3, scopeKind);
        query.bindValue(4, textOrNull(scopeId));
        query.bindValue(5, stored.title);
        query.bindValue(6, toSqlDate(target.period.first));
        query.bindValue(7, toSqlDate(target.period.last));
        query.bindValue(8, QString::fromStdString(target.period.label()));
        query.bindValue(9, static_cast<qlonglong>(target.value));
        query.bindValue(10, textOrNull(stored.decompositionMethod));
        query.bindValue(11, textOrNull(stored.ownerRepId));
        query.bindValue(12, now);
        query.bindValue(13, now);
        exec(query);
    }
    transaction.commit();
}

/// Who and why, carried down to the children a value change re-spreads.
struct TargetRepository::Applied
{
    RevisionReason reason = RevisionReason::Other;
    QString reasonText, proposedBy, approvedBy, now;
};

namespace {

/// Inserts one revision; an empty `approvedBy` leaves it proposed.
QString insertRevision(const QSqlDatabase &db, const QString &targetId, qlonglong oldValue, qlonglong newValue,
    RevisionReason reason, const QString &reasonText, const QString &proposedBy, const QString &approvedBy,
    const QString &now)
{
    const QString revisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery revision = prepare(db,
        QStringLiteral("INSERT INTO target_revisions (id, target_id, old_value, new_value, "
                       "reason_category, reason_text, proposed_by, approved_by, status, "
                       "proposed_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool approved = !approvedBy.isEmpty();
    revision.addBindValue(revisionId);
    revision.addBindValue(targetId);
    revision.addBindValue(oldValue);
    revision.addBindValue(newValue);
    revision.addBindValue(reasonKey(reason));
    revision.addBindValue(reasonText);
    revision.addBindValue(proposedBy);
    revision.addBindValue(textOrNull(approvedBy));
    revision.addBindValue(approved ? QStringLiteral("approved") : QStringLiteral("proposed"));
    revision.addBindValue(now);
    revision.addBindValue(approved ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
    exec(revision);
    return revisionId;
}

/// How a child narrows its parent, as engine::TargetTree::axisOf() tells (without needing the
/// rep → team table): the same scope is a time split, the same period a scope split.
enum class Axis { Time, Scope, Both };

} // namespace

QString TargetRepository::updateValue(const QString &targetId, const ValueChange &change)
{
    Transaction transaction(m_db);
    QSqlQuery current = prepare(m_db, QStringLiteral("SELECT value FROM targets WHERE id = ?"));
    current.addBindValue(targetId);
    exec(current);
    if (!current.next())
        throw StorageError(QStringLiteral("No target with id %1").arg(targetId));
    const qlonglong oldValue = current.value(0).toLongLong();

    const QString now = nowUtc();
    const QString approver = change.approve ? (change.by.isEmpty() ? QStringLiteral("?") : change.by) : QString();
    const QString revisionId = insertRevision(
        m_db, targetId, oldValue, change.newValue, change.reason, change.reasonText, change.by, approver, now);
    if (change.approve) {
        setValue(targetId, change.newValue, now);
        respreadChildren(targetId, change.newValue, { change.reason, change.reasonText, change.by, approver, now });
    }
    transaction.commit();
    return revisionId;
}

int TargetRepository::decideRevision(const QString &revisionId, bool approve, const QString &approver)
{
    Transaction transaction(m_db);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT target_id, new_value, status, reason_category, reason_text, proposed_by "
                       "FROM target_revisions WHERE id = ?"));
    query.addBindValue(revisionId);
    exec(query);
    if (!query.next())
        throw StorageError(QStringLiteral("No revision with id %1").arg(revisionId));
    if (query.value(2).toString() != QLatin1String("proposed"))
        throw StorageError(QStringLiteral("Revision %1 was already %2").arg(revisionId, query.value(2).toString()));
    const QString targetId = query.value(0).toString();
    const qint64 newValue = query.value(1).toLongLong();
    const QString now = nowUtc();
    // approved_by names whoever decided, so a rejection is attributed too.
    const QString decidedBy = approver.isEmpty() ? QStringLiteral("?") : approver;

    QSqlQuery decide = prepare(
        m_db, QStringLiteral("UPDATE target_revisions SET status = ?, decided_at = ?, approved_by = ? WHERE id = ?"));
    decide.addBindValue(approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
    decide.addBindValue(now);
    decide.addBindValue(decidedBy);
    decide.addBindValue(revisionId);
    exec(decide);

    int changed = 0;
    if (approve) {
        setValue(targetId, newValue, now);
        const Applied applied { reasonFromKey(query.value(3).toString()).value_or(RevisionReason::Other),
            query.value(4).toString(), query.value(5).toString(), decidedBy, now };
        changed = respreadChildren(targetId, newValue, applied);
    }
    transaction.commit();
    return changed;
}

void TargetRepository::setValue(const QString &targetId, std::int64_t value, const QString &now) const
{
    QSqlQuery update = prepare(m_db, QStringLiteral("UPDATE targets SET value = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(static_cast<qlonglong>(value));
    update.addBindValue(now);
    update.addBindValue(targetId);
    exec(update);
}

int TargetRepository::respreadChildren(const QString &parentId, std::int64_t newValue, const Applied &applied) const
{
    QSqlQuery parent = prepare(m_db,
        QStringLiteral("SELECT metric, scope_kind, IFNULL(scope_id, ''), period_start, period_end "
                       "FROM targets WHERE id = ?"));
    parent.addBindValue(parentId);
    exec(parent);
    if (!parent.next())
        return 0;
    const QString metric = parent.value(0).toString();
    const auto metricId = engine::metricFromKey(metric.toStdString());
    // Ratio and average metrics do not split into their children: each carries its own value.
    if (!metricId || engine::definition(*metricId).aggregation != engine::Aggregation::Sum)
        return 0;

    struct Child
    {
        QString id;
        qint64 value = 0;
    };
    std::array<std::vector<Child>, 3> byAxis;
    QSqlQuery children = prepare(m_db,
        QStringLiteral("SELECT id, metric, scope_kind, IFNULL(scope_id, ''), period_start, period_end, value "
                       "FROM targets WHERE parent_id = ? ORDER BY rowid"));
    children.addBindValue(parentId);
    exec(children);
    while (children.next()) {
        if (children.value(1).toString() != metric)
            continue;
        const bool sameScope = children.value(2) == parent.value(1) && children.value(3) == parent.value(2);
        const bool samePeriod = children.value(4) == parent.value(3) && children.value(5) == parent.value(4);
        const Axis axis = sameScope ? Axis::Time : samePeriod ? Axis::Scope : Axis::Both;
        byAxis[static_cast<std::size_t>(axis)].push_back(
            { children.value(0).toString(), children.value(6).toLongLong() });
    }

    int changed = 0;
    for (const std::vector<Child> &group : byAxis) {
        if (group.empty())
            continue;
        std::vector<std::int64_t> weights;
        for (const Child &child : group)
            weights.push_back(child.value);
        // A negative child (planned returns) has no meaningful share: leave such a split alone
        // and let the mismatch report show it.
        if (std::any_of(weights.begin(), weights.end(), [](std::int64_t w) { return w < 0; }))
            continue;
        engine::SplitResult split = engine::splitByWeights(newValue, weights);
        if (!split.ok())
            split = engine::splitEqually(newValue, group.size());
        if (!split.ok())
            continue;
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (split.values[i] == group[i].value)
                continue;
            insertRevision(m_db, group[i].id, group[i].value, split.values[i], applied.reason, applied.reasonText,
                applied.proposedBy, applied.approvedBy, applied.now);
            setValue(group[i].id, split.values[i], applied.now);
            changed += 1 + respreadChildren(group[i].id, split.values[i], applied);
        }
    }
    return changed;
}

QHash<QString, int> TargetRepository::pendingRevisionCounts() const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral(
            "SELECT target_id, count(*) FROM target_revisions WHERE status = 'proposed' GROUP BY target_id"));
    exec(query);
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

std::vector<TargetRevision> TargetRepository::revisions(const QString &targetId) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT id, target_id, old_value, new_value, reason_category, reason_text, "
                       "proposed_by, approved_by, status, proposed_at, decided_at "
                       "FROM target_revisions WHERE target_id = ? ORDER BY proposed_at, rowid"));
    query.addBindValue(targetId);
    exec(query);
    std::vector<TargetRevision> result;
    while (query.next()) {
        TargetRevision revision;
        revision.id = query.value(0).toString();
        revision.targetId = query.value(1).toString();
        revision.oldValue = query.value(2).toLongLong();
        revision.newValue = query.value(3).toLongLong();
        revision.reason = reasonFromKey(query.value(4).toString()).value_or(RevisionReason::Other);
        revision.reasonText = query.value(5).toString();
        revision.proposedBy = query.value(6).toString();
        revision.approvedBy = query.value(7).toString();
        revision.status = query.value(8).toString();
        revision.proposedAt = query.value(9).toString();
        revision.decidedAt = query.value(10).toString();
        result.push_back(std::move(revision));
    }
    return result;
}

} // namespace attain::storage
