#include "app/TranslationCatalogue.h"

namespace attain::ui {

QString appCatalogueFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("attain_en");
    // QLocale fills in the likely script (zh_HK → Hant, zh_SG → Hans); the territories cover a
    // locale that still reports no script.
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || (locale.script() == QLocale::AnyScript
            && (locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                || locale.territory() == QLocale::Macao));
    return traditional ? QStringLiteral("attain_zh_TW") : QStringLiteral("attain_zh_CN");
}

} // namespace attain::ui
