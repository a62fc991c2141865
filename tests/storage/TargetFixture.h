#pragma once

#include "storage/Database.h"
#include "storage/TargetRepository.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace attain::storage::test {

/// Runs `command`, which must throw StorageError (a test failure otherwise), and returns the
/// message it throws.
QString refusalOf(const std::function<void()> &command);

/// A new database holding a small revenue tree for 2026 with round numbers, so that re-spreads
/// can be checked to the unit:
///
///     C "Company 2026" 1000
///     ├─ E "East 2026" 500 (team t1)  ├─ R1 "Li 2026" 300 (rep r1, owner r1)
///     │                               └─ R2 "Wang 2026" 200 (rep r2, owner r2)
///     ├─ W "West 2026" 300 (team t2)  └─ R3 "Zhao 2026" 300 (rep r3, owner r3)
///     └─ N "North 2026" 200 (team t3)
///
/// plus K "Li's key accounts 2026" 80 (team t1, owner r1), a root of its own.
class TargetTree : public ::testing::Test
{
protected:
    void SetUp() override;

    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    [[nodiscard]] TargetRepository repository() const { return TargetRepository(db()); }
    /// The stored value of target `id` (-1 when there is none).
    [[nodiscard]] qlonglong value(const QString &id) const;
    /// A single number from `sql` with one bound text parameter.
    [[nodiscard]] qlonglong number(const QString &sql, const QString &parameter) const;
    /// A revenue target of this tree's shape.
    [[nodiscard]] StoredTarget make(const QString &id, const QString &parent, engine::Scope scope,
                                    engine::Period period, std::int64_t value, const QString &title,
                                    const QString &owner = {});
    [[nodiscard]] engine::Scope team(const QString &uuid);
    [[nodiscard]] engine::Scope rep(const QString &uuid);

    const Actor m_manager{QStringLiteral("Ma"), {}};
    const Actor m_li{QStringLiteral("Li"), QStringLiteral("r1")};
    const Actor m_wang{QStringLiteral("Wang"), QStringLiteral("r2")};

    TempFolder m_folder;
    std::unique_ptr<Database> m_database;
    IdMap m_ids;
};

} // namespace attain::storage::test
