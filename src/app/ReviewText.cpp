#include "app/ReviewText.h"

#include <QApplication>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QStyle>

namespace attain::ui {

namespace {

// The same arguments as QObject::tr, so that lupdate sees the plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("attain::ui::ReviewText", text, disambiguation, n);
}

} // namespace

QString actionStatusName(storage::ActionStatus status)
{
    switch (status) {
    case storage::ActionStatus::Open:
        return tr("Open");
    case storage::ActionStatus::InProgress:
        return tr("In progress");
    case storage::ActionStatus::Done:
        return tr("Done");
    case storage::ActionStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString reviewStatusName(storage::ReviewStatus status)
{
    return status == storage::ReviewStatus::Held ? tr("Held") : tr("Scheduled");
}

QString reviewDateText(engine::Date date)
{
    const QDate qdate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
        static_cast<int>(static_cast<unsigned>(date.day())));
    return tr("%1 %2").arg(
        QLocale().dayName(qdate.dayOfWeek(), QLocale::ShortFormat), QString::fromStdString(engine::toIsoString(date)));
}

QString dueText(const storage::ActionItem &item, engine::Date asOf)
{
    if (!item.dueOn)
        return tr("—");
    const QString date = QString::fromStdString(engine::toIsoString(*item.dueOn));
    if (item.isOverdue(asOf))
        return tr("%1 — overdue %n day(s)", nullptr, engine::daysBetween(*item.dueOn, asOf)).arg(date);
    return date;
}

QIcon overdueIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QColor overdueColor()
{
    return QColor(0xC0, 0x1C, 0x28);
}

} // namespace attain::ui
