#include "app/FeedbackText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace attain::ui {

QString scoreText(int score)
{
    const int filled = std::clamp(score, 0, 5);
    return QString(filled, QChar(0x2605)) + QString(5 - filled, QChar(0x2606)) + QLatin1Char(' ')
        + QLocale().toString(score);
}

QString complaintStatusText(storage::ComplaintStatus status)
{
    switch (status) {
    case storage::ComplaintStatus::None:
        return {};
    case storage::ComplaintStatus::Open:
        return QCoreApplication::translate("attain::ui::FeedbackText", "Open");
    case storage::ComplaintStatus::InProgress:
        return QCoreApplication::translate("attain::ui::FeedbackText", "In progress");
    case storage::ComplaintStatus::Resolved:
        return QCoreApplication::translate("attain::ui::FeedbackText", "Resolved");
    }
    return {};
}

QString csatText(const std::optional<std::int64_t> &hundredths)
{
    if (!hundredths)
        return QStringLiteral("—");
    return QLocale().toString(static_cast<double>(*hundredths) / 100.0, 'f', 2);
}

QString daysText(const std::optional<std::int64_t> &tenths)
{
    if (!tenths)
        return QStringLiteral("—");
    // Translators: %1 is a number of days with one decimal, e.g. "3.5 days".
    return QCoreApplication::translate("attain::ui::FeedbackText", "%1 days")
        .arg(QLocale().toString(static_cast<double>(*tenths) / 10.0, 'f', 1));
}

QDate qDateFrom(engine::Date date)
{
    return { static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
        static_cast<int>(static_cast<unsigned>(date.day())) };
}

engine::Date engineDateFrom(QDate date)
{
    return engine::makeDate(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace attain::ui
