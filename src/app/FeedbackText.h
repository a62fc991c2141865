#pragma once

#include "engine/Date.h"
#include "storage/FeedbackTypes.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace attain::ui {

/// How the feedback page writes scores, complaint states and CSAT figures.
/// "★★★★☆ 4": the score as filled stars and the number, so it reads without colour.
[[nodiscard]] QString scoreText(int score);
/// "Open", "In progress", "Resolved"; empty for feedback that is no complaint.
[[nodiscard]] QString complaintStatusText(storage::ComplaintStatus status);
/// "3.67" (hundredths of a point in the locale's format); "—" when there is none.
[[nodiscard]] QString csatText(const std::optional<std::int64_t> &hundredths);
/// "3.5 days" from tenths of a day; "—" when there is none.
[[nodiscard]] QString daysText(const std::optional<std::int64_t> &tenths);

[[nodiscard]] QDate qDateFrom(engine::Date date);
[[nodiscard]] engine::Date engineDateFrom(QDate date);

} // namespace attain::ui
