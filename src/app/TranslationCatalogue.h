#pragma once
// Which of Attain's compiled catalogues (:/i18n/attain_*.qm) serves a locale.

#include <QLocale>
#include <QString>

namespace attain::ui {

// "attain_zh_TW" for Traditional Chinese (zh_TW, zh_HK, zh_MO, zh_Hant_*), "attain_zh_CN" for any
// other Chinese, "attain_en" otherwise: the English catalogue holds the plural forms every
// language without its own catalogue needs ("1 target", "3 targets").
QString appCatalogueFor(const QLocale &locale);

} // namespace attain::ui
