#include "app/DashboardPanels.h"

#include "app/ActivityScatterWidget.h"
#include "app/DashboardLoader.h"
#include "app/DashboardPage.h"
#include "app/LeaderboardWidget.h"
#include "app/RiskPanel.h"
#include "app/TargetsModel.h"
#include "app/TargetsPage.h"

#include <QLayout>

namespace attain::ui {

void attachDashboardPanels(DashboardPage &dashboard, TargetsPage &targets)
{
    auto *leaderboard = new LeaderboardWidget(dashboard.leaderboardArea());
    leaderboard->setObjectName(QStringLiteral("leaderboardWidget"));
    dashboard.leaderboardArea()->layout()->addWidget(leaderboard);
    auto *risks = new RiskPanel(*targets.model(), dashboard.riskArea());
    risks->setObjectName(QStringLiteral("riskPanel"));
    dashboard.riskArea()->layout()->addWidget(risks);
    auto *activity = new ActivityScatterWidget(dashboard.activityArea());
    activity->setObjectName(QStringLiteral("activityScatterWidget"));
    dashboard.activityArea()->layout()->addWidget(activity);

    QObject::connect(&dashboard, &DashboardPage::dashboardShown, leaderboard, [=](const DashboardData &data) {
        leaderboard->setRows(data.snapshot.leaderboard, data.request.currency);
        activity->setRows(data.snapshot.activity, data.request.currency);
    });
    QObject::connect(&dashboard, &DashboardPage::selectionChanged, risks,
                     [risks](const storage::DashboardRequest &request) {
                         risks->setScope(request.scope);
                         risks->setPeriod(request.period);
                     });
    // A rep picked on the leaderboard or the scatter: that rep's own dashboard.
    const auto openRep = [&dashboard](const QString &repId) {
        storage::DashboardScope scope;
        scope.repId = repId;
        dashboard.setScope(scope);
    };
    QObject::connect(leaderboard, &LeaderboardWidget::repActivated, &dashboard, openRep);
    QObject::connect(activity, &ActivityScatterWidget::repActivated, &dashboard, openRep);
    QObject::connect(risks, &RiskPanel::targetActivated, &targets,
                     [&targets](const QString &id) { targets.showTarget(id); });
    // The risks come from the targets list, which loads on its own worker.
    risks->setLoading(targets.isLoading() || targets.model()->rowCount() == 0);
    QObject::connect(&targets, &TargetsPage::loaded, risks, [risks] { risks->setLoading(false); });
}

} // namespace attain::ui
