#include "TargetFixture.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageError.h"

namespace attain::storage::test {

QString refusalOf(const std::function<void()> &command)
{
    try {
        command();
    } catch (const StorageError &error) {
        return error.message();
    }
    ADD_FAILURE() << "the command was not refused";
    return {};
}

void TargetTree::SetUp()
{
    auto opened = Database::open(m_folder.path(QStringLiteral("targets.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    m_database = std::move(opened.database);
    execStatement(db(), QStringLiteral("INSERT INTO teams (id, code, name) VALUES ('t1', 'E', 'East'), "
                                       "('t2', 'W', 'West'), ('t3', 'N', 'North')"));
    execStatement(db(), QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES "
                                       "('r1', 't1', 'Li', 'rep', '2020-01-01'), "
                                       "('r2', 't1', 'Wang', 'rep', '2020-01-01'), "
                                       "('r3', 't2', 'Zhao', 'rep', '2020-01-01')"));
    const engine::Period year = engine::Period::year(2026);
    repository().insert({make(QStringLiteral("C"), {}, {}, year, 1000, QStringLiteral("Company 2026")),
                         make(QStringLiteral("E"), QStringLiteral("C"), team(QStringLiteral("t1")), year, 500,
                              QStringLiteral("East 2026")),
                         make(QStringLiteral("W"), QStringLiteral("C"), team(QStringLiteral("t2")), year, 300,
                              QStringLiteral("West 2026")),
                         make(QStringLiteral("N"), QStringLiteral("C"), team(QStringLiteral("t3")), year, 200,
                              QStringLiteral("North 2026")),
                         make(QStringLiteral("R1"), QStringLiteral("E"), rep(QStringLiteral("r1")), year, 300,
                              QStringLiteral("Li 2026"), QStringLiteral("r1")),
                         make(QStringLiteral("R2"), QStringLiteral("E"), rep(QStringLiteral("r2")), year, 200,
                              QStringLiteral("Wang 2026"), QStringLiteral("r2")),
                         make(QStringLiteral("R3"), QStringLiteral("W"), rep(QStringLiteral("r3")), year, 300,
                              QStringLiteral("Zhao 2026"), QStringLiteral("r3")),
                         make(QStringLiteral("K"), {}, team(QStringLiteral("t1")), year, 80,
                              QStringLiteral("Li's key accounts 2026"), QStringLiteral("r1"))},
                        m_ids);
}

qlonglong TargetTree::value(const QString &id) const
{
    QSqlQuery query = prepare(db(), QStringLiteral("SELECT value FROM targets WHERE id = ?"));
    query.addBindValue(id);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

qlonglong TargetTree::number(const QString &sql, const QString &parameter) const
{
    QSqlQuery query = prepare(db(), sql);
    query.addBindValue(parameter);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

StoredTarget TargetTree::make(const QString &id, const QString &parent, engine::Scope scope, engine::Period period,
                              std::int64_t value, const QString &title, const QString &owner)
{
    StoredTarget stored;
    stored.target.id = id.toStdString();
    stored.target.parentId = parent.toStdString();
    stored.target.metric = engine::MetricId::Revenue;
    stored.target.scope = scope;
    stored.target.period = period;
    stored.target.value = value;
    stored.title = title;
    stored.ownerRepId = owner;
    return stored;
}

engine::Scope TargetTree::team(const QString &uuid)
{
    engine::Scope scope;
    scope.team = m_ids.add(IdMap::Kind::Team, uuid);
    return scope;
}

engine::Scope TargetTree::rep(const QString &uuid)
{
    engine::Scope scope;
    scope.rep = m_ids.add(IdMap::Kind::Rep, uuid);
    return scope;
}

} // namespace attain::storage::test
