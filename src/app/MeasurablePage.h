#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class MeasurablePage;
}

namespace attain::ui {

class TargetWizardState;

/// M: how the metric is computed, and its value for the chosen scope over the period so far
/// next to the same part of the period a year earlier.
class MeasurablePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurablePage)

public:
    explicit MeasurablePage(TargetWizardState &state, QWidget *parent = nullptr);
    ~MeasurablePage() override;

    void initializePage() override;

private:
    TargetWizardState &m_state;
    const std::unique_ptr<Ui::MeasurablePage> m_ui;
};

} // namespace attain::ui
