#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class TimeBoundPage;
}

namespace attain::ui {

class TargetWizardState;

/// T: the period (a month, a quarter or a year, following the fiscal year, or a custom range)
/// and the review cadence, with the finished target as one sentence. The last page: it also
/// re-checks what the period changes (the parent's period, the achievability verdict).
class TimeBoundPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeBoundPage)

public:
    explicit TimeBoundPage(TargetWizardState &state, QWidget *parent = nullptr);
    ~TimeBoundPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void showChoice();
    void fillNumbers();
    void readChoice();
    void refresh();

    TargetWizardState &m_state;
    const std::unique_ptr<Ui::TimeBoundPage> m_ui;
};

} // namespace attain::ui
