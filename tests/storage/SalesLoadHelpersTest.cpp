// The pieces SalesDataRepository::load() reads with: UUID lookups by UTF-8 bytes, deal
// positions by rowid, and ISO dates.
#include "engine/Date.h"
#include "storage/IsoDay.h"
#include "storage/RowPositions.h"
#include "storage/StorageError.h"
#include "storage/UuidLookup.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

using namespace attain;
using namespace attain::storage;

TEST(UuidLookup, AssignsTheIdMapsIdsAndFindsThemByBytes)
{
    IdMap ids;
    ids.add(IdMap::Kind::Rep, QStringLiteral("known")); // added before the lookup existed
    UuidLookup reps(ids, IdMap::Kind::Rep);
    EXPECT_EQ(reps.add("known"), 0);
    EXPECT_EQ(reps.add("r1"), 1);
    EXPECT_EQ(reps.add("r1\0x"), 1); // a C string stops at NUL: "r1"
    EXPECT_EQ(reps.add(std::string_view("r1\0x", 4)), 2); // bytes after a NUL count
    EXPECT_EQ(reps.add(""), engine::kNoId);
    EXPECT_EQ(reps.add("r"), 3); // a prefix is another key
    EXPECT_EQ(reps.add("\xE6\x9D\x8E"), 4); // UTF-8 李
    EXPECT_EQ(ids.uuid(IdMap::Kind::Rep, 4), QStringLiteral("\u674E"));
    EXPECT_EQ(ids.size(IdMap::Kind::Rep), 5u);
    EXPECT_EQ(ids.size(IdMap::Kind::Team), 0u);
}

TEST(UuidLookup, KeepsEveryIdWhileTheTableGrows)
{
    IdMap ids;
    UuidLookup customers(ids, IdMap::Kind::Customer);
    // Long keys that differ only in their last bytes, and short ones, across several growths.
    const auto key = [](int i) {
        return i % 2 == 0 ? "00000000-0000-4000-8000-" + std::to_string(100000000000 + i) : std::to_string(i);
    };
    for (int i = 0; i < 5000; ++i)
        ASSERT_EQ(customers.add(key(i)), i);
    for (int i = 4999; i >= 0; --i)
        ASSERT_EQ(customers.add(key(i)), i);
    EXPECT_EQ(ids.size(IdMap::Kind::Customer), 5000u);
    EXPECT_EQ(ids.find(IdMap::Kind::Customer, QString::fromStdString(key(4242))), 4242);
}

TEST(RowPositions, NumbersRowsInTheOrderAppended)
{
    RowPositions contiguous;
    for (std::int64_t rowid = 5; rowid < 9; ++rowid)
        contiguous.append(rowid);
    EXPECT_EQ(contiguous.find(5), 0);
    EXPECT_EQ(contiguous.find(8), 3);
    EXPECT_EQ(contiguous.find(4), engine::kNoId);
    EXPECT_EQ(contiguous.find(9), engine::kNoId);

    RowPositions gaps; // deleted rows, negative and huge rowids
    for (const std::int64_t rowid : { std::numeric_limits<std::int64_t>::min(), std::int64_t { -3 }, std::int64_t { 1 },
             std::int64_t { 2 }, std::int64_t { 7 }, std::numeric_limits<std::int64_t>::max() })
        gaps.append(rowid);
    EXPECT_EQ(gaps.find(std::numeric_limits<std::int64_t>::min()), 0);
    EXPECT_EQ(gaps.find(-3), 1);
    EXPECT_EQ(gaps.find(2), 3);
    EXPECT_EQ(gaps.find(7), 4);
    EXPECT_EQ(gaps.find(std::numeric_limits<std::int64_t>::max()), 5);
    EXPECT_EQ(gaps.find(3), engine::kNoId);
    EXPECT_EQ(gaps.find(0), engine::kNoId);

    RowPositions empty;
    EXPECT_EQ(empty.find(0), engine::kNoId);
    EXPECT_EQ(empty.find(1), engine::kNoId);
}

TEST(IsoDayNumber, ReadsWhatParseIsoDateReads)
{
    EXPECT_EQ(isoDayNumber("1970-01-01", "test"), 0);
    EXPECT_EQ(isoDayNumber("2024-02-29", "test"), engine::toDayNumber(engine::makeDate(2024, 2, 29)));
    EXPECT_EQ(isoDayNumber("0000-03-01", "test"), engine::toDayNumber(engine::makeDate(0, 3, 1)));
    // Not the plain form, but parseIsoDate takes it (std::from_chars reads a sign).
    ASSERT_TRUE(engine::parseIsoDate("-001-01-01"));
    EXPECT_EQ(isoDayNumber("-001-01-01", "test"), engine::toDayNumber(engine::makeDate(-1, 1, 1)));
    for (const char *bad : { "2023-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-05", "2026/01/05",
             "2026-01-05 ", "２０２６-01-05", "", "20260105" }) {
        EXPECT_FALSE(engine::parseIsoDate(bad)) << bad;
        EXPECT_THROW((void)isoDayNumber(bad, "test"), StorageError) << bad;
    }
    try {
        (void)isoDayNumber("2026-02-30", "deal close");
        ADD_FAILURE() << "no error";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.message(), QStringLiteral("Invalid deal close date: 2026-02-30"));
    }
}
