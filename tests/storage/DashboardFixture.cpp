#include "DashboardFixture.h"

#include "engine/Date.h"
#include "storage/DashboardFacts.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <set>

namespace attain::storage::test {

namespace {

void run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        execStatement(db, sql);
}

QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QStringList result;
    QSqlQuery query = prepare(db, sql);
    exec(query);
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        result << fields.join(QLatin1Char('|'));
    }
    return result;
}

// Whole deals and credit-weighted deals, recomputed from the records: each customer's first
// win by a window function, a deal's credits by a join.
const char *const kFirstWins
    = "WITH firsts AS (SELECT id, customer_id, closed_on FROM (SELECT id, customer_id, closed_on, "
      "row_number() OVER (PARTITION BY customer_id ORDER BY closed_on, rowid) AS n FROM deals "
      "WHERE stage = 'won' AND amount_minor > 0 AND customer_id IS NOT NULL) WHERE n = 1) ";

QString dealFacts(const char *time)
{
    return QStringLiteral(
        "%1SELECT %2, coalesce(team_id, ''), coalesce(channel_id, ''), coalesce(product_line_id, ''), "
        "coalesce(region_id, ''), currency, "
        "sum(CASE WHEN stage = 'won' THEN amount_minor ELSE 0 END), "
        "sum(CASE WHEN stage = 'won' AND amount_minor >= 0 THEN amount_minor ELSE 0 END), "
        "sum(stage = 'won' AND amount_minor >= 0), sum(stage = 'lost'), "
        "sum(CASE WHEN stage = 'won' AND amount_minor >= 0 "
        "    THEN CAST(julianday(closed_on) - julianday(created_on) AS INTEGER) ELSE 0 END), "
        "sum(stage = 'won' AND amount_minor >= 0 AND id IN (SELECT id FROM firsts)) "
        "FROM deals WHERE stage IN ('won', 'lost') GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6")
        .arg(QLatin1String(kFirstWins), QLatin1String(time));
}

