#include "app/TimeBoundPage.h"

#include "ui_TimeBoundPage.h"

#include "app/ReasonLabel.h"
#include "app/TargetWizardState.h"

#include <QDate>

namespace attain::ui {

namespace {

QDate toQDate(engine::Date date)
{
    return { static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
        static_cast<int>(static_cast<unsigned>(date.day())) };
}

engine::Date fromQDate(QDate date)
{
    return engine::makeDate(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace

TimeBoundPage::TimeBoundPage(TargetWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_ui(std::make_unique<Ui::TimeBoundPage>())
{
    m_ui->setupUi(this);
    const bool fiscal = m_state.context().fiscalYearStartMonth > 1;
    m_ui->periodKindComboBox->addItem(tr("Month"), static_cast<int>(PeriodKind::Month));
    m_ui->periodKindComboBox->addItem(
        fiscal ? tr("Fiscal quarter") : tr("Quarter"), static_cast<int>(PeriodKind::Quarter));
    m_ui->periodKindComboBox->addItem(fiscal ? tr("Fiscal year") : tr("Year"), static_cast<int>(PeriodKind::Year));
    m_ui->periodKindComboBox->addItem(tr("Custom dates"), static_cast<int>(PeriodKind::Custom));
    m_ui->cadenceComboBox->addItem(tr("Weekly"), static_cast<int>(ReviewCadence::Weekly));
    m_ui->cadenceComboBox->addItem(tr("Every two weeks"), static_cast<int>(ReviewCadence::Biweekly));
    m_ui->cadenceComboBox->addItem(tr("Monthly"), static_cast<int>(ReviewCadence::Monthly));
    m_ui->cadenceComboBox->addItem(tr("Quarterly"), static_cast<int>(ReviewCadence::Quarterly));

    connect(m_ui->periodKindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<PeriodKind>(m_ui->periodKindComboBox->currentData().toInt());
        if (kind == m_state.draft().period.kind)
            return;
        // A new kind starts at its next period, so a quarter never becomes "month 3" by accident.
        m_state.draft().period = nextPeriodChoice(kind, m_state.context().asOf, m_state.context().fiscalYearStartMonth);
        showChoice();
        refresh();
    });
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &TimeBoundPage::readChoice);
    connect(m_ui->numberComboBox, &QComboBox::currentIndexChanged, this, &TimeBoundPage::readChoice);
    connect(m_ui->firstDateEdit, &QDateEdit::dateChanged, this, &TimeBoundPage::readChoice);
    connect(m_ui->lastDateEdit, &QDateEdit::dateChanged, this, &TimeBoundPage::readChoice);
    connect(m_ui->cadenceComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_state.draft().cadence = static_cast<ReviewCadence>(m_ui->cadenceComboBox->currentData().toInt());
        refresh();
    });
}

TimeBoundPage::~TimeBoundPage() = default;

void TimeBoundPage::initializePage()
{
    showChoice();
    m_ui->cadenceComboBox->setCurrentIndex(m_ui->cadenceComboBox->findData(static_cast<int>(m_state.draft().cadence)));
    refresh();
}

bool TimeBoundPage::isComplete() const
{
    return m_state.timeBoundProblem().isEmpty();
}

bool TimeBoundPage::validatePage()
{
    // The last word: every page's problem, in case an earlier page changed after it was left.
    const QString problem = m_state.firstProblem();
    showReason(m_ui->reasonLabel, problem);
    return problem.isEmpty();
}

void TimeBoundPage::fillNumbers()
{
    const PeriodChoice &choice = m_state.draft().period;
    const QSignalBlocker blocker(m_ui->numberComboBox);
    m_ui->numberComboBox->clear();
    if (choice.kind == PeriodKind::Month)
        for (int month = 1; month <= 12; ++month)
            m_ui->numberComboBox->addItem(QLocale().standaloneMonthName(month), month);
    if (choice.kind == PeriodKind::Quarter)
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_ui->numberComboBox->addItem(tr("Q%1").arg(quarter), quarter);
    m_ui->numberComboBox->setCurrentIndex(m_ui->numberComboBox->findData(choice.number));
}

void TimeBoundPage::showChoice()
{
    const PeriodChoice choice = m_state.draft().period;
    const bool custom = choice.kind == PeriodKind::Custom;
    const bool numbered = choice.kind == PeriodKind::Month || choice.kind == PeriodKind::Quarter;
    {
        const QSignalBlocker kindBlocker(m_ui->periodKindComboBox);
        const QSignalBlocker yearBlocker(m_ui->yearSpinBox);
        const QSignalBlocker firstBlocker(m_ui->firstDateEdit);
        const QSignalBlocker lastBlocker(m_ui->lastDateEdit);
        m_ui->periodKindComboBox->setCurrentIndex(m_ui->periodKindComboBox->findData(static_cast<int>(choice.kind)));
        m_ui->yearSpinBox->setValue(choice.year);
        m_ui->firstDateEdit->setDate(toQDate(choice.customFirst));
        m_ui->lastDateEdit->setDate(toQDate(choice.customLast));
    }
    fillNumbers();
    m_ui->numberCaptionLabel->setText(choice.kind == PeriodKind::Month ? tr("&Month:") : tr("&Quarter:"));
    m_ui->formLayout->setRowVisible(m_ui->yearSpinBox, !custom);
    m_ui->formLayout->setRowVisible(m_ui->numberComboBox, numbered);
    m_ui->formLayout->setRowVisible(m_ui->firstDateEdit, custom);
    m_ui->formLayout->setRowVisible(m_ui->lastDateEdit, custom);
}

void TimeBoundPage::readChoice()
{
    PeriodChoice &choice = m_state.draft().period;
    choice.year = m_ui->yearSpinBox->value();
    if (m_ui->numberComboBox->currentData().isValid())
        choice.number = m_ui->numberComboBox->currentData().toInt();
    choice.customFirst = fromQDate(m_ui->firstDateEdit->date());
    choice.customLast = fromQDate(m_ui->lastDateEdit->date());
    refresh();
}

void TimeBoundPage::refresh()
{
    const auto period = m_state.period();
    m_ui->rangeLabel->setText(period ? tr("%1 to %2 (%n day(s))", "", period->dayCount())
                                           .arg(QString::fromStdString(engine::toIsoString(period->first)),
                                               QString::fromStdString(engine::toIsoString(period->last)))
                                     : tr("—"));
    const QString cadence = m_ui->cadenceComboBox->currentText().toLower();
    m_ui->summaryLabel->setText(m_state.effectiveTitle().isEmpty()
            ? QString()
            : tr("“%1”, reviewed %2.", "title, review cadence").arg(m_state.effectiveTitle(), cadence));
    showReason(m_ui->reasonLabel, m_state.timeBoundProblem());
    Q_EMIT completeChanged();
}

} // namespace attain::ui
