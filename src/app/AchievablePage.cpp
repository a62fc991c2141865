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

/// A chance in whole percent, rounded away from 50 % so the number shown never crosses a
/// verdict's threshold (4.96 % is below 5 %: it shows 4 %, not 5 %). Simulated paths cannot
/// prove a target impossible or certain: 0 and 100 read "under 1%" and "over 99%".
QString chanceText(double probability)
{
    const double percent = probability * 100.0;
    // The epsilon keeps an exact 5 % (200 of 4000 paths) at 5, not 4.
    const auto whole = static_cast<int>(percent < 50.0 ? std::floor(percent + 1e-9) : std::ceil(percent - 1e-9));
    if (whole <= 0)
        return AchievablePage::tr("under 1%");
    if (whole >= 100)
        return AchievablePage::tr("over 99%");
    return AchievablePage::tr("%1%").arg(whole);
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
    m_ui->pageLayout->setStretchFactor(m_ui->chartLayout, 1); // the chart takes what the text leaves
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

    QString text;
    if (!assessment)
        text = tr("Enter a value to see how it compares with your history.");
    else if (assessment->status == TargetAssessment::Status::LowerIsBetter)
        text = tr("<b>Not judged</b>: the check looks for growth, and here lower is better.");
    else if (assessment->status == TargetAssessment::Status::NoHistory)
        text = tr("<b>Not judged</b>: no complete month of history before the period starts.");
    else
        text = verdictText(assessment->result);
    m_ui->verdictLabel->setText(text);

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
        result.probabilityOfAttainment ? chanceText(*result.probabilityOfAttainment) : tr("—"));
    const auto value = [&](double amount) {
        return formatMetricValueCompact(*metric, static_cast<std::int64_t>(std::llround(amount)), currency);
    };
    m_ui->forecastLabel->setText(result.forecastTotal && metric
            ? tr("%1, 80% range %2 – %3", "forecast median, low, high")
                  .arg(value(result.forecastTotal->median), value(result.forecastTotal->low),
                      value(result.forecastTotal->high))
            : tr("—"));

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
        const std::int64_t target = m_state.draft().value.value_or(0);
        showAchievabilityChart(m_chart, *metric, assessment->history, assessment->forecast, *period,
            months > 1 ? target / months : target, currency);
    }
}

QString AchievablePage::verdictText(const engine::AchievabilityResult &result)
{
    if (result.basis == engine::VerdictBasis::History || !result.probabilityOfAttainment) {
        switch (result.verdict) {
        case AchievabilityVerdict::TooLow:
            return tr("<span style='color:#b00020'>▼</span> <b>Too low</b>: asks for no real growth, or less "
                      "than almost every past period achieved.");
        case AchievabilityVerdict::Comfortable:
            return tr("<span style='color:#1b7f3b'>✔</span> <b>Comfortable</b>: at or below the growth of a "
                      "typical past period.");
        case AchievabilityVerdict::Stretch:
            return tr("<span style='color:#b26a00'>▲</span> <b>Stretch</b>: above a typical past period, but "
                      "the better ones reached it.");
        case AchievabilityVerdict::Unrealistic:
            return tr("<span style='color:#b00020'>⚠</span> <b>Unrealistic</b>: above what nearly every past "
                      "period achieved.");
        case AchievabilityVerdict::InsufficientHistory:
            break;
        }
        return tr("<b>Not enough history</b> to judge: too few comparable past periods.");
    }
    // The forecast moved the verdict: say so, with what past growth alone would have said.
    const QString chance = chanceText(*result.probabilityOfAttainment).toHtmlEscaped();
    QString text;
    switch (result.verdict) {
    case AchievabilityVerdict::TooLow:
        text = tr("<span style='color:#b00020'>▼</span> <b>Too low</b>: the forecast makes it near-certain "
                  "(a chance of %1).").arg(chance);
        break;
    case AchievabilityVerdict::Comfortable:
        text = tr("<span style='color:#1b7f3b'>✔</span> <b>Comfortable</b>: the forecast gives it a chance of %1.")
                   .arg(chance);
        break;
    case AchievabilityVerdict::Stretch:
        text = tr("<span style='color:#b26a00'>▲</span> <b>Stretch</b>: the forecast gives it a chance of %1, "
                  "less than even.").arg(chance);
        break;
    case AchievabilityVerdict::Unrealistic:
    case AchievabilityVerdict::InsufficientHistory: // never the forecast's verdict
        text = tr("<span style='color:#b00020'>⚠</span> <b>Unrealistic</b>: the forecast gives it a chance of %1.")
                   .arg(chance);
        break;
    }
    const std::optional<std::int64_t> median = result.distribution.median;
    QString history;
    switch (result.historyVerdict) {
    case AchievabilityVerdict::TooLow:
        history = tr("By past growth alone it would be too low.");
        break;
    case AchievabilityVerdict::Comfortable:
        history = median ? tr("By past growth alone it would be comfortable: a typical past period grew %1.")
                               .arg(signedPercent(*median))
                         : QString();
        break;
    case AchievabilityVerdict::Stretch:
        history = tr("By past growth alone it would be a stretch.");
        break;
    case AchievabilityVerdict::Unrealistic:
        history = tr("By past growth alone it would be unrealistic.");
        break;
    case AchievabilityVerdict::InsufficientHistory:
        history = tr("There are too few comparable past periods to judge it by past growth.");
        break;
    }
    return history.isEmpty() ? text : tr("%1 %2", "the verdict, then what past growth alone says").arg(text, history);
}

} // namespace attain::ui
