#pragma once

#include "engine/Metric.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>

namespace attain::ui {

/// The metric's name for people ("Revenue", "Conversion rate"), translated.
[[nodiscard]] QString metricName(engine::MetricId metric);
/// One sentence on how the metric is computed, translated.
[[nodiscard]] QString metricDescription(engine::MetricId metric);
/// What the user types a value in: "yuan", "%", "deals", "days", "points (1–5)".
[[nodiscard]] QString metricInputUnit(engine::MetricId metric, const QString &currency);

/// Stored units per displayed unit: minor units per yuan for money, 100 for counts, days and
/// scores (stored in hundredths), 100 for rates (basis points per percent).
[[nodiscard]] std::int64_t displayScale(engine::MetricId metric, const QString &currency);

/// A stored value for people: "¥12,000,000", "35.0%", "1,234", "32.5 days", "4.25".
[[nodiscard]] QString formatMetricValue(
    engine::MetricId metric, std::int64_t value, const QString &currency, const QLocale &locale = {});
/// The short form for titles and charts: "¥12.0M" (money), otherwise as formatMetricValue.
[[nodiscard]] QString formatMetricValueCompact(
    engine::MetricId metric, std::int64_t value, const QString &currency, const QLocale &locale = {});

/// Reads what a user typed, in display units, into the stored unit. Accepts the locale's
/// grouping and decimal separators, a currency symbol, a trailing % and the multipliers K, M,
/// B, 万/萬 and 亿/億 ("12M", "1200万", "1200萬", "¥12,000,000"). nullopt when it is not a number.
[[nodiscard]] std::optional<std::int64_t> parseMetricValue(
    engine::MetricId metric, const QString &text, const QString &currency, const QLocale &locale = {});

} // namespace attain::ui
