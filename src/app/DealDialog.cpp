#include "app/DealDialog.h"

#include "app/ActivityText.h"
#include "app/CustomerComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace attain::ui {

namespace {
/// "None" first, then the units by name; `noneText` empty means a choice is required.
void fill(QComboBox *box, const std::vector<storage::OrganisationUnit> &units, const QString &noneText)
{
    box->addItem(noneText, QString());
    for (const storage::OrganisationUnit &unit : units)
        box->addItem(unit.name, unit.id);
}

void choose(QComboBox *box, const QString &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

DealDialog::DealDialog(const QString &title, const storage::Actor &actor, const DealChoices &choices, Save save,
                       QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_save(std::move(save))
    , m_ownerComboBox(new QComboBox(this))
    , m_customerComboBox(new CustomerComboBox(this))
    , m_stageComboBox(new QComboBox(this))
    , m_amountSpinBox(new QDoubleSpinBox(this))
    , m_currencyComboBox(new QComboBox(this))
    , m_expectedCheckBox(new QCheckBox(tr("E&xpected close:"), this))
    , m_expectedEdit(dateEdit(this))
    , m_closedEdit(dateEdit(this))
    , m_lostReasonLineEdit(new QLineEdit(this))
    , m_competitorLineEdit(new QLineEdit(this))
    , m_channelComboBox(new QComboBox(this))
    , m_productLineComboBox(new QComboBox(this))
    , m_regionComboBox(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dealDialog"));
    setWindowTitle(title);
    m_ownerComboBox->setObjectName(QStringLiteral("ownerComboBox"));
    m_customerComboBox->setObjectName(QStringLiteral("customerComboBox"));
    m_stageComboBox->setObjectName(QStringLiteral("stageComboBox"));
    m_amountSpinBox->setObjectName(QStringLiteral("amountSpinBox"));
    m_currencyComboBox->setObjectName(QStringLiteral("currencyComboBox"));
    m_closedEdit->setObjectName(QStringLiteral("closedDateEdit"));
    m_lostReasonLineEdit->setObjectName(QStringLiteral("lostReasonLineEdit"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));

    fill(m_ownerComboBox, choices.reps, tr("Choose…"));
    m_customerComboBox->setCustomers(choices.customers);
    m_customerComboBox->setCustomer({});
    for (const char *key : storage::kDealStages)
        m_stageComboBox->addItem(dealStageName(QLatin1String(key)), QLatin1String(key));
    m_amountSpinBox->setRange(0, 1e12);
    m_amountSpinBox->setDecimals(2);
    m_amountSpinBox->setGroupSeparatorShown(true);
    m_amountSpinBox->setAlignment(Qt::AlignRight);
    m_currencyComboBox->addItems(choices.currencies);
    // Most files have one currency: CNY first when the file knows it.
    m_currencyComboBox->setCurrentIndex(std::max(0, m_currencyComboBox->findText(QStringLiteral("CNY"))));
    m_expectedEdit->setDate(QDate::currentDate().addMonths(1));
    m_lostReasonLineEdit->setMaxLength(200);
    m_lostReasonLineEdit->setPlaceholderText(tr("Price, timing, chose a competitor …"));
    m_competitorLineEdit->setMaxLength(200);
    fill(m_channelComboBox, choices.channels, tr("None"));
    fill(m_productLineComboBox, choices.productLines, tr("None"));
    fill(m_regionComboBox, choices.regions, tr("The customer's"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    auto *amount = new QHBoxLayout;
    amount->addWidget(m_amountSpinBox, 1);
    amount->addWidget(m_currencyComboBox);
    auto *form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_ownerComboBox);
    form->addRow(tr("&Customer:"), m_customerComboBox);
    form->addRow(tr("S&tage:"), m_stageComboBox);
    auto *amountLabel = new QLabel(tr("&Amount:"), this); // a row of a layout gets no buddy by itself
    amountLabel->setBuddy(m_amountSpinBox);
    form->addRow(amountLabel, amount);
    form->addRow(m_expectedCheckBox, m_expectedEdit);
    form->addRow(tr("C&losed on:"), m_closedEdit);
    form->addRow(tr("Lost &reason:"), m_lostReasonLineEdit);
    form->addRow(tr("Com&petitor:"), m_competitorLineEdit);
    form->addRow(tr("C&hannel:"), m_channelComboBox);
    form->addRow(tr("Product l&ine:"), m_productLineComboBox);
    form->addRow(tr("Re&gion:"), m_regionComboBox);
    form->setRowVisible(m_ownerComboBox, actor.isManager());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    connect(buttons, &QDialogButtonBox::accepted, this, &DealDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stageComboBox, &QComboBox::currentIndexChanged, this, &DealDialog::updateStageFields);
    connect(m_expectedCheckBox, &QCheckBox::toggled, m_expectedEdit, &QWidget::setEnabled);
    updateStageFields();
    (actor.isManager() ? static_cast<QWidget *>(m_ownerComboBox) : m_customerComboBox)->setFocus();
}

void DealDialog::updateStageFields()
{
    const QString stage = m_stageComboBox->currentData().toString();
    // Only a closed deal has a close date, only a lost one a reason; an open one has an expected close.
    m_closedEdit->setEnabled(storage::isClosedStage(stage));
    m_lostReasonLineEdit->setEnabled(stage == QLatin1String("lost"));
    m_expectedCheckBox->setEnabled(!storage::isClosedStage(stage));
    m_expectedEdit->setEnabled(!storage::isClosedStage(stage) && m_expectedCheckBox->isChecked());
}

void DealDialog::setDeal(const storage::Deal &deal)
{
    m_original = deal;
    choose(m_ownerComboBox, deal.ownerRepId);
    m_customerComboBox->setCustomer(deal.customerId, deal.customerName);
    choose(m_stageComboBox, deal.stage);
    m_amountSpinBox->setValue(static_cast<double>(deal.amountMinor) / 100.0);
    if (m_currencyComboBox->findText(deal.currency) < 0)
        m_currencyComboBox->addItem(deal.currency);
    m_currencyComboBox->setCurrentText(deal.currency);
    m_expectedCheckBox->setChecked(deal.expectedCloseOn.isValid());
    if (deal.expectedCloseOn.isValid())
        m_expectedEdit->setDate(deal.expectedCloseOn);
    m_closedEdit->setDate(deal.closedOn.isValid() ? deal.closedOn : QDate::currentDate());
    m_lostReasonLineEdit->setText(deal.lostReason);
    m_competitorLineEdit->setText(deal.competitor);
    choose(m_channelComboBox, deal.channelId);
    choose(m_productLineComboBox, deal.productLineId);
    choose(m_regionComboBox, deal.regionId);
    updateStageFields();
}

storage::Deal DealDialog::deal() const
{
    storage::Deal deal = m_original;
    deal.ownerRepId = m_actor.isManager() ? m_ownerComboBox->currentData().toString() : m_actor.repId;
    deal.customerId = m_customerComboBox->customerId();
    deal.customerName = m_customerComboBox->currentText().trimmed();
    deal.stage = m_stageComboBox->currentData().toString();
    deal.amountMinor = std::llround(m_amountSpinBox->value() * 100.0);
    deal.currency = m_currencyComboBox->currentText();
    deal.expectedCloseOn = m_expectedCheckBox->isChecked() ? m_expectedEdit->date() : QDate();
    deal.closedOn = storage::isClosedStage(deal.stage) ? m_closedEdit->date() : QDate();
    deal.lostReason = deal.stage == QLatin1String("lost") ? m_lostReasonLineEdit->text().trimmed() : QString();
    deal.competitor = m_competitorLineEdit->text().trimmed();
    deal.channelId = m_channelComboBox->currentData().toString();
    deal.productLineId = m_productLineComboBox->currentData().toString();
    deal.regionId = m_regionComboBox->currentData().toString();
    return deal;
}

void DealDialog::submit()
{
    QString problem;
    if (m_actor.isManager() && m_ownerComboBox->currentData().toString().isEmpty())
        problem = tr("Choose the rep who owns the deal.");
    else if (const QString text = m_customerComboBox->currentText().trimmed(); text.isEmpty())
        problem = tr("Choose the deal's customer.");
    else if (m_customerComboBox->customerId().isEmpty())
        problem = tr("No customer is named “%1”; pick one from the list.").arg(text);
    else
        problem = m_save(deal());
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        accept();
}

} // namespace attain::ui
