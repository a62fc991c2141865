#pragma once

#include "app/TargetDraft.h"

#include "engine/Date.h"

namespace attain::ui {

/// The periods the dashboard's period picker offers, relative to the as-of date.
enum class DashboardPeriodPreset { ThisMonth, ThisQuarter, ThisYear, LastMonth, LastQuarter, LastYear, Custom };

/// The month, quarter or year that holds `asOf` (`offset` −1: the one before), quarters and
/// years following the fiscal year (an April start: FY2026 is 2026-04-01 … 2027-03-31).
[[nodiscard]] PeriodChoice periodChoiceAt(PeriodKind kind, engine::Date asOf, unsigned fiscalStartMonth,
                                          int offset = 0);

/// The choice behind a preset; Custom gives `customFirst` … `customLast`.
[[nodiscard]] PeriodChoice presetChoice(DashboardPeriodPreset preset, engine::Date asOf, unsigned fiscalStartMonth,
                                        engine::Date customFirst, engine::Date customLast);

} // namespace attain::ui
