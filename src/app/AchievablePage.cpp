#include "app/AchievablePage.h"

#include "ui_AchievablePage.h"

#include "app/AchievabilityChart.h"
#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/ReasonLabel.h"
#include "app/TargetWizardState.h"

#include <QChart>
#include <QChartView>

#include <cmath>

namespace attain::ui {

namespace {

using engine::AchievabilityVerdict;

QString signedPercent(std::int64_t basisPoints)
{
    return (basisPoints > 0 ? QStringLiteral("+") : QString()) + formatBasisPoints(basisPoints);
}

} // namespace

AchievablePage::AchievablePage(TargetWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_ui(std::make_unique<Ui::AchievablePage>())
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    m_ui->setupUi(this);
    m_chartView->setObjectName(QStringLiteral("historyChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_ui->chartLayout->addWidget(m_chartView);
    m_ui->valueLineEdit->setPlaceholderText(tr("e.g. 12,000,000 or 1200万"));

    connect(m_ui->valueLineEdit, &QLineEdit::textChanged, this, &AchievablePage::editValue);
    connect(m_ui->acknowledgeCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        const TargetAssessment *assessment = m_state.assessment();
        if (checked && assessment)
            m_state.draft().acknowledgedVerdict = assessment->result.verdict;
        else
            m_state.draft().acknowledgedVerdict.reset();
        refresh();
    });
    connect(m_ui->acknowledgementLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_state.draft().acknowledgementReason = text;
        refresh();
    });
}

AchievablePage::~AchievablePage() = default;

void AchievablePage::initializePage()
{
    if (const auto metric = m_state.draft().metric)
        m_ui->unitLabel->setText(metricInputUnit(*metric, m_state.currency()));
    // Re-reads the text: a changed metric changes its unit, so the same text is another value.
    const QString text = m_state.draft().valueText;
    if (m_ui->valueLineEdit->text() != text)
        m_ui->valueLineEdit->setText(text);
    else
        editValue(text);
    m_ui->acknowledgementLineEdit->setText(m_state.draft().acknowledgementReason);
}

bool AchievablePage::isComplete() const
{
    return m_state.achievableProblem().isEmpty();
}

void AchievablePage::editValue(const QString &text)
{
    TargetDraft &draft = m_state.draft();
    draft.valueText = text;
    draft.value = draft.metric ? parseMetricValue(*draft.metric, text, m_state.currency()) : std::nullopt;
    refresh();
}

void AchievablePage::refresh()
{
    showAssessment();
    showReason(m_ui->reasonLabel, m_state.achievableProblem());
    Q_EMIT completeChanged();
}

void AchievablePage::showAssessment()
{
    const TargetAssessment *assessment = m_state.assessment();
    const auto metric = m_state.draft().metric;
    const bool assessed = assessment && assessment->status == TargetAssessment::Status::Assessed;
    const AchievabilityVerdict verdict
        = assessed ? assessment->result.verdict : AchievabilityVerdict::InsufficientHistory;
    const bool needsConsent
        = assessed && (verdict == AchievabilityVerdict::Unrealistic || verdict == AchievabilityVerdict::TooLow);
    // The tick belongs to the verdict it accepted: another verdict shows it cleared. The draft
    // keeps it, so typing through other verdicts on the way to the same value loses nothing.
    {
        const QSignalBlocker blocker(m_ui->acknowledgeCheckBox);
        m_ui->acknowledgeCheckBox->setChecked(needsConsent && m_state.draft().acknowledgedVerdict == verdict);
    }
    m_ui->acknowledgeCheckBox->setVisible(needsConsent);
    m_ui->acknowledgementLineEdit->setVisible(needsConsent);

    QString verdictText;
    if (!assessment) {
        verdictText = tr("Enter a value to see how it compares with your history.");
    } else if (assessment->status == TargetAssessment::Status::LowerIsBetter) {
        verdictText = tr("<b>Not judged</b>: the check looks for growth, and here lower is better.");
    } else if (assessment->status == TargetAssessment::Status::NoHistory) {
        verdictText = tr("<b>Not judged</b>: no complete month of history before the period starts.");
    } else {
        switch (verdict) {
        case AchievabilityVerdict::TooLow:
            verdictText = tr("<span style='color:#b00020'>▼</span> <b>Too low</b>: asks for no real growth, or less "
                             "than almost every past period achieved.");
            break;
        case AchievabilityVerdict::Comfortable:
            verdictText = tr("<span style='color:#1b7f3b'>✔</span> <b>Comfortable</b>: at or below the growth of a "
                             "typical past period.");
            break;
        case AchievabilityVerdict::Stretch:
            verdictText = tr("<span style='color:#b26a00'>▲</span> <b>Stretch</b>: above a typical past period, but "
                             "the better ones reached it.");
            break;
        case AchievabilityVerdict::Unrealistic:
            verdictText = tr("<span style='color:#b00020'>⚠</span> <b>Unrealistic</b>: above what nearly every past "
                             "period achieved.");
            break;
        case AchievabilityVerdict::InsufficientHistory:
            verdictText = tr("<b>Not enough history</b> to judge: too few comparable past periods.");
            break;
        }
    }
    m_ui->verdictLabel->setText(verdictText);

    const engine::AchievabilityResult none;
    const engine::AchievabilityResult &result = assessed ? assessment->result : none;
    const QString currency = m_state.currency();
    const auto compared = [&](const std::optional<std::int64_t> &base, const std::optional<std::int64_t> &growth) {
        if (!base || !metric)
            return tr("—");
        const QString value = formatMetricValue(*metric, *base, currency);
        return growth ? tr("%1: the target asks for %2", "base value, growth").arg(value, signedPercent(*growth))
                      : value;
    };
    m_ui->lastYearLabel->setText(compared(result.lastYear, result.growthVsLastYear));
    m_ui->runRateLabel->setText(compared(result.runRate, result.growthVsRunRate));
    m_ui->percentileLabel->setText(result.percentileRank
            ? tr("%1 of %n comparable period(s)", "", static_cast<int>(result.distribution.sampleCount))
                  .arg(formatBasisPoints(*result.percentileRank))
            : tr("—"));
    m_ui->probabilityLabel->setText(
        result.probabilityOfAttainment ? tr("%1%").arg(std::lround(*result.probabilityOfAttainment * 100.0)) : tr("—"));

    QStringList notes;
    if (assessed && assessment->assumedMonths > 0)
        notes << tr("History ends with %1; the %n month(s) until the target starts are assumed to repeat the "
                    "year before.",
            "", assessment->assumedMonths)
                     .arg(QString::fromStdString(assessment->history.months.back().label()));
    if (assessed && metric && engine::definition(*metric).aggregation != engine::Aggregation::Sum)
        notes << tr("%1 does not add up over months, so the target is compared with single months.")
                     .arg(metricName(*metric));
    m_ui->noteLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->noteLabel->setVisible(!notes.isEmpty());

    const auto period = m_state.period();
    const bool chart = assessed && metric && period && !assessment->history.values.empty();
    m_chartView->setVisible(chart);
    if (chart) {
        const auto months = static_cast<std::int64_t>(assessment->targetLength);
        const std::int64_t value = m_state.draft().value.value_or(0);
        showAchievabilityChart(
            m_chart, *metric, assessment->history, *period, months > 1 ? value / months : value, currency);
    }
}

} // namespace attain::ui
