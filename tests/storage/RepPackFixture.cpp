#include "RepPackFixture.h"

#include "storage/pack/PackExport.h"
#include "storage/pack/RepDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace attain::storage::test {

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

void RepPack::run(const QSqlDatabase &db, const QString &sql, const QVariantList &parameters)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
    for (const QVariant &parameter : parameters)
        query.addBindValue(parameter);
    if (!query.exec())
        throw std::runtime_error(QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
}

QVariant RepPack::value(const QSqlDatabase &db, const QString &sql, const QVariantList &parameters)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
    for (const QVariant &parameter : parameters)
        query.addBindValue(parameter);
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query.next() ? query.value(0) : QVariant();
}

void RepPack::SetUp()
{
    auto opened = Database::open(m_folder.path(QStringLiteral("company.attain")), Database::Mode::CreateIfMissing);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    m_manager = std::move(opened.database);
    const QSqlDatabase db = manager();
    const QString region = uuid(1), team = uuid(2), channel = uuid(3), line = uuid(4), group = uuid(5);
    run(db, QStringLiteral("INSERT INTO regions (id, code, name) VALUES (?, 'E', 'East')"), {region});
    run(db, QStringLiteral("INSERT INTO teams (id, code, name, region_id) VALUES (?, 'EAST', 'East team', ?)"), {team, region});
    run(db, QStringLiteral("INSERT INTO channels (id, code, name) VALUES (?, 'DIRECT', 'Direct')"), {channel});
    run(db, QStringLiteral("INSERT INTO product_lines (id, code, name) VALUES (?, 'PUMPS', 'Pumps')"), {line});
    run(db, QStringLiteral("INSERT INTO customer_groups (id, name) VALUES (?, 'Key accounts')"), {group});
    for (const auto &[id, name] : {std::pair{kLi, QStringLiteral("Li Na")}, std::pair{kWang, QStringLiteral("Wang Wei")}})
        run(db, QStringLiteral("INSERT INTO reps (id, team_id, name, role, start_date) VALUES (?, ?, ?, 'rep', '2025-01-01')"),
            {id, team, name});
    run(db, QStringLiteral("INSERT INTO customers (id, name, region_id, group_id) VALUES (?, 'Acme', ?, ?)"), {kAcme, region, group});
    run(db, QStringLiteral("INSERT INTO customers (id, name, region_id) VALUES (?, 'Beta', ?)"), {kBeta, region});
    const QString deal = QStringLiteral(
        "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, region_id, amount_minor, "
        "currency, stage, created_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?)");
    run(db, deal, {kLiDeal, kLi, team, kAcme, channel, line, region, 500000, QStringLiteral("proposal"),
                   QStringLiteral("2026-09-01"), QVariant()});
    run(db, deal, {kWangDeal, kWang, team, kBeta, channel, line, region, 800000, QStringLiteral("won"),
                   QStringLiteral("2026-08-01"), QStringLiteral("2026-10-15")});
    const QString credit = QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES (?, ?, ?)");
    run(db, credit, {kLiDeal, kLi, 7000});
    run(db, credit, {kLiDeal, kWang, 3000});
    run(db, credit, {kWangDeal, kWang, 10000});
    const QString activity = QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, deal_id, type, occurred_on, "
                                            "minutes, outcome, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    run(db, activity, {kLiCall, kLi, kAcme, kLiDeal, QStringLiteral("call"), QStringLiteral("2026-11-02"), 20,
                       QStringLiteral("interested"), QStringLiteral("asked for a quote")});
    run(db, activity, {kLiVisit, kLi, kBeta, QVariant(), QStringLiteral("visit"), QStringLiteral("2026-11-05"), 90,
                       QVariant(), QStringLiteral("plant tour")});
    // Wang's meeting is about Wang's deal; it must stay out of Li's database and pack.
    run(db, activity, {kWangMeeting, kWang, kBeta, kWangDeal, QStringLiteral("meeting"), QStringLiteral("2026-10-10"), 60,
                       QVariant(), QStringLiteral("closing")});
    const QString feedback = QStringLiteral("INSERT INTO feedback (id, customer_id, rep_id, received_on, score, complaint, "
                                            "resolved, notes) VALUES (?, ?, ?, ?, ?, 0, 0, ?)");
    run(db, feedback, {kLiFeedback, kAcme, kLi, QStringLiteral("2026-11-03"), 4, QStringLiteral("quick answers")});
    run(db, feedback, {kWangFeedback, kBeta, kWang, QStringLiteral("2026-10-20"), 5, QString()});
    const QString target = QStringLiteral("INSERT INTO targets (id, parent_id, metric, scope_kind, scope_id, title, "
                                          "period_start, period_end, period_label, value) "
                                          "VALUES (?, ?, 'revenue', ?, ?, ?, '2026-01-01', '2026-12-31', '2026', ?)");
    run(db, target, {uuid(60), QVariant(), QStringLiteral("company"), QVariant(), QStringLiteral("Company 2026"), 9000000});
    run(db, target, {uuid(61), uuid(60), QStringLiteral("rep"), kLi, QStringLiteral("Li 2026"), 3000000});
}

void RepPack::handOut()
{
    m_repPath = m_folder.path(QStringLiteral("li.attain"));
    pack::createRepDatabase(manager(), kLi, m_repPath, m_boss);
    auto opened = Database::open(m_repPath, Database::Mode::OpenExisting);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    m_rep = std::move(opened.database);
}

QString RepPack::exportFromRep()
{
    const QString path = m_folder.path(QStringLiteral("li-%1.attainpack").arg(++m_packs));
    pack::exportPack(rep(), path);
    return path;
}

pack::PackImportResult RepPack::importAs(const QString &path, pack::ConflictChoice choice)
{
    return pack::importPack(manager(), path, m_boss, [choice](const pack::MergeConflict &) { return choice; });
}

} // namespace attain::storage::test
