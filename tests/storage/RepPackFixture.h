#pragma once

#include "storage/Database.h"
#include "storage/pack/PackMerge.h"

#include "TableChecksum.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <memory>

namespace attain::storage::test {

/// "00000000-0000-4000-8000-00000000000n": readable UUIDs for fixtures.
[[nodiscard]] QString uuid(int n);

/// A manager's database with one team and two reps, and a rep database handed out to the first:
///
///     reps       kLi (owns deal kLiDeal, activities kLiCall and kLiVisit, feedback kLiFeedback)
///                kWang (owns deal kWangDeal, activity kWangMeeting, feedback kWangFeedback)
///     customers  kAcme, kBeta; kLiDeal credits Li 70 % and Wang 30 %
///     targets    company 2026 with a child for Li
class RepPack : public ::testing::Test
{
protected:
    static inline const QString kLi = uuid(10), kWang = uuid(11), kAcme = uuid(20), kBeta = uuid(21),
                                kLiDeal = uuid(30), kWangDeal = uuid(31), kLiCall = uuid(40), kLiVisit = uuid(41),
                                kWangMeeting = uuid(42), kLiFeedback = uuid(50), kWangFeedback = uuid(51);

    void SetUp() override;

    [[nodiscard]] QSqlDatabase manager() const { return m_manager->connection(); }
    [[nodiscard]] QSqlDatabase rep() const { return m_rep->connection(); }
    /// Creates the rep database for Li (m_rep) from the manager's.
    void handOut();
    /// Exports Li's pack from the rep database to a new file and returns its path.
    QString exportFromRep();
    /// Imports `path` into the manager's database as a manager, answering conflicts with `choice`.
    pack::PackImportResult importAs(const QString &path, pack::ConflictChoice choice = pack::ConflictChoice::Cancel);

public:
    /// Runs `sql` with positional `parameters` on `db`.
    static void run(const QSqlDatabase &db, const QString &sql, const QVariantList &parameters = {});
    /// The single value `sql` selects.
    [[nodiscard]] static QVariant value(const QSqlDatabase &db, const QString &sql, const QVariantList &parameters = {});

protected:
    const Actor m_boss{QStringLiteral("Boss"), {}};
    TempFolder m_folder;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<Database> m_rep;
    QString m_repPath;
    int m_packs = 0;
};

} // namespace attain::storage::test
