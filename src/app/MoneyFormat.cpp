#include "app/MoneyFormat.h"

#include "engine/Money.h"

namespace attain::ui {

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("CNY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency + QLatin1Char(' ');
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    const qint64 units = engine::roundedDivide(minor, 100);
    const QString digits = locale.toString(units < 0 ? -units : units);
    return (units < 0 ? QStringLiteral("-") : QString()) + currencySymbol(currency) + digits;
}

QString formatMoneyCompact(qint64 minor, const QString &currency, const QLocale &locale)
{
    // Display only: the double never feeds back into stored amounts.
    const double units = static_cast<double>(minor) / 100.0;
    const double magnitude = units < 0 ? -units : units;
    const QString sign = units < 0 ? QStringLiteral("-") : QString();
    const QString symbol = currencySymbol(currency);
    if (locale.language() == QLocale::Chinese) {
        // Taiwan and Hong Kong write 萬 and 億.
        const bool traditional = locale.script() == QLocale::TraditionalChineseScript;
        if (magnitude >= 1e8)
            return sign + symbol + locale.toString(magnitude / 1e8, 'f', 2)
                + (traditional ? QStringLiteral("億") : QStringLiteral("亿"));
        if (magnitude >= 1e4)
            return sign + symbol + locale.toString(magnitude / 1e4, 'f', 1)
                + (traditional ? QStringLiteral("萬") : QStringLiteral("万"));
        return sign + symbol + locale.toString(magnitude, 'f', 0);
    }
    if (magnitude >= 1e9)
        return sign + symbol + locale.toString(magnitude / 1e9, 'f', 2) + QLatin1Char('B');
    if (magnitude >= 1e6)
        return sign + symbol + locale.toString(magnitude / 1e6, 'f', 1) + QLatin1Char('M');
    if (magnitude >= 1e3)
        return sign + symbol + locale.toString(magnitude / 1e3, 'f', 1) + QLatin1Char('K');
    return sign + symbol + locale.toString(magnitude, 'f', 0);
}

QString formatBasisPoints(qint64 basisPoints, const QLocale &locale)
{
    // Integer tenths of a percent: rounding once, half away from zero, like the engine.
    const qint64 tenths = engine::roundedDivide(basisPoints, 10);
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    return (tenths < 0 ? QString(locale.negativeSign()) : QString()) + locale.toString(magnitude / 10)
           + locale.decimalPoint() + QString::number(magnitude % 10) + locale.percent();
}

} // namespace attain::ui
