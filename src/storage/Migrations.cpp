#include "storage/Migrations.h"

#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

namespace attain::storage {

namespace {

// Version 1: organisation, customers, deals with credit splits, activities, feedback and
// targets. Ids are UUID text so that databases from several desktops can be merged.
QStringList version1()
{
    return {
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        QStringLiteral(R"(CREATE TABLE regions (
            id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE channels (
            id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE product_lines (
            id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE teams (
            id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            region_id TEXT REFERENCES regions(id)))"),
        QStringLiteral(R"(CREATE TABLE reps (
            id TEXT PRIMARY KEY, team_id TEXT REFERENCES teams(id), name TEXT NOT NULL,
            email TEXT, role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep')),
            start_date TEXT NOT NULL, end_date TEXT))"),
        QStringLiteral(R"(CREATE TABLE customers (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, region_id TEXT REFERENCES regions(id),
            customer_group TEXT))"),
        QStringLiteral(R"(CREATE TABLE deals (
            id TEXT PRIMARY KEY,
            owner_rep_id TEXT NOT NULL REFERENCES reps(id),
            team_id TEXT REFERENCES teams(id),
            customer_id TEXT REFERENCES customers(id),
            channel_id TEXT REFERENCES channels(id),
            product_line_id TEXT REFERENCES product_lines(id),
            region_id TEXT REFERENCES regions(id),
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            stage TEXT NOT NULL,
            created_on TEXT NOT NULL,
            closed_on TEXT,
            expected_close_on TEXT,
            lost_reason TEXT,
            competitor TEXT,
            CHECK (stage NOT IN ('won', 'lost') OR closed_on IS NOT NULL)))"),
        QStringLiteral(R"(CREATE TABLE deal_credits (
            deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
            rep_id TEXT NOT NULL REFERENCES reps(id),
            basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 1 AND 10000),
            PRIMARY KEY (deal_id, rep_id)))"),
        QStringLiteral(R"(CREATE TABLE activities (
            id TEXT PRIMARY KEY, rep_id TEXT NOT NULL REFERENCES reps(id),
            customer_id TEXT REFERENCES customers(id), deal_id TEXT REFERENCES deals(id),
            type TEXT NOT NULL, occurred_on TEXT NOT NULL, minutes INTEGER NOT NULL DEFAULT 0,
            outcome TEXT, notes TEXT))"),
        QStringLiteral(R"(CREATE TABLE feedback (
            id TEXT PRIMARY KEY, customer_id TEXT REFERENCES customers(id),
            rep_id TEXT REFERENCES reps(id), received_on TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            complaint INTEGER NOT NULL DEFAULT 0, resolved INTEGER NOT NULL DEFAULT 0, notes TEXT))"),
        QStringLiteral(R"(CREATE TABLE targets (
            id TEXT PRIMARY KEY, parent_id TEXT REFERENCES targets(id),
            metric TEXT NOT NULL, scope_kind TEXT NOT NULL, scope_id TEXT, title TEXT NOT NULL,
            period_start TEXT NOT NULL, period_end TEXT NOT NULL, period_label TEXT NOT NULL,
            value INTEGER NOT NULL))"),
        // Won revenue by team and close date is the dashboard's hottest query: covering index.
        QStringLiteral("CREATE INDEX deals_won_by_team ON deals(team_id, closed_on, currency, amount_minor) "
                       "WHERE stage = 'won'"),
        QStringLiteral("CREATE INDEX deals_by_owner ON deals(owner_rep_id, closed_on)"),
        QStringLiteral("CREATE INDEX activities_by_rep ON activities(rep_id, occurred_on)"),
        QStringLiteral("CREATE INDEX feedback_by_customer ON feedback(customer_id, received_on)"),
        QStringLiteral("CREATE INDEX targets_by_scope ON targets(metric, scope_kind, scope_id, period_start)"),
        QStringLiteral("CREATE INDEX targets_by_parent ON targets(parent_id)"),
    };
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> ladder{
        {1, version1()},
    };
    return ladder;
}

int currentSchemaVersion()
{
    return migrations().back().version;
}

void migrate(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = currentSchemaVersion();
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        Transaction transaction(db);
        for (const QString &statement : step.statements)
            execStatement(db, statement);
        execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        transaction.commit();
        spdlog::info("database schema migrated to version {}", step.version);
    }
}

} // namespace attain::storage
