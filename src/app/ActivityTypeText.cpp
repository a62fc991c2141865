#include "app/ActivityTypeText.h"

#include <QCoreApplication>

namespace attain::ui {

QString activityTypeName(engine::ActivityType type)
{
    // lupdate needs the context spelled out in each call.
    switch (type) {
    case engine::ActivityType::Call: return QCoreApplication::translate("attain::ui::ActivityType", "Call");
    case engine::ActivityType::Visit: return QCoreApplication::translate("attain::ui::ActivityType", "Visit");
    case engine::ActivityType::Meeting: return QCoreApplication::translate("attain::ui::ActivityType", "Meeting");
    case engine::ActivityType::Demo: return QCoreApplication::translate("attain::ui::ActivityType", "Demo");
    case engine::ActivityType::Email: return QCoreApplication::translate("attain::ui::ActivityType", "Email");
    }
    return {};
}

QString activityTypeNameOfKey(const QString &key)
{
    const auto type = engine::activityTypeFromKey(key.toStdString());
    return type ? activityTypeName(*type) : key;
}

} // namespace attain::ui
