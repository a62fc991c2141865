#include "app/FeedbackDialog.h"

#include "app/FeedbackText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attain::ui {

FeedbackDialog::FeedbackDialog(const std::vector<storage::FeedbackCustomer> &customers,
    const std::vector<storage::OrganisationUnit> &reps, const storage::Actor &actor, engine::Date today,
    const std::optional<storage::FeedbackDraft> &initial, QWidget *parent)
    : QDialog(parent)
    , m_customerComboBox(new QComboBox(this))
    , m_repComboBox(new QComboBox(this))
    , m_dateEdit(new QDateEdit(this))
    , m_scoreSpinBox(new QSpinBox(this))
    , m_starsLabel(new QLabel(this))
    , m_complaintCheckBox(new QCheckBox(tr("This is a &complaint"), this))
    , m_notesTextEdit(new QPlainTextEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(initial ? tr("Edit Feedback") : tr("Record Feedback"));
    setObjectName(QStringLiteral("feedbackDialog"));

    m_customerComboBox->setObjectName(QStringLiteral("customerComboBox"));
    m_customerComboBox->setEditable(true);
    m_customerComboBox->setInsertPolicy(QComboBox::NoInsert);
    for (const storage::FeedbackCustomer &customer : customers)
        m_customerComboBox->addItem(customer.name, customer.id);
    // Thousands of customers: typing any part of the name narrows the list.
    m_customerComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customerComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_customerComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_customerComboBox->lineEdit()->setPlaceholderText(tr("Type to search customers"));
    m_customerComboBox->setMinimumContentsLength(28);

    m_repComboBox->setObjectName(QStringLiteral("repComboBox"));
    if (actor.isManager()) {
        m_repComboBox->addItem(tr("No rep"), QString());
        for (const storage::OrganisationUnit &rep : reps)
            m_repComboBox->addItem(rep.name, rep.id);
    } else {
        // A rep records feedback as themselves (storage refuses anything else).
        m_repComboBox->addItem(actor.name, actor.repId);
        m_repComboBox->setEnabled(false);
    }

    m_dateEdit->setObjectName(QStringLiteral("receivedOnDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(qDateFrom(today));

    m_scoreSpinBox->setObjectName(QStringLiteral("scoreSpinBox"));
    m_scoreSpinBox->setRange(0, 5);
    m_scoreSpinBox->setSpecialValueText(tr("Choose"));
    m_scoreSpinBox->setAccessibleName(tr("Score from 1 to 5"));
    m_starsLabel->setObjectName(QStringLiteral("starsLabel"));
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scoreSpinBox);
    scoreRow->addWidget(m_starsLabel, 1);

    m_complaintCheckBox->setObjectName(QStringLiteral("complaintCheckBox"));
    m_notesTextEdit->setObjectName(QStringLiteral("notesTextEdit"));
    m_notesTextEdit->setTabChangesFocus(true);
    m_notesTextEdit->setPlaceholderText(tr("What the customer said"));
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(initial ? tr("&Save") : tr("&Record"));

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
    };
    addRow(tr("C&ustomer:"), m_customerComboBox);
    addRow(tr("R&ep:"), m_repComboBox);
    addRow(tr("Recei&ved on:"), m_dateEdit);
    auto *scoreLabel = new QLabel(tr("&Score (1–5):"), this);
    scoreLabel->setBuddy(m_scoreSpinBox);
    form->addRow(scoreLabel, scoreRow);
    form->addRow(QString(), m_complaintCheckBox);
    addRow(tr("&Notes:"), m_notesTextEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttonBox);

    if (initial) {
        m_customerComboBox->setCurrentIndex(m_customerComboBox->findData(initial->customerId));
        const int rep = m_repComboBox->findData(initial->repId);
        m_repComboBox->setCurrentIndex(rep >= 0 ? rep : 0);
        m_dateEdit->setDate(qDateFrom(initial->receivedOn));
        m_scoreSpinBox->setValue(initial->score);
        m_complaintCheckBox->setChecked(initial->complaint);
        m_notesTextEdit->setPlainText(initial->notes);
    } else {
        m_customerComboBox->setCurrentIndex(-1);
        m_dateEdit->setDate(qDateFrom(today));
    }
    setTabOrder(m_customerComboBox, m_repComboBox);
    setTabOrder(m_repComboBox, m_dateEdit);
    setTabOrder(m_dateEdit, m_scoreSpinBox);
    setTabOrder(m_scoreSpinBox, m_complaintCheckBox);
    setTabOrder(m_complaintCheckBox, m_notesTextEdit);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customerComboBox, &QComboBox::currentTextChanged, this, &FeedbackDialog::updateState);
    connect(m_scoreSpinBox, &QSpinBox::valueChanged, this, &FeedbackDialog::updateState);
    updateState();
    m_customerComboBox->setFocus();
}

storage::FeedbackDraft FeedbackDialog::draft() const
{
    storage::FeedbackDraft draft;
    // The chosen item first: customers may share a name, and the first of that name is not
    // necessarily the one picked (or the one the edited feedback has).
    const QString text = m_customerComboBox->currentText().trimmed();
    int customer = m_customerComboBox->currentIndex();
    if (customer < 0 || m_customerComboBox->itemText(customer) != text)
        customer = m_customerComboBox->findText(text, Qt::MatchFixedString);
    draft.customerId = customer >= 0 ? m_customerComboBox->itemData(customer).toString() : QString();
    draft.repId = m_repComboBox->currentData().toString();
    draft.receivedOn = engineDateFrom(m_dateEdit->date());
    draft.score = m_scoreSpinBox->value();
    draft.complaint = m_complaintCheckBox->isChecked();
    draft.notes = m_notesTextEdit->toPlainText().trimmed();
    return draft;
}

void FeedbackDialog::updateState()
{
    const int score = m_scoreSpinBox->value();
    m_starsLabel->setText(score > 0 ? scoreText(score) : QString());
    const storage::FeedbackDraft current = draft();
    QString hint;
    if (current.customerId.isEmpty())
        hint = m_customerComboBox->currentText().trimmed().isEmpty() ? tr("Choose the customer.")
                                                                     : tr("No customer has this name.");
    else if (score == 0)
        hint = tr("Type a score from 1 (very unhappy) to 5 (very happy).");
    m_hintLabel->setText(hint);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

} // namespace attain::ui
