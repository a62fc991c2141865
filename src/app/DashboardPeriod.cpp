#include "app/DashboardPeriod.h"

namespace attain::ui {

PeriodChoice periodChoiceAt(PeriodKind kind, engine::Date asOf, unsigned fiscalStartMonth, int offset)
{
    if (fiscalStartMonth < 1 || fiscalStartMonth > 12)
        fiscalStartMonth = 1;
    const int year = static_cast<int>(asOf.year());
    const int month = static_cast<int>(static_cast<unsigned>(asOf.month()));
    const int start = static_cast<int>(fiscalStartMonth);
    PeriodChoice choice;
    choice.kind = kind;
    // Counted in whole months, quarters or years since year 0, so an offset crosses years.
    switch (kind) {
    case PeriodKind::Month: {
        const int index = year * 12 + (month - 1) + offset;
        choice.year = index / 12;
        choice.number = index % 12 + 1;
        break;
    }
    case PeriodKind::Quarter: {
        const int fiscalYear = month >= start ? year : year - 1;
        const int intoFiscal = (month - start + 12) % 12;
        const int index = fiscalYear * 4 + intoFiscal / 3 + offset;
        choice.year = index / 4;
        choice.number = index % 4 + 1;
        break;
    }
    case PeriodKind::Year:
    case PeriodKind::Custom:
        choice.year = (month >= start ? year : year - 1) + offset;
        break;
    }
    return choice;
}

PeriodChoice presetChoice(DashboardPeriodPreset preset, engine::Date asOf, unsigned fiscalStartMonth,
                          engine::Date customFirst, engine::Date customLast)
{
    switch (preset) {
    case DashboardPeriodPreset::ThisMonth: return periodChoiceAt(PeriodKind::Month, asOf, fiscalStartMonth);
    case DashboardPeriodPreset::ThisQuarter: return periodChoiceAt(PeriodKind::Quarter, asOf, fiscalStartMonth);
    case DashboardPeriodPreset::ThisYear: return periodChoiceAt(PeriodKind::Year, asOf, fiscalStartMonth);
    case DashboardPeriodPreset::LastMonth: return periodChoiceAt(PeriodKind::Month, asOf, fiscalStartMonth, -1);
    case DashboardPeriodPreset::LastQuarter: return periodChoiceAt(PeriodKind::Quarter, asOf, fiscalStartMonth, -1);
    case DashboardPeriodPreset::LastYear: return periodChoiceAt(PeriodKind::Year, asOf, fiscalStartMonth, -1);
    case DashboardPeriodPreset::Custom: break;
    }
    PeriodChoice choice;
    choice.kind = PeriodKind::Custom;
    choice.year = static_cast<int>(customFirst.year());
    choice.customFirst = customFirst;
    choice.customLast = customLast;
    return choice;
}

} // namespace attain::ui
