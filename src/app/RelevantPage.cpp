#include "app/RelevantPage.h"

#include "ui_RelevantPage.h"

#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/ReasonLabel.h"
#include "app/TargetWizardState.h"

namespace attain::ui {

RelevantPage::RelevantPage(TargetWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_ui(std::make_unique<Ui::RelevantPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->parentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_state.draft().parentId = m_ui->parentComboBox->currentData().toString();
        refresh();
    });
}

RelevantPage::~RelevantPage() = default;

void RelevantPage::initializePage()
{
    // Only targets of the same metric can be parents; the engine's tree checks the rest.
    const QSignalBlocker blocker(m_ui->parentComboBox);
    m_ui->parentComboBox->clear();
    m_ui->parentComboBox->addItem(tr("Nothing: a top-level target"), QString());
    for (const storage::StoredTarget &target : m_state.context().existingTargets) {
        if (target.target.metric != m_state.draft().metric)
            continue;
        const QString period = QString::fromStdString(target.target.period.label());
        const QString title = target.title.isEmpty() ? metricName(target.target.metric) : target.title;
        m_ui->parentComboBox->addItem(
            tr("%1 (%2)", "title (period)").arg(title, period), QString::fromStdString(target.target.id));
    }
    if (m_ui->parentComboBox->findData(m_state.draft().parentId) < 0)
        m_state.draft().parentId.clear();
    const int index = m_ui->parentComboBox->findData(m_state.draft().parentId);
    m_ui->parentComboBox->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

bool RelevantPage::isComplete() const
{
    return m_state.relevantProblem().isEmpty();
}

void RelevantPage::refresh()
{
    const storage::StoredTarget *parent = m_state.parent();
    const QString currency = m_state.currency();
    m_ui->parentDetailsLabel->setText(parent
            ? tr("%1 of %2 in %3", "value of metric in period")
                  .arg(formatMetricValue(parent->target.metric, parent->target.value, currency),
                      QLocale().toLower(metricName(parent->target.metric)),
                      QString::fromStdString(parent->target.period.label()))
            : tr("None. Linking a target to a bigger one shows how each part serves the whole."));

    QString coverage = tr("—");
    const auto value = m_state.draft().value;
    const auto metric = m_state.draft().metric;
    if (parent && value && metric && parent->target.metric == *metric) {
        // Only sums split into parts; a team's conversion rate is not a share of the company's.
        if (engine::definition(*metric).aggregation != engine::Aggregation::Sum)
            coverage = tr("Not a share: %1 does not add up across targets.").arg(metricName(*metric));
        else if (parent->target.value > 0) // display only: the double never feeds back into a value
            coverage = tr("%1 of the parent's %2")
                           .arg(formatBasisPoints(static_cast<std::int64_t>(
                                    static_cast<double>(*value) * 10000.0 / static_cast<double>(parent->target.value))),
                               formatMetricValue(*metric, parent->target.value, currency));
    }
    m_ui->coverageLabel->setText(coverage);
    showReason(m_ui->reasonLabel, m_state.relevantProblem());
    Q_EMIT completeChanged();
}

} // namespace attain::ui
