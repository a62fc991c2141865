#include "app/TargetDraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace attain::ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("attain::ui::TargetDraft", text, disambiguation);
}

QString isoText(engine::Date date)
{
    return QString::fromStdString(engine::toIsoString(date));
}

} // namespace

std::optional<engine::Period> toPeriod(const PeriodChoice &choice, unsigned fiscalStartMonth)
{
    if (fiscalStartMonth < 1 || fiscalStartMonth > 12)
        fiscalStartMonth = 1;
    switch (choice.kind) {
    case PeriodKind::Month:
        if (choice.number < 1 || choice.number > 12)
            return std::nullopt;
        return engine::Period::month(choice.year, static_cast<unsigned>(choice.number));
    case PeriodKind::Quarter:
        if (choice.number < 1 || choice.number > 4)
            return std::nullopt;
        return engine::Period::fiscalQuarter(choice.year, fiscalStartMonth, choice.number);
    case PeriodKind::Year:
        return engine::Period::fiscalYear(choice.year, fiscalStartMonth);
    case PeriodKind::Custom:
        if (!choice.customFirst.ok() || !choice.customLast.ok())
            return std::nullopt;
        return engine::Period::custom(choice.customFirst, choice.customLast);
    }
    return std::nullopt;
}

QString periodDisplayName(const PeriodChoice &choice, unsigned fiscalStartMonth)
{
    const bool fiscal = fiscalStartMonth > 1 && fiscalStartMonth <= 12;
    const QString year = fiscal ? tr("FY%1", "fiscal year named by the year it starts in").arg(choice.year)
                                : QString::number(choice.year);
    switch (choice.kind) {
    case PeriodKind::Month:
        return tr("%1 %2", "month name, year")
            .arg(QLocale().standaloneMonthName(choice.number, QLocale::LongFormat))
            .arg(choice.year);
    case PeriodKind::Quarter:
        return tr("%1 Q%2", "year, quarter number").arg(year).arg(choice.number);
    case PeriodKind::Year:
        return year;
    case PeriodKind::Custom:
        return tr("%1 – %2", "first day, last day").arg(isoText(choice.customFirst), isoText(choice.customLast));
    }
    return {};
}

PeriodChoice nextPeriodChoice(PeriodKind kind, engine::Date asOf, unsigned fiscalStartMonth)
{
    if (fiscalStartMonth < 1 || fiscalStartMonth > 12)
        fiscalStartMonth = 1;
    const int year = static_cast<int>(asOf.year());
    const int month = static_cast<int>(static_cast<unsigned>(asOf.month()));
    // Months since the start of the fiscal year that holds `asOf`.
    const int intoFiscal = (month - static_cast<int>(fiscalStartMonth) + 12) % 12;
    const int fiscalYear = month >= static_cast<int>(fiscalStartMonth) ? year : year - 1;
    PeriodChoice choice;
    choice.kind = kind;
    switch (kind) {
    case PeriodKind::Month:
        choice.year = month == 12 ? year + 1 : year;
        choice.number = month == 12 ? 1 : month + 1;
        break;
    case PeriodKind::Quarter: {
        const int next = intoFiscal / 3 + 2; // the quarter after the current one, 2 … 5
        choice.year = next > 4 ? fiscalYear + 1 : fiscalYear;
        choice.number = next > 4 ? 1 : next;
        break;
    }
    case PeriodKind::Year:
    case PeriodKind::Custom:
        choice.year = fiscalYear + 1;
        break;
    }
    if (const auto period = toPeriod({ PeriodKind::Year, fiscalYear + 1, 1, {}, {} }, fiscalStartMonth)) {
        choice.customFirst = period->first;
        choice.customLast = period->last;
    }
    return choice;
}

QString cadenceKey(ReviewCadence cadence)
{
    switch (cadence) {
    case ReviewCadence::Weekly:
        return QStringLiteral("weekly");
    case ReviewCadence::Biweekly:
        return QStringLiteral("biweekly");
    case ReviewCadence::Monthly:
        return QStringLiteral("monthly");
    case ReviewCadence::Quarterly:
        break;
    }
    return QStringLiteral("quarterly");
}

QString verdictKey(engine::AchievabilityVerdict verdict)
{
    switch (verdict) {
    case engine::AchievabilityVerdict::TooLow:
        return QStringLiteral("too_low");
    case engine::AchievabilityVerdict::Comfortable:
        return QStringLiteral("comfortable");
    case engine::AchievabilityVerdict::Stretch:
        return QStringLiteral("stretch");
    case engine::AchievabilityVerdict::Unrealistic:
        return QStringLiteral("unrealistic");
    case engine::AchievabilityVerdict::InsufficientHistory:
        break;
    }
    return QStringLiteral("insufficient_history");
}

} // namespace attain::ui
