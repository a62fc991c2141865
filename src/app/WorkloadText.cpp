#include "app/WorkloadText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::WorkloadText", text);
}

// Below this |r| the reps' activity says next to nothing about their revenue.
constexpr double kWeakCorrelation = 0.2;
constexpr double kStrongCorrelation = 0.6;

} // namespace

QString loadClassName(engine::LoadClass loadClass)
{
    switch (loadClass) {
    case engine::LoadClass::Idle:
        return tr("Idle");
    case engine::LoadClass::Light:
        return tr("Light");
    case engine::LoadClass::Balanced:
        return tr("Balanced");
    case engine::LoadClass::Overloaded:
        return tr("Overloaded");
    }
    return {};
}

QColor loadClassColor(engine::LoadClass loadClass)
{
    switch (loadClass) {
    case engine::LoadClass::Idle:
        return {0x99, 0x99, 0x99};
    case engine::LoadClass::Light:
        return {0x56, 0xB4, 0xE9};
    case engine::LoadClass::Balanced:
        return {0x00, 0x9E, 0x73};
    case engine::LoadClass::Overloaded:
        return {0xD5, 0x5E, 0x00};
    }
    return {};
}

QColor loadClassTint(engine::LoadClass loadClass, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor colour = loadClassColor(loadClass);
    // A third of the class colour: clearly coloured, and the text (dark on light, light on
    // dark) keeps its contrast.
    const double share = 0.33;
    const auto mix = [&](int a, int b) { return static_cast<int>(std::lround(a * (1.0 - share) + b * share)); };
    return {mix(base.red(), colour.red()), mix(base.green(), colour.green()), mix(base.blue(), colour.blue())};
}

QString formatHours(double minutes)
{
    return tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'f', 1));
}

QString formatLoad(std::int64_t loadBp)
{
    const QLocale locale;
    return QString::number(std::llround(static_cast<double>(loadBp) / 100.0)) + QLatin1Char(' ') + locale.percent();
}

QString correlationSentence(std::optional<double> r)
{
    if (!r)
        return tr("Too few reps, or too little difference between them, to relate activity to revenue.");
    const QString value = QLocale().toString(*r, 'f', 2);
    const double strength = std::abs(*r);
    if (strength < kWeakCorrelation)
        return tr("Activity and revenue went their own ways (r = %1): more activity did not mean more revenue.")
            .arg(value);
    if (*r > 0)
        return (strength >= kStrongCorrelation ? tr("More activity went clearly with more revenue (r = %1).")
                                               : tr("More activity went with somewhat more revenue (r = %1)."))
            .arg(value);
    return tr("More activity went with less revenue (r = %1): look at what the busiest reps spend their time on.")
        .arg(value);
}

} // namespace attain::ui