QString repFacts(const char *time)
{
    return QStringLiteral(
        "%1SELECT %2, coalesce(c.rep_id, d.owner_rep_id), coalesce(d.team_id, ''), d.currency, "
        "sum(CASE WHEN d.stage = 'won' THEN d.amount_minor * coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 "
        "    THEN d.amount_minor * coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 THEN coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'lost' THEN coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 THEN CAST(julianday(d.closed_on) - "
        "    julianday(d.created_on) AS INTEGER) * coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 AND d.id IN (SELECT id FROM firsts) "
        "    THEN coalesce(c.basis_points, 10000) ELSE 0 END) "
        "FROM deals d LEFT JOIN deal_credits c ON c.deal_id = d.id WHERE d.stage IN ('won', 'lost') "
        "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
        .arg(QLatin1String(kFirstWins), QLatin1String(time));
}

QString repMarketFacts()
{
    return QStringLiteral(
        "%1SELECT substr(d.closed_on, 1, 7), coalesce(c.rep_id, d.owner_rep_id), coalesce(d.team_id, ''), "
        "coalesce(d.channel_id, ''), coalesce(d.product_line_id, ''), coalesce(d.region_id, ''), d.currency, "
        "sum(CASE WHEN d.stage = 'won' THEN d.amount_minor * coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 "
        "    THEN d.amount_minor * coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 THEN coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'lost' THEN coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 THEN CAST(julianday(d.closed_on) - "
        "    julianday(d.created_on) AS INTEGER) * coalesce(c.basis_points, 10000) ELSE 0 END), "
        "sum(CASE WHEN d.stage = 'won' AND d.amount_minor >= 0 AND d.id IN (SELECT id FROM firsts) "
        "    THEN coalesce(c.basis_points, 10000) ELSE 0 END) "
        "FROM deals d LEFT JOIN deal_credits c ON c.deal_id = d.id WHERE d.stage IN ('won', 'lost') "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7")
        .arg(QLatin1String(kFirstWins));
}

/// customer_purchase_days decoded to "kind|scope|customer|day,day,…".
QStringList decodedPurchaseDays(const QSqlDatabase &db)
{
    QStringList result;
    QSqlQuery query = prepare(db,
        QStringLiteral("SELECT scope_kind, scope_id, customer_id, first_day, days "
                       "FROM customer_purchase_days ORDER BY 1, 2, 3"));
    exec(query);
    while (query.next()) {
        const QByteArray encoded = query.value(4).toByteArray();
        const int first = query.value(3).toInt();
        std::vector<int> numbers { first };
        if (!encoded.isEmpty() && encoded[0] == 0) { // a bitmap of the days after the first
            for (int bit = 0; bit < (encoded.size() - 1) * 8; ++bit)
                if ((static_cast<unsigned char>(encoded[1 + bit / 8]) >> (bit % 8)) & 1u)
                    numbers.push_back(first + 1 + bit);
        } else { // gaps as LEB128 varints
            int day = first, gap = 0, shift = 0;
            for (int i = 1; i < encoded.size(); ++i) {
                const auto byte = static_cast<unsigned char>(encoded[i]);
                gap |= (byte & 0x7F) << shift;
                shift += 7;
                if ((byte & 0x80) == 0) {
                    day += gap;
                    numbers.push_back(day);
                    gap = shift = 0;
                }
            }
        }
        QStringList days;
        for (int number : numbers)
            days << QString::fromStdString(engine::toIsoString(engine::fromDayNumber(number)));
        result << QStringList { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            days.join(QLatin1Char(',')) }
                      .join(QLatin1Char('|'));
    }
    return result;
}

QStringList expectedPurchaseDays(const QSqlDatabase &db)
{
    const QString purchases = QStringLiteral("FROM deals WHERE stage = 'won' AND amount_minor > 0 "
                                             "AND customer_id IS NOT NULL");
    QStringList parts;
    parts << QStringLiteral("SELECT 'company' AS k, '' AS s, customer_id AS c, closed_on AS d %1").arg(purchases);
    for (const char *kind : { "team", "channel", "product_line", "region" })
        parts << QStringLiteral("SELECT '%1', %1_id, customer_id, closed_on %2 AND %1_id IS NOT NULL")
                     .arg(QLatin1String(kind), purchases);
    const QStringList dimensions { QStringLiteral("team"), QStringLiteral("channel"), QStringLiteral("product_line"),
        QStringLiteral("region") };
    for (qsizetype a = 0; a < dimensions.size(); ++a)
        for (qsizetype b = a + 1; b < dimensions.size(); ++b)
            parts << QStringLiteral("SELECT '%1_%2', %1_id || '|' || %2_id, customer_id, closed_on %3 "
                                    "AND %1_id IS NOT NULL AND %2_id IS NOT NULL")
                         .arg(dimensions[a], dimensions[b], purchases);
    parts << QStringLiteral("SELECT 'rep', coalesce(c.rep_id, d.owner_rep_id), d.customer_id, d.closed_on FROM deals d "
                            "LEFT JOIN deal_credits c ON c.deal_id = d.id WHERE d.stage = 'won' AND d.amount_minor > 0 "
                            "AND d.customer_id IS NOT NULL");
    return rows(db,
        QStringLiteral("SELECT k, s, c, group_concat(d, ',') FROM (SELECT DISTINCT * FROM (%1) "
                       "ORDER BY 1, 2, 3, 4) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
            .arg(parts.join(QStringLiteral(" UNION ALL "))));
}

} // namespace

void seedDashboardFixture(const QSqlDatabase &db)
{
    Transaction transaction(db);
    run(db,
        {
            QStringLiteral("INSERT INTO regions (id, code, name) VALUES ('g-east', 'EAST', 'East'), "
                           "('g-west', 'WEST', 'West')"),
            QStringLiteral(
                "INSERT INTO teams (id, code, name, region_id) VALUES ('t-east', 'EAST', 'East team', 'g-east'), "
                "('t-west', 'WEST', 'West team', 'g-west')"),
            QStringLiteral("INSERT INTO channels (id, code, name) VALUES ('ch-direct', 'direct', 'Direct'), "
                           "('ch-online', 'online', 'Online')"),
            QStringLiteral("INSERT INTO product_lines (id, code, name) VALUES ('p-cloud', 'cloud', 'Cloud'), "
                           "('p-hw', 'hw', 'Hardware')"),
            QStringLiteral("INSERT INTO reps (id, team_id, name, email, role, start_date) VALUES "
                           "('r-ann', 't-east', 'Ann', 'ann@example.com', 'rep', '2024-01-01'), "
                           "('r-bo', 't-east', 'Bo', 'bo@example.com', 'rep', '2024-01-01'), "
                           "('r-cy', 't-west', 'Cy', 'cy@example.com', 'rep', '2024-01-01')"),
            QStringLiteral("INSERT INTO customers (id, name, region_id) VALUES ('c1', 'C1', 'g-east'), "
                           "('c2', 'C2', 'g-east'), ('c3', 'C3', 'g-west'), ('c4', 'C4', 'g-west')"),
            // id, owner, team, customer, channel, product line, region, amount, currency, stage, created, closed
            QStringLiteral(
                "INSERT INTO deals (id, owner_rep_id, team_id, customer_id, channel_id, product_line_id, region_id, "
                "amount_minor, currency, stage, created_on, closed_on) VALUES "
                "('d20', 'r-ann', 't-east', 'c1', 'ch-direct', 'p-cloud', 'g-east', 4000000, 'CNY', 'won', "
                "'2025-09-10', '2025-09-15'), "
                "('d01', 'r-ann', 't-east', 'c1', 'ch-direct', 'p-cloud', 'g-east', 10000000, 'CNY', 'won', "
                "'2026-03-01', '2026-03-20'), "
                "('d02', 'r-ann', 't-east', 'c1', 'ch-direct', 'p-cloud', 'g-east', 5000000, 'CNY', 'won', "
                "'2026-04-01', '2026-04-10'), "
                "('d03', 'r-bo', 't-east', 'c2', 'ch-online', 'p-hw', 'g-east', 20000000, 'CNY', 'won', '2026-04-05', "
                "'2026-05-05'), "
                "('d04', 'r-ann', 't-east', 'c2', 'ch-direct', 'p-hw', 'g-east', 8000000, 'CNY', 'lost', '2026-04-01', "
                "'2026-05-12'), "
                "('d05', 'r-cy', 't-west', 'c3', 'ch-online', 'p-cloud', 'g-west', 30000000, 'CNY', 'won', "
                "'2026-05-01', '2026-06-15'), "
                "('d06', 'r-cy', 't-west', 'c3', 'ch-online', 'p-cloud', 'g-west', -2000000, 'CNY', 'won', "
                "'2026-06-01', '2026-06-20'), "
                "('d07', 'r-bo', 't-east', 'c1', 'ch-direct', 'p-cloud', 'g-east', 12000000, 'CNY', 'won', "
                "'2026-06-01', '2026-07-03'), "
                "('d08', 'r-ann', 't-east', 'c1', 'ch-online', 'p-hw', 'g-east', 1000000, 'USD', 'won', '2026-07-01', "
                "'2026-07-15'), "
                "('d09', 'r-cy', 't-west', 'c4', 'ch-direct', 'p-hw', 'g-west', 15000000, 'CNY', 'won', '2026-07-10', "
                "'2026-08-01'), "
                "('d10', 'r-cy', 't-west', 'c4', 'ch-direct', 'p-hw', 'g-west', 6000000, 'CNY', 'lost', '2026-07-10', "
                "'2026-08-20'), "
                "('d11', 'r-bo', 't-east', 'c2', 'ch-online', 'p-hw', 'g-east', 9000000, 'CNY', 'won', '2026-08-01', "
                "'2026-08-25'), "
                "('d12', 'r-ann', 't-east', 'c1', 'ch-direct', 'p-cloud', 'g-east', 7000000, 'CNY', 'won', "
                "'2026-08-28', '2026-09-02'), "
                "('d13', 'r-cy', 't-west', 'c3', 'ch-online', 'p-cloud', 'g-west', 11000000, 'CNY', 'won', "
                "'2026-09-01', '2026-09-10'), "
                "('d14', 'r-bo', 't-east', 'c2', 'ch-direct', 'p-cloud', 'g-east', 4000000, 'CNY', 'proposal', "
                "'2026-09-01', NULL), "
                "('d15', 'r-ann', 't-east', NULL, 'ch-direct', 'p-cloud', 'g-east', 3000000, 'CNY', 'won', "
                "'2026-09-15', '2026-09-20'), "
                "('d16', 'r-ann', 't-east', 'c1', 'ch-direct', 'p-cloud', 'g-east', 2500000, 'CNY', 'lost', "
                "'2026-09-01', '2026-09-21'), "
                "('d17', 'r-cy', 't-west', 'c4', NULL, NULL, 'g-west', 4500000, 'CNY', 'won', '2026-09-05', "
                "'2026-09-25'), "
                "('d18', 'r-bo', 't-east', 'c2', 'ch-direct', 'p-cloud', 'g-east', 5500000, 'CNY', 'won', "
                "'2026-10-01', '2026-10-05'), "
                "('d19', 'r-ann', 't-east', 'c4', 'ch-direct', 'p-cloud', 'g-east', 500000, 'CNY', 'won', "
                "'2026-07-20', '2026-08-01')"),
            QStringLiteral("INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES ('d07', 'r-bo', 6000), "
                           "('d07', 'r-ann', 4000), ('d13', 'r-cy', 5000), ('d13', 'r-bo', 5000)"),
            QStringLiteral("INSERT INTO exchange_rates (from_currency, to_currency, month, rate_e8) VALUES "
                           "('USD', 'CNY', '2026-07', 710000000)"),
            QStringLiteral("INSERT INTO activities (id, rep_id, customer_id, type, occurred_on) VALUES "
                           "('a1', 'r-ann', 'c1', 'call', '2026-07-02'), ('a2', 'r-ann', 'c2', 'visit', '2026-08-15'), "
                           "('a3', 'r-bo', 'c2', 'call', '2026-08-16'), ('a4', 'r-cy', 'c3', 'call', '2026-09-01'), "
                           "('a5', 'r-cy', NULL, 'email', '2026-09-03'), ('a6', 'r-bo', 'c3', 'demo', '2026-09-28'), "
                           "('a7', 'r-ann', 'c1', 'call', '2026-04-10'), ('a8', 'r-cy', 'c4', 'call', '2026-06-30')"),
            QStringLiteral("INSERT INTO feedback (id, customer_id, rep_id, received_on, score) VALUES "
                           "('f1', 'c1', 'r-ann', '2026-07-20', 5), ('f2', 'c2', 'r-bo', '2026-08-10', 3), "
                           "('f3', 'c3', 'r-cy', '2026-09-12', 4), ('f4', 'c4', NULL, '2026-09-13', 2), "
                           "('f5', 'c1', 'r-ann', '2026-05-02', 4)"),
            QStringLiteral(
                "INSERT INTO market_figures (id, region_id, product_line_id, month, market_size_minor, currency) "
                "VALUES ('m1', NULL, NULL, '2026-07', 500000000, 'CNY'), "
                "('m2', NULL, NULL, '2026-08', 600000000, 'CNY'), ('m3', NULL, NULL, '2026-09', 620000000, 'CNY'), "
                "('m4', 'g-east', NULL, '2026-09', 300000000, 'CNY'), ('m5', NULL, NULL, '2026-06', 90000000, 'USD'), "
                "('m6', NULL, NULL, '2026-04', 400000000, 'CNY'), ('m7', NULL, NULL, '2026-05', 450000000, 'CNY'), "
                "('m8', NULL, NULL, '2026-06', 480000000, 'CNY')"),
            // metric, scope kind, scope id, start, end, value
            QStringLiteral(
                "INSERT INTO targets (id, metric, scope_kind, scope_id, title, period_start, period_end, period_label, "
                "value) VALUES "
                "('tg1', 'revenue', 'company', NULL, 'Company 2026', '2026-01-01', '2026-12-31', '2026', 365000000), "
                "('tg2', 'revenue', 'team', 't-east', 'East Q3', '2026-07-01', '2026-09-30', '2026Q3', 30000000), "
                "('tg3', 'revenue', 'team', 't-west', 'West 2026', '2026-01-01', '2026-12-31', '2026', 73000000), "
                "('tg4', 'revenue', 'rep', 'r-ann', 'Ann Q3', '2026-07-01', '2026-09-30', '2026Q3', 12000000), "
                "('tg5', 'revenue', 'rep', 'r-bo', 'Bo 2026-07', '2026-07-01', '2026-07-31', '2026-07', 8000000), "
                "('tg6', 'revenue', 'rep', 'r-bo', 'Bo 2026-08', '2026-08-01', '2026-08-31', '2026-08', 8000000), "
                "('tg7', 'revenue', 'rep', 'r-bo', 'Bo 2026-09', '2026-09-01', '2026-09-30', '2026-09', 9000000), "
                "('tg8', 'deals_won', 'company', NULL, 'Deals Q3', '2026-07-01', '2026-09-30', '2026Q3', 1000), "
                "('tg9', 'conversion_rate', 'company', NULL, 'Conversion 2026', '2026-01-01', '2026-12-31', '2026', "
                "7000), "
                "('tg10', 'revenue', 'company', NULL, 'Company 2026Q2', '2026-04-01', '2026-06-30', '2026Q2', "
                "60000000)"),
        });
    DashboardFacts(db).refresh();
    transaction.commit();
}

/// Daily facts are cumulative within their month; their day-by-day increments (days with a
/// deal) are what the direct computation gives per day.
QString dailyIncrements(const char *table, const char *keys, const QStringList &sums)
{
    QStringList increments, nonZero;
    for (const QString &column : sums) {
        increments << QStringLiteral("%1 - coalesce(lag(%1) OVER w, 0) AS %1").arg(column);
        nonZero << QStringLiteral("%1 <> 0").arg(column);
    }
    return QStringLiteral("SELECT * FROM (SELECT day, %1, %2 FROM %3 WINDOW w AS (PARTITION BY %1, substr(day, 1, 7) "
                          "ORDER BY day)) WHERE %4 ORDER BY 1, %1")
        .arg(QLatin1String(keys), increments.join(QStringLiteral(", ")), QLatin1String(table),
            nonZero.join(QStringLiteral(" OR ")));
}

/// Keys and months whose daily rows do not run without a gap from their first day to the month's end.
QString dailyGaps(const char *table, const char *keys)
{
    return QStringLiteral(
        "SELECT %1, substr(day, 1, 7), count(*), min(day), max(day) FROM %2 GROUP BY %1, substr(day, 1, 7) "
        "HAVING count(*) <> julianday(max(day)) - julianday(min(day)) + 1 "
        "OR max(day) <> date(min(day), 'start of month', '+1 month', '-1 day')")
        .arg(QLatin1String(keys), QLatin1String(table));
}

std::vector<FactsComparison> compareFacts(const QSqlDatabase &db)
{
    std::vector<FactsComparison> comparisons;
    const auto add = [&](const char *table, const QString &factsSql, const QString &expectedSql) {
        comparisons.push_back({ QLatin1String(table), rows(db, factsSql), rows(db, expectedSql) });
    };
    const char *dealKeys = "team_id, channel_id, product_line_id, region_id, currency";
    const char *repKeys = "rep_id, team_id, currency";
    add("deal_facts_daily",
        dailyIncrements("deal_facts_daily", dealKeys,
            { QStringLiteral("revenue_minor"), QStringLiteral("won_amount_minor"), QStringLiteral("won_count"),
                QStringLiteral("lost_count"), QStringLiteral("cycle_days"), QStringLiteral("new_customers") }),
        dealFacts("closed_on"));
    add("deal_facts_daily gaps", dailyGaps("deal_facts_daily", dealKeys), QStringLiteral("SELECT 1 WHERE 0"));
    add("deal_facts_monthly", QStringLiteral("SELECT * FROM deal_facts_monthly ORDER BY 1, 2, 3, 4, 5, 6"),
        dealFacts("substr(closed_on, 1, 7)"));
    add("rep_facts_daily",
        dailyIncrements("rep_facts_daily", repKeys,
            { QStringLiteral("revenue_bp"), QStringLiteral("won_amount_bp"), QStringLiteral("won_bp"),
                QStringLiteral("lost_bp"), QStringLiteral("cycle_days_bp"), QStringLiteral("new_customers_bp") }),
        repFacts("d.closed_on"));
    add("rep_facts_daily gaps", dailyGaps("rep_facts_daily", repKeys), QStringLiteral("SELECT 1 WHERE 0"));
    add("rep_facts_monthly", QStringLiteral("SELECT * FROM rep_facts_monthly ORDER BY 1, 2, 3, 4"),
        repFacts("substr(d.closed_on, 1, 7)"));
    add("rep_market_facts_monthly",
        QStringLiteral("SELECT * FROM rep_market_facts_monthly ORDER BY 1, 2, 3, 4, 5, 6, 7"), repMarketFacts());
    add("deal_credit_days", QStringLiteral("SELECT * FROM deal_credit_days ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT c.rep_id, d.closed_on, d.id, c.basis_points FROM deal_credits c JOIN deals d "
                       "ON d.id = c.deal_id WHERE d.stage IN ('won', 'lost') ORDER BY 1, 2, 3"));
    add("customer_first_wins", QStringLiteral("SELECT * FROM customer_first_wins ORDER BY 1"),
        QStringLiteral("%1SELECT customer_id, id, closed_on FROM firsts ORDER BY 1").arg(QLatin1String(kFirstWins)));
    add("activity_facts_monthly", QStringLiteral("SELECT * FROM activity_facts_monthly ORDER BY 1, 2, 3"),
        QStringLiteral(
            "SELECT m, r, g, sum(a), sum(s), sum(n) FROM ("
            "SELECT substr(x.occurred_on, 1, 7) AS m, x.rep_id AS r, coalesce(c.region_id, '') AS g, "
            "1 AS a, 0 AS s, 0 AS n FROM activities x LEFT JOIN customers c ON c.id = x.customer_id "
            "UNION ALL SELECT substr(x.received_on, 1, 7), coalesce(x.rep_id, ''), coalesce(c.region_id, ''), "
            "0, x.score, 1 FROM feedback x LEFT JOIN customers c ON c.id = x.customer_id) "
            "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
    comparisons.push_back(
        { QStringLiteral("customer_purchase_days"), decodedPurchaseDays(db), expectedPurchaseDays(db) });
    return comparisons;
}

} // namespace attain::storage::test
