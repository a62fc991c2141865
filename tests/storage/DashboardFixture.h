#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace attain::storage::test {

/// A small company whose dashboard numbers can be worked out by hand: teams EAST (t-east, reps
/// r-ann and r-bo, region g-east) and WEST (t-west, rep r-cy, region g-west); channels
/// direct/online, product lines cloud/hw; customers c1, c2 (east), c3, c4 (west); 20 deals
/// from 2025-09 to 2026-10 with a return, a lost deal, shared credits (one across teams), a
/// deal in USD (rate 7.1 in 2026-07), a deal without customer and one without channel and
/// product line, two first wins on the same day; activities, feedback (one without rep),
/// market figures and revenue, deals-won and conversion targets. Rows are written through
/// plain SQL, so the facts are refreshed from the triggers' record afterwards.
void seedDashboardFixture(const QSqlDatabase &db);

/// Every fact table's rows as text next to the same rows computed directly from the records
/// with independent SQL (window functions, joins): equal lists mean the facts are right.
struct FactsComparison
{
    QString table;
    QStringList facts, expected;
};
[[nodiscard]] std::vector<FactsComparison> compareFacts(const QSqlDatabase &db);

} // namespace attain::storage::test
