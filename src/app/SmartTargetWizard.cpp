#include "app/SmartTargetWizard.h"

#include "app/AchievablePage.h"
#include "app/MeasurablePage.h"
#include "app/RelevantPage.h"
#include "app/SpecificPage.h"
#include "app/TimeBoundPage.h"

#include <QUuid>

namespace attain::ui {

SmartTargetWizard::SmartTargetWizard(TargetWizardContext context, QWidget *parent)
    : QWizard(parent)
    , m_state(std::move(context))
{
    setObjectName(QStringLiteral("smartTargetWizard"));
    setWindowTitle(tr("New SMART Target"));
    // The same look on every platform: the title and subtitle of each letter in the header.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SpecificPageId, new SpecificPage(m_state, this));
    setPage(MeasurablePageId, new MeasurablePage(m_state, this));
    setPage(AchievablePageId, new AchievablePage(m_state, this));
    setPage(RelevantPageId, new RelevantPage(m_state, this));
    setPage(TimeBoundPageId, new TimeBoundPage(m_state, this));
    setStartId(SpecificPageId);
    resize(680, 680); // room for the Achievable page's chart with its warning and reason shown
}

SmartTargetWizard::~SmartTargetWizard() = default;

void SmartTargetWizard::accept()
{
    m_result = m_state.buildTarget(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!m_result)
        return; // the last page's validatePage() has shown why
    QWizard::accept();
}

std::optional<storage::StoredTarget> SmartTargetWizard::takeTarget()
{
    return std::exchange(m_result, std::nullopt);
}

} // namespace attain::ui
