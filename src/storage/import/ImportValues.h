#pragma once

#include "engine/Date.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace attain::storage::import {

/// How to read dates whose first number is the day or the month (05/03/2026). ISO-like
/// year-first dates are always read the same way; the order only matters for the others.
enum class DateOrder {
    Ymd, ///< default: day-first or month-first dates are reported as ambiguous, never guessed
    Dmy, ///< 05/03/2026 is 5 March
    Mdy, ///< 05/03/2026 is 3 May
};

/// A parsed value or the reason it could not be parsed (for the problem report).
template <typename T>
struct Parsed
{
    std::optional<T> value;
    QString error; ///< empty when value is set
};

/// Dates: 2026-03-05, 2026/3/5, 2026.03.05, 20260305, 2026年3月5日, 05/03/2026 (by `order`),
/// with an optional time part (2026-03-05 14:30:00, …T14:30) that is ignored. Full-width
/// digits and punctuation are accepted.
[[nodiscard]] Parsed<engine::Date> parseDate(const QString &text, DateOrder order);

/// Amounts into integer minor units (cents/fen) without floating point: 1,234,567.89,
/// 1 234 567,89, 1.234.567,89, ¥1,234.50, ￥, $, (123.45) and -123.45 negative, full-width
/// digits, and a 万 suffix (× 10 000). More than 2 decimals is an error, never rounded.
[[nodiscard]] Parsed<std::int64_t> parseAmount(const QString &text);

/// A whole number (minutes): digits with an optional sign, thousands separators accepted.
[[nodiscard]] Parsed<std::int64_t> parseInteger(const QString &text);

/// A 3-letter currency code, upper-cased (cny → CNY).
[[nodiscard]] Parsed<QString> parseCurrency(const QString &text);

/// Deal stages, with English and Chinese synonyms (赢单/成交 → won, 输单/丢单 → lost, …).
[[nodiscard]] Parsed<QString> parseStage(const QString &text);

/// Rep roles: admin, manager, rep (管理员, 经理/主管, 销售/销售代表).
[[nodiscard]] Parsed<QString> parseRole(const QString &text);

/// Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to ASCII, then trimmed,
/// so that text typed with a Chinese input method compares equal to ASCII text.
[[nodiscard]] QString toHalfWidth(const QString &text);

/// Lower case without spaces, underscores, hyphens and dots: "Close_Date" == "close date".
[[nodiscard]] QString normalizedKey(const QString &text);

} // namespace attain::storage::import
