#include "WorkloadFixture.h"

#include "storage/DashboardFacts.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace attain::storage::test {

// Team EAST: Ann and Bo (employed throughout) and Dee (joined Wednesday 2026-11-25); team WEST:
// Cy. Weeks 2026-W47 (16–22 Nov) and W48 (23–29 Nov). Activities are logged one row each, so
// the repository's grouping by rep, day and type is what adds them up:
//   Ann: W47 8 calls × 10 min (Mon) + 2 visits × 90 min (Wed); W48 4 meetings × 60 min (Tue),
//        2 demos × 90 min (Fri), and a call on 15 Nov (W46, outside).
//   Bo:  W47 8 visits × 100 min; W48 10 calls × 10 min (Mon) + 4 visits × 100 min (Sun 29th).
//   Dee: W48 2 calls × 10 min (Thu).
//   Cy:  W48 20 calls × 30 min (another team).
// Deals: Ann 500,000 won 18 Nov; 4,000,000 won 24 Nov credited Bo 75 % and Ann 25 %;
// 1,000,000 of Ann's won 10 Nov (outside); Bo's lost deal; Cy 9,000,000 won 20 Nov.
// By hand (norm 10 activities, 480 minutes a week):
//   Ann 16 activities, 680 min over 2 weeks: 340 min/week, load 680/960 = 70.83 % → Light;
//       revenue 500,000 + 1,000,000 = 1,500,000; per hour 1,500,000 × 60 / 680 = 132,352.9.
//   Bo  22 activities, 1,300 min: 650 min/week, load 1300/960 = 135.42 % → Overloaded;
//       revenue 3,000,000.
//   Dee 2 activities, 20 min over 3 workdays: norm 288 min, load 6.94 % → Idle.
void seedWorkloadFixture(const QSqlDatabase &db)
{
    Transaction transaction(db);
    for (const char *sql :
         {"INSERT INTO teams (id, code, name) VALUES ('t-east', 'EAST', 'East team'), ('t-west', 'WEST', 'West team')",
          "INSERT INTO reps (id, team_id, name, role, start_date, end_date) VALUES "
          "('r-ann', 't-east', 'Ann', 'rep', '2024-01-01', NULL), ('r-bo', 't-east', 'Bo', 'rep', '2024-01-01', NULL), "
          "('r-dee', 't-east', 'Dee', 'rep', '2026-11-25', NULL), ('r-cy', 't-west', 'Cy', 'rep', '2024-01-01', NULL), "
          "('r-old', 't-east', 'Old', 'rep', '2020-01-01', '2026-10-31'), "
          "('r-boss', 't-east', 'Boss', 'manager', '2020-01-01', NULL)",
          "INSERT INTO deals (id, owner_rep_id, team_id, amount_minor, currency, stage, created_on, closed_on) VALUES "
          "('d1', 'r-ann', 't-east', 500000, 'CNY', 'won', '2026-10-01', '2026-11-18'), "
          "('d2', 'r-bo', 't-east', 4000000, 'CNY', 'won', '2026-10-01', '2026-11-24'), "
          "('d3', 'r-ann', 't-east', 1000000, 'CNY', 'won', '2026-10-01', '2026-11-10'), "
          "('d4', 'r-bo', 't-east', 7000000, 'CNY', 'lost', '2026-10-01', '2026-11-19'), "
          "('d5', 'r-cy', 't-west', 9000000, 'CNY', 'won', '2026-10-01', '2026-11-20')",
          "INSERT INTO deal_credits (deal_id, rep_id, basis_points) VALUES ('d2', 'r-bo', 7500), ('d2', 'r-ann', 2500)"})
        execStatement(db, QString::fromLatin1(sql));
    QSqlQuery insert = prepare(db,
        QStringLiteral("INSERT INTO activities (id, rep_id, type, occurred_on, minutes) VALUES (?, ?, ?, ?, ?)"));
    int next = 0;
    const auto log = [&](const char *rep, const char *type, const char *day, int count, int minutes) {
        for (int i = 0; i < count; ++i) {
            insert.bindValue(0, QStringLiteral("a%1").arg(++next));
            insert.bindValue(1, QLatin1String(rep));
            insert.bindValue(2, QLatin1String(type));
            insert.bindValue(3, QLatin1String(day));
            insert.bindValue(4, minutes);
            exec(insert);
        }
    };
    log("r-ann", "call", "2026-11-16", 8, 10);
    log("r-ann", "visit", "2026-11-18", 2, 90);
    log("r-ann", "meeting", "2026-11-24", 4, 60);
    log("r-ann", "demo", "2026-11-27", 2, 90);
    log("r-ann", "call", "2026-11-15", 1, 10);
    log("r-bo", "visit", "2026-11-17", 8, 100);
    log("r-bo", "call", "2026-11-23", 10, 10);
    log("r-bo", "visit", "2026-11-29", 4, 100);
    log("r-dee", "call", "2026-11-26", 2, 10);
    log("r-cy", "call", "2026-11-24", 20, 30);
    log("r-boss", "call", "2026-11-24", 1, 30);
    DashboardFacts(db).refresh();
    transaction.commit();
}

} // namespace attain::storage::test
