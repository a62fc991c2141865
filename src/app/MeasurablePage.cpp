#include "app/MeasurablePage.h"

#include "ui_MeasurablePage.h"

#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/ReasonLabel.h"
#include "app/TargetWizardState.h"
#include "engine/Growth.h"

namespace attain::ui {

namespace {

QString rangeText(const engine::Period &period)
{
    return QCoreApplication::translate("attain::ui::MeasurablePage", "%1 to %2", "first day, last day")
        .arg(QString::fromStdString(engine::toIsoString(period.first)),
            QString::fromStdString(engine::toIsoString(period.last)));
}

} // namespace

MeasurablePage::MeasurablePage(TargetWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_ui(std::make_unique<Ui::MeasurablePage>())
{
    m_ui->setupUi(this);
    showReason(m_ui->reasonLabel, {});
}

MeasurablePage::~MeasurablePage() = default;

void MeasurablePage::initializePage()
{
    const auto metric = m_state.draft().metric;
    const auto scope = m_state.scope();
    const auto period = m_state.period();
    if (!metric || !scope || !period) {
        showReason(m_ui->reasonLabel, m_state.specificProblem());
        return;
    }
    showReason(m_ui->reasonLabel, {});
    const QString currency = m_state.currency();
    m_ui->definitionLabel->setText(metricDescription(*metric));
    m_ui->scopeLabel->setText(tr("%1, %2", "scope, period").arg(m_state.scopeName(), m_state.periodName()));

    const PeriodSoFar soFar = m_state.history().soFar(*metric, *scope, *period);
    const auto valueText = [&](const std::optional<std::int64_t> &value) {
        return value ? formatMetricValue(*metric, *value, currency) : tr("no value (nothing to count)");
    };
    if (soFar.started)
        m_ui->currentValueLabel->setText(
            tr("%1 (%2)", "value (date range)").arg(valueText(soFar.currentValue), rangeText(soFar.current)));
    else
        m_ui->currentValueLabel->setText(tr("Not started: the period begins on %1.")
                                             .arg(QString::fromStdString(engine::toIsoString(period->first))));
    if (soFar.lastYear)
        m_ui->lastYearValueLabel->setText(
            tr("%1 (%2)", "value (date range)").arg(valueText(soFar.lastYearValue), rangeText(*soFar.lastYear)));
    else
        m_ui->lastYearValueLabel->setText(tr("No comparable period a year earlier."));

    // Growth reads as a percentage for amounts and counts; a rate's change is in points.
    QString change = tr("—");
    if (soFar.currentValue && soFar.lastYearValue) {
        const engine::Unit unit = engine::definition(*metric).unit;
        if (unit == engine::Unit::BasisPoints) {
            change = tr("%1 points", "change of a percentage")
                         .arg(formatBasisPoints(*soFar.currentValue - *soFar.lastYearValue).chopped(1));
        } else if (const auto growth = engine::growthBasisPoints(*soFar.currentValue, *soFar.lastYearValue)) {
            change = formatBasisPoints(*growth);
        }
    } else if (!soFar.started) {
        change = tr("Shown once the period has started.");
    }
    m_ui->changeLabel->setText(change);
    m_ui->periodNoteLabel->setText(tr("As of %1. The period is chosen on the Time-bound page.")
                                       .arg(QString::fromStdString(engine::toIsoString(m_state.context().asOf))));
}

} // namespace attain::ui
