#include "storage/import/ImportValues.h"

#include <gtest/gtest.h>

using namespace attain::storage::import;
using attain::engine::makeDate;

namespace {

QString u(const char16_t *text)
{
    return QString::fromUtf16(text);
}

std::optional<attain::engine::Date> date(const char16_t *text, DateOrder order = DateOrder::Ymd)
{
    return parseDate(u(text), order).value;
}

std::optional<std::int64_t> amount(const char16_t *text)
{
    return parseAmount(u(text)).value;
}

} // namespace

TEST(ImportValues, DatesInCommonForms)
{
    const auto march5 = makeDate(2026, 3, 5);
    EXPECT_EQ(date(u"2026-03-05"), march5);
    EXPECT_EQ(date(u"2026/3/5"), march5);
    EXPECT_EQ(date(u"2026.03.05"), march5);
    EXPECT_EQ(date(u"20260305"), march5);
    EXPECT_EQ(date(u"2026年3月5日"), march5);
    EXPECT_EQ(date(u"２０２６－０３－０５"), march5);
    EXPECT_EQ(date(u"2026-03-05 14:30:00"), march5);
    EXPECT_EQ(date(u"2026/3/5 9:05"), march5);
    EXPECT_EQ(date(u"2026-03-05T14:30:00"), march5);
}

TEST(ImportValues, DayMonthOrderComesFromTheFileSetting)
{
    EXPECT_EQ(date(u"05/03/2026", DateOrder::Dmy), makeDate(2026, 3, 5));
    EXPECT_EQ(date(u"03/05/2026", DateOrder::Mdy), makeDate(2026, 3, 5));
    const auto ambiguous = parseDate(u(u"05/03/2026"), DateOrder::Ymd);
    EXPECT_FALSE(ambiguous.value);
    EXPECT_TRUE(ambiguous.error.startsWith(QStringLiteral("ambiguous date '05/03/2026'"))) << ambiguous.error.toStdString();
    // Unambiguous when one number cannot be a month, or both are equal.
    EXPECT_EQ(date(u"25/03/2026"), makeDate(2026, 3, 25));
    EXPECT_EQ(date(u"03/25/2026"), makeDate(2026, 3, 25));
    EXPECT_EQ(date(u"04/04/2026"), makeDate(2026, 4, 4));
}

TEST(ImportValues, BadDatesAreExplained)
{
    EXPECT_EQ(parseDate(QStringLiteral("2026-02-30"), DateOrder::Ymd).error, QStringLiteral("no such date: '2026-02-30'"));
    EXPECT_EQ(parseDate(QStringLiteral("next week"), DateOrder::Ymd).error, QStringLiteral("not a date: 'next week'"));
    EXPECT_FALSE(date(u"2026-03/05"));
    EXPECT_FALSE(date(u"2026年3月"));
    EXPECT_FALSE(date(u""));
}

TEST(ImportValues, AmountsIntoMinorUnitsExactly)
{
    EXPECT_EQ(amount(u"1,234,567.89"), 123456789);
    EXPECT_EQ(amount(u"1 234 567,89"), 123456789);
    EXPECT_EQ(amount(u"1\u00A0234\u00A0567,89"), 123456789);
    EXPECT_EQ(amount(u"1.234.567,89"), 123456789);
    EXPECT_EQ(amount(u"¥1,234.50"), 123450);
    EXPECT_EQ(amount(u"￥1,234.5"), 123450);
    EXPECT_EQ(amount(u"$12"), 1200);
    EXPECT_EQ(amount(u"(123.45)"), -12345);
    EXPECT_EQ(amount(u"-123.45"), -12345);
    EXPECT_EQ(amount(u"¥-5"), -500);
    EXPECT_EQ(amount(u"１２３．４５"), 12345);
    EXPECT_EQ(amount(u"1.5万"), 1500000);
    EXPECT_EQ(amount(u"12万"), 12000000);
    EXPECT_EQ(amount(u"1.234567万"), 1234567);
    EXPECT_EQ(amount(u"1,234"), 123400);
    EXPECT_EQ(amount(u"1,5"), 150);
    EXPECT_EQ(amount(u"0.07"), 7);
    EXPECT_EQ(amount(u"92233720368547758.07"), 9223372036854775807LL);
}

TEST(ImportValues, BadAmountsAreExplained)
{
    EXPECT_EQ(parseAmount(QStringLiteral("12.345")).error, QStringLiteral("more than 2 decimals: '12.345'"));
    EXPECT_EQ(parseAmount(QStringLiteral("abc")).error, QStringLiteral("not an amount: 'abc'"));
    EXPECT_EQ(parseAmount(QStringLiteral("1,23,4")).error, QStringLiteral("not an amount: '1,23,4'"));
    EXPECT_EQ(parseAmount(QStringLiteral("92233720368547758.08")).error,
              QStringLiteral("amount too large: '92233720368547758.08'"));
    EXPECT_FALSE(amount(u"1.2.3,4,5"));
    EXPECT_FALSE(amount(u"-(5)"));
    EXPECT_FALSE(amount(u""));
    EXPECT_FALSE(amount(u"1.1234567万"));
}

TEST(ImportValues, IntegersCurrenciesStagesRoles)
{
    EXPECT_EQ(parseInteger(QStringLiteral("1,200")).value, 1200);
    EXPECT_FALSE(parseInteger(QStringLiteral("1.5")).value);
    EXPECT_EQ(parseCurrency(QStringLiteral("cny")).value, QStringLiteral("CNY"));
    EXPECT_EQ(parseCurrency(QStringLiteral("RMB1")).error, QStringLiteral("not a currency code: 'RMB1' (3 letters such as CNY)"));
    EXPECT_EQ(parseStage(u(u"赢单")).value, QStringLiteral("won"));
    EXPECT_EQ(parseStage(u(u"成交")).value, QStringLiteral("won"));
    EXPECT_EQ(parseStage(QStringLiteral("Closed Won")).value, QStringLiteral("won"));
    EXPECT_EQ(parseStage(u(u"丢单")).value, QStringLiteral("lost"));
    EXPECT_EQ(parseStage(u(u"输单")).value, QStringLiteral("lost"));
    EXPECT_EQ(parseStage(u(u"谈判")).value, QStringLiteral("negotiation"));
    EXPECT_TRUE(parseStage(QStringLiteral("maybe")).error.startsWith(QStringLiteral("unknown stage 'maybe'")));
    EXPECT_EQ(parseRole(u(u"经理")).value, QStringLiteral("manager"));
    EXPECT_EQ(parseRole(QStringLiteral("Sales Rep")).value, QStringLiteral("rep"));
}

TEST(ImportValues, NormalisedKeysIgnoreCaseSpacesAndWidth)
{
    EXPECT_EQ(normalizedKey(QStringLiteral("Close_Date")), normalizedKey(QStringLiteral("close date")));
    EXPECT_EQ(normalizedKey(u(u"ＡＭＯＵＮＴ")), QStringLiteral("amount"));
    EXPECT_EQ(normalizedKey(QStringLiteral("E-Mail")), QStringLiteral("email"));
}
