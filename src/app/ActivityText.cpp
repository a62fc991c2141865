#include "app/ActivityText.h"

#include "app/MoneyFormat.h"

#include <QCoreApplication>

namespace attain::ui {

QString activityOutcomeName(const QString &key)
{
    // lupdate needs the context spelled out in each call.
    if (key == QLatin1String("positive"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Positive");
    if (key == QLatin1String("neutral"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Neutral");
    if (key == QLatin1String("negative"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Negative");
    return key;
}

QString dealStageName(const QString &stage)
{
    if (stage == QLatin1String("prospecting"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Prospecting");
    if (stage == QLatin1String("qualification"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Qualification");
    if (stage == QLatin1String("proposal"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Proposal");
    if (stage == QLatin1String("negotiation"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Negotiation");
    if (stage == QLatin1String("won"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Won");
    if (stage == QLatin1String("lost"))
        return QCoreApplication::translate("attain::ui::ActivityText", "Lost");
    return stage;
}

QString dealLabel(const storage::DealChoice &deal)
{
    const QString amount = formatMoney(deal.amountMinor, deal.currency);
    if (deal.closedOn.isValid())
        return QCoreApplication::translate("attain::ui::ActivityText", "%1 · %2 · closed %3").arg(dealStageName(deal.stage), amount, deal.closedOn.toString(Qt::ISODate));
    if (deal.expectedCloseOn.isValid())
        return QCoreApplication::translate("attain::ui::ActivityText", "%1 · %2 · expected %3")
            .arg(dealStageName(deal.stage), amount, deal.expectedCloseOn.toString(Qt::ISODate));
    return QCoreApplication::translate("attain::ui::ActivityText", "%1 · %2").arg(dealStageName(deal.stage), amount);
}

QString dealLabel(const storage::Activity &activity)
{
    if (activity.dealId.isEmpty())
        return {};
    if (activity.dealStage.isEmpty())
        return activity.dealId; // the deal is gone
    return QCoreApplication::translate("attain::ui::ActivityText", "%1 · %2").arg(dealStageName(activity.dealStage), formatMoney(activity.dealAmountMinor, activity.dealCurrency));
}

} // namespace attain::ui
