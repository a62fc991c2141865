#include "storage/TargetRepository.h"

#include <algorithm>
#include <array>
#include <utility>

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/TargetRows.h"
#include "storage/Transaction.h"

namespace attain::storage {

using detail::nowUtc;
using detail::textOrEmpty;
using detail::textOrNull;

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
      "END, t.original_value, t.locked, t.locked_by, t.locked_at, t.review_cadence, t.achievability_verdict, "
      "t.achievability_note FROM targets t";

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
    stored.originalValue = query.value(13).toLongLong();
    stored.locked = query.value(14).toInt() != 0;
    stored.lockedBy = query.value(15).toString();
    stored.lockedAt = query.value(16).toString();
    stored.reviewCadence = query.value(17).toString();
    stored.achievabilityVerdict = query.value(18).toString();
    stored.achievabilityNote = query.value(19).toString();
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

std::pair<QString, QString> detail::scopeTo(const engine::Scope &scope, const IdMap &ids)
{
    if (scope.isCompany())
        return { QStringLiteral("company"), {} };
    std::pair<QString, QString> result;
    for (const auto &entry : kScopeKinds) {
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

QString detail::metricKey(engine::MetricId metric)
{
    const std::string_view key = engine::definition(metric).key;
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
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
    insertRows(targets, ids, nowUtc());
    transaction.commit();
}

void TargetRepository::insertRows(const std::vector<StoredTarget> &targets, const IdMap &ids, const QString &now) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("INSERT INTO targets (id, parent_id, metric, scope_kind, scope_id, title, "
                       "period_start, period_end, period_label, value, decomposition_method, "
                       "owner_rep_id, created_at, updated_at, original_value, locked, review_cadence, "
                       "achievability_verdict, achievability_note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    for (const StoredTarget &stored : targets) {
        const engine::Target &target = stored.target;
        const auto [scopeKind, scopeId] = detail::scopeTo(target.scope, ids);
        query.bindValue(0, QString::fromStdString(target.id));
        query.bindValue(1, textOrNull(QString::fromStdString(target.parentId)));
        query.bindValue(2, detail::metricKey(target.metric));
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
        // A new target's original value is the value it is set to now.
        query.bindValue(14, static_cast<qlonglong>(target.value));
        query.bindValue(15, textOrNull(stored.reviewCadence));
        query.bindValue(16, textOrNull(stored.achievabilityVerdict));
        query.bindValue(17, textOrEmpty(stored.achievabilityNote));
        exec(query);
    }
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
