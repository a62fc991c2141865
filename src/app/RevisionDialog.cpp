#include "app/RevisionDialog.h"

#include "ui_RevisionDialog.h"

#include <cmath>

#include <QPushButton>

#include "app/MetricFormat.h"
#include "app/MoneyFormat.h"

namespace attain::ui {

RevisionDialog::RevisionDialog(const storage::StoredTarget &target, const QString &currency,
    const storage::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevisionDialog>())
    , m_actor(actor)
{
    m_ui->setupUi(this);
    const engine::MetricId metric = target.target.metric;
    m_ui->targetLabel->setText(tr("<b>%1</b><br>%2, %3")
                                   .arg(target.title.toHtmlEscaped(), metricName(metric),
                                       QString::fromStdString(target.target.period.label())));
    m_ui->currentValueLabel->setText(formatMetricValue(metric, target.target.value, currency));

    // The editor shows whole units with two decimals; stored values are hundredths of them.
    QDoubleSpinBox *spin = m_ui->newValueSpinBox;
    spin->setRange(-1e13, 1e13);
    switch (engine::definition(metric).unit) {
    case engine::Unit::Money:
        spin->setPrefix(currencySymbol(currency));
        break;
    case engine::Unit::BasisPoints:
        spin->setSuffix(tr("%"));
        break;
    case engine::Unit::Days:
        spin->setSuffix(tr(" days"));
        break;
    case engine::Unit::Count:
    case engine::Unit::Score:
        break;
    }
    spin->setValue(static_cast<double>(target.target.value) / kEditorScale);
    spin->setAccessibleName(tr("New value"));

    m_ui->reasonComboBox->setPlaceholderText(tr("Choose a reason…"));
    for (const auto reason : { storage::RevisionReason::MarketChange, storage::RevisionReason::ResourceChange,
             storage::RevisionReason::Difficulty, storage::RevisionReason::Other })
        m_ui->reasonComboBox->addItem(reasonName(reason), static_cast<int>(reason));
    m_ui->reasonComboBox->setCurrentIndex(-1);

    m_ui->approveCheckBox->setVisible(m_actor.isManager());
    m_ui->hintLabel->setText(m_actor.isManager() ? tr("Without approval the change is proposed and waits in the "
                                             "target's history; the value stays as it is until then.")
                                        : tr("The change is proposed and waits for a manager's approval."));
    connect(m_ui->reasonComboBox, &QComboBox::currentIndexChanged, this, &RevisionDialog::updateOkButton);
    connect(m_ui->reasonTextEdit, &QPlainTextEdit::textChanged, this, &RevisionDialog::updateOkButton);
    updateOkButton();
    spin->setFocus();
    spin->selectAll();
}

RevisionDialog::~RevisionDialog() = default;

void RevisionDialog::updateOkButton()
{
    const bool complete
        = m_ui->reasonComboBox->currentIndex() >= 0 && !m_ui->reasonTextEdit->toPlainText().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

storage::ValueChange RevisionDialog::valueChange() const
{
    storage::ValueChange change;
    change.newValue = std::llround(m_ui->newValueSpinBox->value() * kEditorScale);
    change.reason = static_cast<storage::RevisionReason>(m_ui->reasonComboBox->currentData().toInt());
    change.reasonText = m_ui->reasonTextEdit->toPlainText().trimmed();
    change.by = m_actor;
    change.approve = m_actor.isManager() && m_ui->approveCheckBox->isChecked();
    return change;
}

} // namespace attain::ui
