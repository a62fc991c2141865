#include "storage/DemoWriter.h"

#include "storage/SqlHelpers.h"

#include <QUuid>

namespace attain::storage {

namespace {

const QUuid kDemoGroupNamespace(QStringLiteral("6f1c2d7e-3a4b-4c5d-8e9f-a0b1c2d3e4f5"));

QVariant textOrNull(const std::string &text)
{
    return text.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(fromUtf8(text));
}

} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &db, Progress progress)
    : m_db(db)
    , m_progress(std::move(progress))
    , m_region(prepare(db, QStringLiteral("INSERT INTO regions (id, code, name) VALUES (?, ?, ?)")))
    , m_channel(prepare(db, QStringLiteral("INSERT INTO channels (id, code, name) VALUES (?, ?, ?)")))
    , m_productLine(prepare(db, QStringLiteral("INSERT INTO product_lines (id, code, name) VALUES (?, ?, ?)")))
    , m_team(prepare(db, QStringLiteral("INSERT INTO teams (id, code, name, region_id) VALUES (?, ?, ?, ?)")))
    , m_rep(prepare(db, QStringLiteral("INSERT INTO reps (id, team_id, name, email, role, start_date) "
                                       "VALUES (?, ?, ?, ?, ?, ?)")))
    , m_group(prepare(db, QStringLiteral("INSERT INTO customer_groups (id, name) VALUES (?, ?) "
                                         "ON CONFLICT (name) DO NOTHING")))
    , m_customer(prepare(db, QStringLiteral("INSERT INTO customers (id, name, region_id, group_id) "
                                            "VALUES (?, ?, ?, (SELECT id FROM customer_groups WHERE name = ?))")))
    , m_deal(prepare(db, QStringLiteral(
                             "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, "
                             "product_line_id, region_id, amount_minor, currency, stage, created_on, closed_on, "
                             "expected_close_on, lost_reason, competitor) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_credit(prepare(db, QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES (?, ?, ?)")))
    , m_activity(prepare(db, QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, type, occurred_on, "
                                            "minutes, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)")))
    , m_feedback(prepare(db, QStringLiteral("INSERT INTO feedback (id, customer_id, rep_id, received_on, score, "
                                            "complaint, resolved) VALUES (?, ?, ?, ?, ?, ?, ?)")))
    , m_target(prepare(db, QStringLiteral("INSERT INTO targets (id, parent_id, metric, scope_kind, scope_id, title, "
                                          "period_start, period_end, period_label, value) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{
}

void DemoWriter::region(const engine::demo::Region &r)
{
    m_region.bindValue(0, fromUtf8(r.id));
    m_region.bindValue(1, fromUtf8(r.code));
    m_region.bindValue(2, fromUtf8(r.name));
    exec(m_region);
}

void DemoWriter::channel(const engine::demo::Channel &c)
{
    m_channel.bindValue(0, fromUtf8(c.id));
    m_channel.bindValue(1, fromUtf8(c.code));
    m_channel.bindValue(2, fromUtf8(c.name));
    exec(m_channel);
}

void DemoWriter::productLine(const engine::demo::ProductLine &p)
{
    m_productLine.bindValue(0, fromUtf8(p.id));
    m_productLine.bindValue(1, fromUtf8(p.code));
    m_productLine.bindValue(2, fromUtf8(p.name));
    exec(m_productLine);
}

void DemoWriter::team(const engine::demo::Team &t)
{
    m_team.bindValue(0, fromUtf8(t.id));
    m_team.bindValue(1, fromUtf8(t.code));
    m_team.bindValue(2, fromUtf8(t.name));
    m_team.bindValue(3, fromUtf8(t.regionId));
    exec(m_team);
}

void DemoWriter::rep(const engine::demo::Rep &r)
{
    m_rep.bindValue(0, fromUtf8(r.id));
    m_rep.bindValue(1, fromUtf8(r.teamId));
    m_rep.bindValue(2, fromUtf8(r.name));
    m_rep.bindValue(3, fromUtf8(r.email));
    m_rep.bindValue(4, fromUtf8(r.role));
    m_rep.bindValue(5, toSqlDate(r.startDate));
    exec(m_rep);
}

void DemoWriter::customer(const engine::demo::Customer &c)
{
    if (!c.group.empty()) {
        // A name-based UUID keeps demo databases identical for the same seed.
        m_group.bindValue(0, QUuid::createUuidV5(kDemoGroupNamespace, fromUtf8(c.group)).toString(QUuid::WithoutBraces));
        m_group.bindValue(1, fromUtf8(c.group));
        exec(m_group);
    }
    m_customer.bindValue(0, fromUtf8(c.id));
    m_customer.bindValue(1, fromUtf8(c.name));
    m_customer.bindValue(2, fromUtf8(c.regionId));
    m_customer.bindValue(3, textOrNull(c.group));
    exec(m_customer);
}

void DemoWriter::deal(const engine::demo::Deal &d)
{
    m_deal.bindValue(0, fromUtf8(d.id));
    m_deal.bindValue(1, fromUtf8(d.ownerRepId));
    m_deal.bindValue(2, fromUtf8(d.teamId));
    m_deal.bindValue(3, fromUtf8(d.customerId));
    m_deal.bindValue(4, fromUtf8(d.channelId));
    m_deal.bindValue(5, fromUtf8(d.productLineId));
    m_deal.bindValue(6, fromUtf8(d.regionId));
    m_deal.bindValue(7, static_cast<qlonglong>(d.amountMinor));
    m_deal.bindValue(8, fromUtf8(d.currency));
    m_deal.bindValue(9, fromUtf8(d.stage));
    m_deal.bindValue(10, toSqlDate(d.createdOn));
    m_deal.bindValue(11, toSqlDate(d.closedOn));
    m_deal.bindValue(12, toSqlDate(d.expectedCloseOn));
    m_deal.bindValue(13, textOrNull(d.lostReason));
    m_deal.bindValue(14, textOrNull(d.competitor));
    exec(m_deal);
    ++m_deals;
}

void DemoWriter::dealCredit(const engine::demo::DealCredit &c)
{
    m_credit.bindValue(0, fromUtf8(c.dealId));
    m_credit.bindValue(1, fromUtf8(c.repId));
    m_credit.bindValue(2, c.basisPoints);
    exec(m_credit);
}

void DemoWriter::activity(const engine::demo::Activity &a)
{
    m_activity.bindValue(0, fromUtf8(a.id));
    m_activity.bindValue(1, fromUtf8(a.repId));
    m_activity.bindValue(2, fromUtf8(a.customerId));
    m_activity.bindValue(3, fromUtf8(a.type));
    m_activity.bindValue(4, toSqlDate(a.on));
    m_activity.bindValue(5, a.minutes);
    m_activity.bindValue(6, fromUtf8(a.outcome));
    exec(m_activity);
}

void DemoWriter::feedback(const engine::demo::Feedback &f)
{
    m_feedback.bindValue(0, fromUtf8(f.id));
    m_feedback.bindValue(1, fromUtf8(f.customerId));
    m_feedback.bindValue(2, fromUtf8(f.repId));
    m_feedback.bindValue(3, toSqlDate(f.on));
    m_feedback.bindValue(4, f.score);
    m_feedback.bindValue(5, f.complaint ? 1 : 0);
    m_feedback.bindValue(6, f.resolved ? 1 : 0);
    exec(m_feedback);
}

void DemoWriter::target(const engine::demo::Target &t)
{
    m_target.bindValue(0, fromUtf8(t.id));
    m_target.bindValue(1, textOrNull(t.parentId));
    m_target.bindValue(2, fromUtf8(t.metric));
    m_target.bindValue(3, fromUtf8(t.scopeKind));
    m_target.bindValue(4, textOrNull(t.scopeId));
    m_target.bindValue(5, fromUtf8(t.title));
    m_target.bindValue(6, toSqlDate(t.period.first));
    m_target.bindValue(7, toSqlDate(t.period.last));
    m_target.bindValue(8, QString::fromStdString(t.period.label()));
    m_target.bindValue(9, static_cast<qlonglong>(t.value));
    exec(m_target);
}

bool DemoWriter::progress(std::int64_t done, std::int64_t total)
{
    return !m_progress || m_progress(done, total);
}

} // namespace attain::storage
