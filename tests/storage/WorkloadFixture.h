#pragma once

#include <QSqlDatabase>

namespace attain::storage::test {

/// The workload fixture whose figures tests/storage/WorkloadRepositoryTest.cpp and
/// tests/app/WorkloadPageTest.cpp work out by hand: team EAST (t-east: Ann, Bo, Dee who joined
/// on Wednesday 2026-11-25, Old who left in October, manager Boss) and WEST (t-west: Cy);
/// activities in 2026-W47 and W48 logged one row each; won deals with shared credit. The
/// exact rows are listed in WorkloadFixture.cpp.
void seedWorkloadFixture(const QSqlDatabase &db);

} // namespace attain::storage::test
