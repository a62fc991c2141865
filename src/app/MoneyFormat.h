#pragma once

#include <QLocale>
#include <QString>

namespace attain::ui {

/// Whole currency units with the locale's grouping, e.g. "¥1,234,568" (minor units rounded).
[[nodiscard]] QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = {});
/// Short form for chart axes and tiles: "¥12.3M" in English, "¥1,234.5万" in Chinese.
[[nodiscard]] QString formatMoneyCompact(qint64 minor, const QString &currency, const QLocale &locale = {});
/// Basis points as a percentage with one decimal: 8750 → "87.5%".
[[nodiscard]] QString formatBasisPoints(qint64 basisPoints, const QLocale &locale = {});
[[nodiscard]] QString currencySymbol(const QString &currency);

} // namespace attain::ui
