#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RelevantPage;
}

namespace attain::ui {

class TargetWizardState;

/// R: the existing target this one contributes to (optional), checked by the engine's target
/// tree, and how much of the parent it covers.
class RelevantPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelevantPage)

public:
    explicit RelevantPage(TargetWizardState &state, QWidget *parent = nullptr);
    ~RelevantPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void refresh();

    TargetWizardState &m_state;
    const std::unique_ptr<Ui::RelevantPage> m_ui;
};

} // namespace attain::ui
