#pragma once

#include "engine/DemoGenerator.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace attain::storage {

/// Writes generated demo records into an open database with prepared, bound statements.
/// The caller owns the transaction.
class DemoWriter final : public engine::demo::Sink
{
public:
    /// Return false from `progress` to cancel.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

    DemoWriter(const QSqlDatabase &db, Progress progress);

    void region(const engine::demo::Region &) override;
    void channel(const engine::demo::Channel &) override;
    void productLine(const engine::demo::ProductLine &) override;
    void team(const engine::demo::Team &) override;
    void rep(const engine::demo::Rep &) override;
    void customer(const engine::demo::Customer &) override;
    void deal(const engine::demo::Deal &) override;
    void dealCredit(const engine::demo::DealCredit &) override;
    void activity(const engine::demo::Activity &) override;
    void feedback(const engine::demo::Feedback &) override;
    void target(const engine::demo::Target &) override;
    bool progress(std::int64_t done, std::int64_t total) override;

    [[nodiscard]] std::int64_t dealCount() const { return m_deals; }

private:
    QSqlDatabase m_db;
    Progress m_progress;
    QSqlQuery m_region, m_channel, m_productLine, m_team, m_rep, m_group, m_customer, m_deal, m_credit,
        m_activity, m_feedback, m_target;
    std::int64_t m_deals = 0;
};

} // namespace attain::storage
