#pragma once

#include "engine/Date.h"

#include <QSqlDatabase>

namespace attain::storage {

/// Adds review meetings to a generated demo company, dated around `asOf`: for every team the
/// weekly reviews of last week and this week (held, with notes, decisions and action items:
/// one overdue, one in progress, one done) and next week's (scheduled); the company's monthly
/// business review (held this month, next month's scheduled); and a one-on-one with the first
/// team's first rep (held last week, the next one scheduled). Ids are name-based UUIDs, so
/// the same demo always gets the same reviews. Runs in the caller's transaction; throws
/// StorageError.
void writeDemoReviews(const QSqlDatabase &db, engine::Date asOf);

} // namespace attain::storage
