#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SpecificPage;
}

namespace attain::ui {

class TargetWizardState;

/// S: the metric, who the target is for (company, a team or a rep), and its title, which
/// follows the other choices until the user edits it.
class SpecificPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecificPage)

public:
    explicit SpecificPage(TargetWizardState &state, QWidget *parent = nullptr);
    ~SpecificPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void fillScopes();
    void chooseMetric();
    void chooseScopeKind();
    void chooseScope();
    void refresh();

    TargetWizardState &m_state;
    const std::unique_ptr<Ui::SpecificPage> m_ui;
};

} // namespace attain::ui
