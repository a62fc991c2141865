#include "storage/TargetRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QUuid>

#include <array>
#include <utility>

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

std::optional<StoredTarget> TargetRepository::find(const QString &id, IdMap &ids) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT id, parent_id, metric, scope_kind, scope_id, period_label, "
                       "period_start, period_end, value, title, decomposition_method, "
                       "owner_rep_id FROM targets WHERE id = ?"));
    query.addBindValue(id);
    exec(query);
    if (!query.next())
        return std::nullopt;
    StoredTarget stored;
    engine::Target &target = stored.target;
    target.id = query.value(0).toString().toStdString();
    target.parentId = query.value(1).toString().toStdString();
    const auto metric = engine::metricFromKey(query.value(2).toString().toStdString());
    if (!metric)
        throw StorageError(QStringLiteral("Target %1 has an unknown metric").arg(id));
    target.metric = *metric;
    target.scope = scopeFrom(query.value(3).toString(), query.value(4).toString(), ids);
    target.period = periodFrom(query.value(5).toString(), query.value(6).toString(), query.value(7).toString());
    target.value = query.value(8).toLongLong();
    stored.title = query.value(9).toString();
    stored.decompositionMethod = query.value(10).toString();
    stored.ownerRepId = query.value(11).toString();
    return stored;
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
    const QString revisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery revision = prepare(m_db,
        QStringLiteral("INSERT INTO target_revisions (id, target_id, old_value, new_value, "
                       "reason_category, reason_text, proposed_by, approved_by, status, "
                       "proposed_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    revision.addBindValue(revisionId);
    revision.addBindValue(targetId);
    revision.addBindValue(oldValue);
    revision.addBindValue(static_cast<qlonglong>(change.newValue));
    revision.addBindValue(reasonKey(change.reason));
    revision.addBindValue(change.reasonText);
    revision.addBindValue(change.by);
    revision.addBindValue(change.approve ? QVariant(change.by) : QVariant(QMetaType::fromType<QString>()));
    revision.addBindValue(change.approve ? QStringLiteral("approved") : QStringLiteral("proposed"));
    revision.addBindValue(now);
    revision.addBindValue(change.approve ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
    exec(revision);

    if (change.approve) {
        QSqlQuery update = prepare(m_db, QStringLiteral("UPDATE targets SET value = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(static_cast<qlonglong>(change.newValue));
        update.addBindValue(now);
        update.addBindValue(targetId);
        exec(update);
    }
    transaction.commit();
    return revisionId;
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
