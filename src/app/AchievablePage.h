#pragma once

#include "engine/Achievability.h"

#include <QWizardPage>

#include <memory>

class QChart;
class QChartView;

namespace Ui {
class AchievablePage;
}

namespace attain::ui {

class TargetWizardState;

/// A: the proposed value and the engine's verdict on it (required growth vs last year and vs
/// the run-rate, its rank among past periods, the forecast's chance of reaching it), saying
/// whether past growth or the forecast decided, with a chart of the monthly history, the
/// forecast and its bands, and the target's monthly level. A target judged unrealistic or too
/// low is kept only with a ticked acknowledgement and a reason.
class AchievablePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AchievablePage)

public:
    explicit AchievablePage(TargetWizardState &state, QWidget *parent = nullptr);
    ~AchievablePage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void editValue(const QString &text);
    void refresh();
    void showAssessment();
    [[nodiscard]] static QString verdictText(const engine::AchievabilityResult &result);

    TargetWizardState &m_state;
    const std::unique_ptr<Ui::AchievablePage> m_ui;
    QChart *m_chart;
    QChartView *m_chartView;
};

} // namespace attain::ui
