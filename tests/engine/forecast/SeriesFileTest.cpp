#include "engine/forecast/SeriesFile.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace attain::engine::forecast;

namespace {
const char *kHeader = "id,category,n,h,period,start_year,start_period,values\n";

SeriesFileError errorOf(const std::string &text)
{
    const auto parsed = parseSeriesFile(text);
    EXPECT_TRUE(std::holds_alternative<SeriesFileError>(parsed)) << text;
    return std::holds_alternative<SeriesFileError>(parsed) ? std::get<SeriesFileError>(parsed) : SeriesFileError{};
}
} // namespace

TEST(SeriesFile, ReadsSeriesWithMissingValues)
{
    const auto parsed = parseSeriesFile(std::string(kHeader) + "N1,MICRO,4,18,12,1990,1,1.5;NA;;4e3\r\nN2,OTHER,0,8,1,0,0,\n");
    ASSERT_TRUE(std::holds_alternative<std::vector<NamedSeries>>(parsed));
    const auto &series = std::get<std::vector<NamedSeries>>(parsed);
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series[0].id, "N1");
    EXPECT_EQ(series[0].horizon, 18);
    EXPECT_EQ(series[0].series.period, 12);
    ASSERT_EQ(series[0].series.values.size(), 4u);
    EXPECT_EQ(series[0].series.values[0], 1.5);
    EXPECT_TRUE(std::isnan(series[0].series.values[1]));
    EXPECT_TRUE(std::isnan(series[0].series.values[2]));
    EXPECT_EQ(series[0].series.values[3], 4000.0);
    EXPECT_TRUE(series[1].series.values.empty());
}

TEST(SeriesFile, ErrorsNameTheLine)
{
    EXPECT_EQ(errorOf("id,n\n").line, 1);
    const SeriesFileError count = errorOf(std::string(kHeader) + "A,X,3,2,1,0,0,1;2;3\nB,X,2,2,1,0,0,1;2;3\n");
    EXPECT_EQ(count.line, 3);
    EXPECT_EQ(count.message, "n is 2 but there are 3 values");
    EXPECT_EQ(errorOf(std::string(kHeader) + "A,X,1,2,1,0,0,x\n").message, "value 1 is not a number: x");
    EXPECT_EQ(errorOf(std::string(kHeader) + "A,X,1,0,1,0,0,1\n").message, "h must be a whole number from 1 to 1000: 0");
    EXPECT_EQ(errorOf(std::string(kHeader) + "A,X,3,2000000000,1,0,0,1;2;3\n").message,
              "h must be a whole number from 1 to 1000: 2000000000");
    EXPECT_EQ(errorOf(std::string(kHeader) + "A,X,1,2,0,0,0,1\n").message,
              "period must be a whole number from 1 to 366: 0");
    EXPECT_EQ(errorOf(std::string(kHeader) + "A,X,1,2,1,0,0\n").message, "expected 8 fields, found 7");
    const SeriesFileError duplicate = errorOf(std::string(kHeader) + "A,X,1,2,1,0,0,1\nA,X,1,2,1,0,0,1\n");
    EXPECT_EQ(duplicate.line, 3);
    EXPECT_EQ(duplicate.message, "duplicate id A");
    EXPECT_EQ(errorOf(std::string(kHeader) + "A,X,1,2,1,0,0,inf\n").message, "value 1 is not a number: inf");
}

TEST(SeriesFile, WritesTheScorersFormat)
{
    std::vector<NamedSeries> series(2);
    series[0].id = "A";
    series[1].id = "B";
    std::vector<Forecast> forecasts(2);
    forecasts[0].point = {1.5, 1234567.25};
    forecasts[0].lo80 = {1, 2};
    forecasts[0].hi80 = {2, 3};
    forecasts[0].lo95 = {0.5, 1};
    forecasts[0].hi95 = {3, 4};
    forecasts[1].point = {7};
    EXPECT_EQ(formatForecasts(series, forecasts), "id,h,point,lo80,hi80,lo95,hi95\n"
                                                  "A,1,1.5,1,2,0.5,3\n"
                                                  "A,2,1234567.25,2,3,1,4\n"
                                                  "B,1,7,,,,\n");
}

TEST(SeriesFile, AcceptsExcelHabits)
{
    // A byte-order mark, blanks around values, a plus sign, and n = 1 with an empty field.
    const auto parsed = parseSeriesFile("\xEF\xBB\xBF" + std::string(kHeader) + "A,X,3,2,1,0,0,1; 2\t;+3\nB,X,1,2,1,0,0,\n");
    ASSERT_TRUE(std::holds_alternative<std::vector<NamedSeries>>(parsed));
    const auto &series = std::get<std::vector<NamedSeries>>(parsed);
    EXPECT_EQ(series[0].series.values, (std::vector<double>{1, 2, 3}));
    ASSERT_EQ(series[1].series.values.size(), 1u);
    EXPECT_TRUE(std::isnan(series[1].series.values[0]));
}
