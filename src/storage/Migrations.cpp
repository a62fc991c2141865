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


// Version 2: what the mission's capabilities need beyond sales records. Customer groups become
// rows (customers.customer_group text → customer_groups + customers.group_id), so a group can be
// a target's scope; exchange rates, market figures, target audit trail, reviews with action
// items, incentive plans, scorecards and training records.
QStringList version2()
{
    // A random version-4 UUID in SQL, for rows a migration creates (ids stay UUID text).
    const QString uuid = QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' "
        "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' "
        "|| hex(randomblob(6)))");
    return {
        QStringLiteral(R"(CREATE TABLE customer_groups (
            id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE))"),
        QStringLiteral("INSERT INTO customer_groups (id, name) SELECT %1, customer_group FROM "
                       "(SELECT DISTINCT customer_group FROM customers "
                       "WHERE customer_group IS NOT NULL AND customer_group <> '' ORDER BY customer_group)")
            .arg(uuid),
        QStringLiteral("ALTER TABLE customers ADD COLUMN group_id TEXT REFERENCES customer_groups(id)"),
        QStringLiteral("UPDATE customers SET group_id = "
                       "(SELECT g.id FROM customer_groups g WHERE g.name = customers.customer_group)"),
        QStringLiteral("ALTER TABLE customers DROP COLUMN customer_group"),
        QStringLiteral("CREATE INDEX customers_by_group ON customers(group_id)"),
        QStringLiteral(R"(CREATE TABLE exchange_rates (
            from_currency TEXT NOT NULL CHECK (length(from_currency) = 3),
            to_currency TEXT NOT NULL CHECK (length(to_currency) = 3),
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            rate_e8 INTEGER NOT NULL CHECK (rate_e8 > 0),
            PRIMARY KEY (from_currency, to_currency, month)))"),
        QStringLiteral(R"(CREATE TABLE market_figures (
            id TEXT PRIMARY KEY, region_id TEXT REFERENCES regions(id),
            product_line_id TEXT REFERENCES product_lines(id),
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            market_size_minor INTEGER NOT NULL CHECK (market_size_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            competitor TEXT, competitor_sales_minor INTEGER))"),
        QStringLiteral("CREATE INDEX market_figures_by_month ON market_figures(month, region_id, product_line_id)"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN decomposition_method TEXT CHECK (decomposition_method IN "
                       "('equal', 'history', 'seasonality', 'manual'))"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN owner_rep_id TEXT REFERENCES reps(id)"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN created_at TEXT"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN updated_at TEXT"),
        QStringLiteral("UPDATE targets SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                       "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"),
        // The audit trail of target adjustments (mission #8): every version of a value stays.
        QStringLiteral(R"(CREATE TABLE target_revisions (
            id TEXT PRIMARY KEY,
            target_id TEXT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
            old_value INTEGER NOT NULL, new_value INTEGER NOT NULL,
            reason_category TEXT NOT NULL
                CHECK (reason_category IN ('market_change', 'resource_change', 'difficulty', 'other')),
            reason_text TEXT NOT NULL DEFAULT '',
            proposed_by TEXT NOT NULL, approved_by TEXT,
            status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
            proposed_at TEXT NOT NULL, decided_at TEXT,
            CHECK (status = 'proposed' OR decided_at IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX target_revisions_by_target ON target_revisions(target_id, proposed_at)"),
        QStringLiteral(R"(CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('team_meeting', 'one_on_one', 'periodic')),
            held_on TEXT NOT NULL, team_id TEXT REFERENCES teams(id), rep_id TEXT REFERENCES reps(id),
            notes TEXT NOT NULL DEFAULT '', decisions TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX reviews_by_date ON reviews(held_on)"),
        QStringLiteral(R"(CREATE TABLE action_items (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            target_id TEXT REFERENCES targets(id), owner_rep_id TEXT REFERENCES reps(id),
            text TEXT NOT NULL, due_on TEXT, done_at TEXT))"),
        QStringLiteral("CREATE INDEX action_items_by_review ON action_items(review_id)"),
        QStringLiteral("CREATE INDEX action_items_open_by_owner ON action_items(owner_rep_id, due_on) "
                       "WHERE done_at IS NULL"),
        QStringLiteral(R"(CREATE TABLE incentive_plans (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, metric TEXT NOT NULL, period_label TEXT NOT NULL,
            threshold_bp INTEGER NOT NULL DEFAULT 0 CHECK (threshold_bp >= 0),
            cap_bp INTEGER CHECK (cap_bp IS NULL OR cap_bp >= threshold_bp),
            tiers_json TEXT NOT NULL DEFAULT '[]'))"),
        QStringLiteral(R"(CREATE TABLE scorecards (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, period_label TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE scorecard_items (
            scorecard_id TEXT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            weight_bp INTEGER NOT NULL CHECK (weight_bp BETWEEN 0 AND 10000),
            target_value INTEGER NOT NULL,
            PRIMARY KEY (scorecard_id, metric)))"),
        QStringLiteral(R"(CREATE TABLE training_records (
            id TEXT PRIMARY KEY, rep_id TEXT NOT NULL REFERENCES reps(id), title TEXT NOT NULL,
            held_on TEXT NOT NULL, hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            kpi_gap_metric TEXT, notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX training_by_rep ON training_records(rep_id, held_on)"),
        // Dashboards filter deals by close date across all teams (trend, leaderboard, breakdowns)
        // and join activities to deals (activities per deal, sales cycle).
        QStringLiteral("CREATE INDEX deals_by_close ON deals(closed_on, stage)"),
        QStringLiteral("CREATE INDEX deals_by_customer ON deals(customer_id, closed_on)"),
        QStringLiteral("CREATE INDEX deal_credits_by_rep ON deal_credits(rep_id)"),
        QStringLiteral("CREATE INDEX activities_by_deal ON activities(deal_id)"),
    };
}

// Version 3: what a target keeps beyond its value (issue 6): the value it was first set to,
// a manager's lock, how often it is reviewed and the achievability verdict it was set under.
QStringList version3()
{
    return {
        // SQLite adds a NOT NULL column only with a constant default, and no constant is a sound
        // original value: rows that other writers insert without naming the column (demo data,
        // CSV import) would silently get it. Rebuilding `targets` to declare NOT NULL would drop
        // a table that revisions cascade from. So the column stays nullable and is NOT NULL in
        // practice: the backfill below fills every existing row, an insert that leaves it NULL
        // gets the inserted value, and an update to NULL is refused.
        QStringLiteral("ALTER TABLE targets ADD COLUMN original_value INTEGER"),
        // The first approved change's old value is what the target was set to before any change.
        QStringLiteral("UPDATE targets SET original_value = coalesce("
                       "(SELECT r.old_value FROM target_revisions r "
                       "WHERE r.target_id = targets.id AND r.status = 'approved' "
                       "ORDER BY r.decided_at, r.rowid LIMIT 1), value)"),
        QStringLiteral(R"(CREATE TRIGGER targets_original_value_on_insert AFTER INSERT ON targets
            WHEN NEW.original_value IS NULL
            BEGIN UPDATE targets SET original_value = NEW.value WHERE id = NEW.id; END)"),
        QStringLiteral(R"(CREATE TRIGGER targets_original_value_not_null BEFORE UPDATE OF original_value ON targets
            WHEN NEW.original_value IS NULL
            BEGIN SELECT RAISE(ABORT, 'targets.original_value cannot be NULL'); END)"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN locked_by TEXT"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN locked_at TEXT"),
        // NULL: no cadence chosen.
        QStringLiteral("ALTER TABLE targets ADD COLUMN review_cadence TEXT CHECK (review_cadence IN "
                       "('weekly', 'biweekly', 'monthly', 'quarterly'))"),
        // The engine's verdict key when the target was set, and the reason the user gave when
        // accepting an unrealistic or too-low verdict. No CHECK on the key: the engine owns that
        // list, and a verdict it adds should not need a migration.
        QStringLiteral("ALTER TABLE targets ADD COLUMN achievability_verdict TEXT"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN achievability_note TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 4: pre-aggregated facts for the dashboard (docs/data-formats.md, "Dashboard data"),
// so that a dashboard over millions of deals reads thousands of rows. Every fact is derived
// from deals, deal_credits, activities, feedback and customers: triggers record what changed
// in facts_dirty, and DashboardFacts::refresh() rebuilds those months and customers inside the
// writer's transaction. Key columns hold '' for "none" so that they can be primary keys. Daily
// rows hold the sums from the month's first day (every day from a key's first deal of the
// month to its end), so part of a month is two rows per key rather than one per day.
QStringList version4()
{
    // The same sums for whole deals (counted once) and for reps' credit shares (× basis points).
    const QString dealSums = QStringLiteral(
        "revenue_minor INTEGER NOT NULL, won_amount_minor INTEGER NOT NULL, won_count INTEGER NOT NULL, "
        "lost_count INTEGER NOT NULL, cycle_days INTEGER NOT NULL, new_customers INTEGER NOT NULL");
    const QString repSums
        = QStringLiteral("revenue_bp INTEGER NOT NULL, won_amount_bp INTEGER NOT NULL, won_bp INTEGER NOT NULL, "
                         "lost_bp INTEGER NOT NULL, cycle_days_bp INTEGER NOT NULL, new_customers_bp INTEGER NOT NULL");
    const QString dealKeys = QStringLiteral(
        "team_id TEXT NOT NULL, channel_id TEXT NOT NULL, product_line_id TEXT NOT NULL, region_id TEXT NOT NULL, "
        "currency TEXT NOT NULL");
    const QString dealKeyList = QStringLiteral("team_id, channel_id, product_line_id, region_id, currency");
    // A deal's close month and (when won) its customer: the facts that depend on it.
    const auto dealDirt = [](const char *row) {
        return QStringLiteral(
            "INSERT OR IGNORE INTO facts_dirty (kind, key) SELECT 'deals_month', substr(%1.closed_on, 1, 7) "
            "WHERE %1.closed_on IS NOT NULL; "
            "INSERT OR IGNORE INTO facts_dirty (kind, key) SELECT 'customer', %1.customer_id "
            "WHERE %1.customer_id IS NOT NULL AND %1.stage = 'won'; ")
            .arg(QLatin1String(row));
    };
    // A share changes its deal's month and, for a won deal, its customer's purchases by rep.
    const auto creditDirt = [](const char *row) {
        return QStringLiteral("INSERT OR IGNORE INTO facts_dirty (kind, key) SELECT 'deals_month', "
                              "substr(closed_on, 1, 7) FROM deals WHERE id = %1.deal_id AND closed_on IS NOT NULL; "
                              "INSERT OR IGNORE INTO facts_dirty (kind, key) SELECT 'customer', customer_id "
                              "FROM deals WHERE id = %1.deal_id AND customer_id IS NOT NULL AND stage = 'won'; ")
            .arg(QLatin1String(row));
    };
    const auto activityDirt = [](const char *row, const char *column) {
        return QStringLiteral("INSERT OR IGNORE INTO facts_dirty (kind, key) VALUES ('activity_month', "
                              "substr(%1.%2, 1, 7)); ")
            .arg(QLatin1String(row), QLatin1String(column));
    };
    return {
        QStringLiteral("CREATE TABLE deal_facts_daily (day TEXT NOT NULL, %1, %2, PRIMARY KEY (day, %3)) WITHOUT ROWID")
            .arg(dealKeys, dealSums, dealKeyList),
        QStringLiteral("CREATE TABLE deal_facts_monthly (month TEXT NOT NULL, %1, %2, PRIMARY KEY (month, %3)) "
                       "WITHOUT ROWID")
            .arg(dealKeys, dealSums, dealKeyList),
        QStringLiteral("CREATE TABLE rep_facts_daily (day TEXT NOT NULL, rep_id TEXT NOT NULL, team_id TEXT NOT NULL, "
                       "currency TEXT NOT NULL, %1, PRIMARY KEY (day, rep_id, team_id, currency)) WITHOUT ROWID")
            .arg(repSums),
        QStringLiteral("CREATE TABLE rep_facts_monthly (month TEXT NOT NULL, rep_id TEXT NOT NULL, "
                       "team_id TEXT NOT NULL, currency TEXT NOT NULL, %1, "
                       "PRIMARY KEY (month, rep_id, team_id, currency)) WITHOUT ROWID")
            .arg(repSums),
        // A rep's credit shares by channel, product line and region: a rep combined with them, or
        // a breakdown by rep within them (whole months; the days of partial months come from deals).
        QStringLiteral("CREATE TABLE rep_market_facts_monthly (month TEXT NOT NULL, rep_id TEXT NOT NULL, "
                       "team_id TEXT NOT NULL, channel_id TEXT NOT NULL, product_line_id TEXT NOT NULL, "
                       "region_id TEXT NOT NULL, currency TEXT NOT NULL, %1, PRIMARY KEY (month, rep_id, team_id, "
                       "channel_id, product_line_id, region_id, currency)) WITHOUT ROWID")
            .arg(repSums),
        // A rep's shares of closed deals by close date: a rep's deals of a few days are read without
        // looking up every deal the rep ever shared (deal_credits has no date). A refresh deletes
        // a month's rows by scanning the table (a few hundred thousand short rows).
        QStringLiteral(R"(CREATE TABLE deal_credit_days (
            rep_id TEXT NOT NULL, closed_on TEXT NOT NULL, deal_id TEXT NOT NULL, basis_points INTEGER NOT NULL,
            PRIMARY KEY (rep_id, closed_on, deal_id)) WITHOUT ROWID)"),
        // One rep's days and months without reading every rep's.
        QStringLiteral("CREATE INDEX rep_facts_daily_by_rep ON rep_facts_daily(rep_id, day)"),
        QStringLiteral("CREATE INDEX rep_facts_monthly_by_rep ON rep_facts_monthly(rep_id, month)"),
        // Activities and feedback by the rep who logged them and the customer's region; a rep's
        // team is joined when queried, so moving a rep to another team needs no rebuild.
        QStringLiteral(R"(CREATE TABLE activity_facts_monthly (
            month TEXT NOT NULL, rep_id TEXT NOT NULL, region_id TEXT NOT NULL,
            activities INTEGER NOT NULL, feedback_score_sum INTEGER NOT NULL, feedback_count INTEGER NOT NULL,
            PRIMARY KEY (month, rep_id, region_id)) WITHOUT ROWID)"),
        // Each customer's first won deal (new customers), ties broken by rowid as the engine does.
        QStringLiteral(R"(CREATE TABLE customer_first_wins (
            customer_id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, closed_on TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral("CREATE UNIQUE INDEX customer_first_wins_by_deal ON customer_first_wins(deal_id)"),
        // Retention: the days each customer bought on, per company, rep credited, team, channel,
        // product line, region and pair of those four (scope_id "first|second"): the first day
        // (days since 1970) and the rest as a bitmap or as gaps (storage::PurchaseDays).
        QStringLiteral(R"(CREATE TABLE customer_purchase_days (
            scope_kind TEXT NOT NULL CHECK (scope_kind IN ('company', 'rep', 'team', 'channel', 'product_line',
                'region', 'team_channel', 'team_product_line', 'team_region', 'channel_product_line',
                'channel_region', 'product_line_region')),
            scope_id TEXT NOT NULL, customer_id TEXT NOT NULL, first_day INTEGER NOT NULL, days BLOB NOT NULL,
            PRIMARY KEY (scope_kind, scope_id, customer_id)) WITHOUT ROWID)"),
        // What changed since the facts were built: 'deals_month' and 'activity_month' (YYYY-MM),
        // 'customer' (id), or 'all'.
        QStringLiteral(R"(CREATE TABLE facts_dirty (
            kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID)"),
        // Partial months of activities and feedback are read from the records by day.
        QStringLiteral("CREATE INDEX activities_by_day ON activities(occurred_on, rep_id, customer_id)"),
        QStringLiteral("CREATE INDEX feedback_by_day ON feedback(received_on, rep_id, customer_id, score)"),
        QStringLiteral("CREATE TRIGGER deals_facts_insert AFTER INSERT ON deals BEGIN %1END").arg(dealDirt("NEW")),
        QStringLiteral("CREATE TRIGGER deals_facts_update AFTER UPDATE ON deals BEGIN %1%2END")
            .arg(dealDirt("OLD"), dealDirt("NEW")),
        QStringLiteral("CREATE TRIGGER deals_facts_delete AFTER DELETE ON deals BEGIN %1END").arg(dealDirt("OLD")),
        QStringLiteral("CREATE TRIGGER deal_credits_facts_insert AFTER INSERT ON deal_credits BEGIN %1END")
            .arg(creditDirt("NEW")),
        QStringLiteral("CREATE TRIGGER deal_credits_facts_update AFTER UPDATE ON deal_credits BEGIN %1%2END")
            .arg(creditDirt("OLD"), creditDirt("NEW")),
        QStringLiteral("CREATE TRIGGER deal_credits_facts_delete AFTER DELETE ON deal_credits BEGIN %1END")
            .arg(creditDirt("OLD")),
        QStringLiteral("CREATE TRIGGER activities_facts_insert AFTER INSERT ON activities BEGIN %1END")
            .arg(activityDirt("NEW", "occurred_on")),
        QStringLiteral("CREATE TRIGGER activities_facts_update AFTER UPDATE ON activities BEGIN %1%2END")
            .arg(activityDirt("OLD", "occurred_on"), activityDirt("NEW", "occurred_on")),
        QStringLiteral("CREATE TRIGGER activities_facts_delete AFTER DELETE ON activities BEGIN %1END")
            .arg(activityDirt("OLD", "occurred_on")),
        QStringLiteral("CREATE TRIGGER feedback_facts_insert AFTER INSERT ON feedback BEGIN %1END")
            .arg(activityDirt("NEW", "received_on")),
        QStringLiteral("CREATE TRIGGER feedback_facts_update AFTER UPDATE ON feedback BEGIN %1%2END")
            .arg(activityDirt("OLD", "received_on"), activityDirt("NEW", "received_on")),
        QStringLiteral("CREATE TRIGGER feedback_facts_delete AFTER DELETE ON feedback BEGIN %1END")
            .arg(activityDirt("OLD", "received_on")),
        // A customer's region keys its activities and feedback.
        QStringLiteral("CREATE TRIGGER customers_facts_region AFTER UPDATE OF region_id ON customers "
                       "WHEN OLD.region_id IS NOT NEW.region_id BEGIN "
                       "INSERT OR IGNORE INTO facts_dirty (kind, key) SELECT DISTINCT 'activity_month', "
                       "substr(occurred_on, 1, 7) FROM activities WHERE customer_id = NEW.id; "
                       "INSERT OR IGNORE INTO facts_dirty (kind, key) SELECT DISTINCT 'activity_month', "
                       "substr(received_on, 1, 7) FROM feedback WHERE customer_id = NEW.id; END"),
        // Existing files: everything is built by the first open after this migration.
        QStringLiteral("INSERT INTO facts_dirty (kind, key) VALUES ('all', '')"),
    };
}

// Version 5: the continuous side of target management (issue 8). Reviews gain a title, an
// agenda from their template and a scheduled/held state; action items an explicit status (open
// items carry over to the next review of the same scope until closed). Activities, deals and
// feedback record when they were last edited, and complaints how they were resolved. Workload
// norms are per activity type ('' = all types together). A rep's data pack is merged against
// the version last merged from it (sync_base), conflicts keep both sides (merge_conflicts), and
// a file can remember that it is one rep's personal database (file_settings).
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE reviews ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE reviews ADD COLUMN agenda TEXT NOT NULL DEFAULT ''"),
        // Reviews written before version 5 were records of meetings already held.
        QStringLiteral("ALTER TABLE reviews ADD COLUMN status TEXT NOT NULL DEFAULT 'held' "
                       "CHECK (status IN ('scheduled', 'held'))"),
        QStringLiteral("ALTER TABLE reviews ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE reviews ADD COLUMN updated_at TEXT"),
        // The previous reviews of a scope (team, rep or neither = company) by date.
        QStringLiteral("CREATE INDEX reviews_by_scope ON reviews(team_id, rep_id, held_on)"),
        QStringLiteral("ALTER TABLE action_items ADD COLUMN status TEXT NOT NULL DEFAULT 'open' "
                       "CHECK (status IN ('open', 'in_progress', 'done', 'dropped'))"),
        QStringLiteral("UPDATE action_items SET status = 'done' WHERE done_at IS NOT NULL"),
        QStringLiteral("ALTER TABLE action_items ADD COLUMN created_on TEXT"),
        QStringLiteral("UPDATE action_items SET created_on = "
                       "(SELECT r.held_on FROM reviews r WHERE r.id = action_items.review_id)"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN updated_at TEXT"),
        QStringLiteral("ALTER TABLE deals ADD COLUMN updated_at TEXT"),
        QStringLiteral("ALTER TABLE feedback ADD COLUMN resolution TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE feedback ADD COLUMN resolved_on TEXT"),
        QStringLiteral("ALTER TABLE feedback ADD COLUMN updated_at TEXT"),
        QStringLiteral("CREATE INDEX feedback_by_rep ON feedback(rep_id, received_on)"),
        QStringLiteral(R"(CREATE TABLE workload_norms (
            activity_type TEXT PRIMARY KEY,
            weekly_count INTEGER NOT NULL CHECK (weekly_count >= 0),
            weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes >= 0)))"),
        // A starting norm a manager adjusts: about two customer touches a day and a day's time.
        QStringLiteral("INSERT INTO workload_norms (activity_type, weekly_count, weekly_minutes) VALUES "
                       "('', 10, 480)"),
        QStringLiteral(R"(CREATE TABLE sync_base (
            record_kind TEXT NOT NULL CHECK (record_kind IN ('activity', 'deal', 'feedback')),
            record_id TEXT NOT NULL, source_rep_id TEXT NOT NULL, content_hash TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            PRIMARY KEY (record_kind, record_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE merge_conflicts (
            id TEXT PRIMARY KEY,
            record_kind TEXT NOT NULL CHECK (record_kind IN ('activity', 'deal', 'feedback')),
            record_id TEXT NOT NULL, pack_id TEXT NOT NULL,
            local_json TEXT NOT NULL, incoming_json TEXT NOT NULL,
            resolution TEXT NOT NULL CHECK (resolution IN ('kept_local', 'took_incoming')),
            resolved_by TEXT NOT NULL, resolved_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE pack_imports (
            pack_id TEXT PRIMARY KEY, rep_id TEXT NOT NULL, exported_at TEXT NOT NULL,
            imported_at TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '',
            inserted INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE file_settings (
            key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)"),
    };
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> ladder{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
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
