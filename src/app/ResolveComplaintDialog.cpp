#include "app/ResolveComplaintDialog.h"

#include "app/FeedbackText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attain::ui {

ResolveComplaintDialog::ResolveComplaintDialog(
    const storage::FeedbackEntry &complaint, engine::Date today, QWidget *parent)
    : QDialog(parent)
    , m_resolutionTextEdit(new QPlainTextEdit(this))
    , m_resolvedCheckBox(new QCheckBox(tr("The complaint is &resolved"), this))
    , m_resolvedOnDateEdit(new QDateEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Resolve Complaint"));
    setObjectName(QStringLiteral("resolveComplaintDialog"));

    // The complaint itself, so nobody resolves the wrong one.
    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("complaintLabel"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    const QString who = complaint.repName.isEmpty() ? complaint.customerName
                                                    : tr("%1, rep %2").arg(complaint.customerName, complaint.repName);
    about->setText(
        tr("%1 — received %2, score %3")
            .arg(who, QString::fromStdString(engine::toIsoString(complaint.receivedOn)), scoreText(complaint.score))
        + (complaint.notes.isEmpty() ? QString() : QStringLiteral("\n") + complaint.notes));

    m_resolutionTextEdit->setObjectName(QStringLiteral("resolutionTextEdit"));
    m_resolutionTextEdit->setTabChangesFocus(true);
    m_resolutionTextEdit->setPlaceholderText(tr("What was done: called back, replaced, refunded …"));
    m_resolutionTextEdit->setPlainText(complaint.resolution);
    m_resolvedCheckBox->setObjectName(QStringLiteral("resolvedCheckBox"));
    m_resolvedCheckBox->setChecked(true);
    m_resolvedOnDateEdit->setObjectName(QStringLiteral("resolvedOnDateEdit"));
    m_resolvedOnDateEdit->setCalendarPopup(true);
    m_resolvedOnDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Not before it was received (storage refuses that too), not in the future.
    const QDate received = qDateFrom(complaint.receivedOn);
    const QDate latest = std::max(received, qDateFrom(today));
    m_resolvedOnDateEdit->setDateRange(received, latest);
    m_resolvedOnDateEdit->setDate(complaint.resolvedOn ? qDateFrom(*complaint.resolvedOn) : latest);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->setWordWrap(true);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    auto *textLabel = new QLabel(tr("Re&solution:"), this);
    textLabel->setBuddy(m_resolutionTextEdit);
    form->addRow(textLabel, m_resolutionTextEdit);
    form->addRow(QString(), m_resolvedCheckBox);
    auto *dateLabel = new QLabel(tr("Resolved &on:"), this);
    dateLabel->setBuddy(m_resolvedOnDateEdit);
    form->addRow(dateLabel, m_resolvedOnDateEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolutionTextEdit, &QPlainTextEdit::textChanged, this, &ResolveComplaintDialog::updateState);
    connect(m_resolvedCheckBox, &QCheckBox::toggled, this, &ResolveComplaintDialog::updateState);
    updateState();
    m_resolutionTextEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

storage::ComplaintResolution ResolveComplaintDialog::resolution() const
{
    storage::ComplaintResolution resolution;
    resolution.text = m_resolutionTextEdit->toPlainText().trimmed();
    resolution.resolved = m_resolvedCheckBox->isChecked();
    if (resolution.resolved)
        resolution.resolvedOn = engineDateFrom(m_resolvedOnDateEdit->date());
    return resolution;
}

void ResolveComplaintDialog::updateState()
{
    const bool resolved = m_resolvedCheckBox->isChecked();
    const bool hasText = !m_resolutionTextEdit->toPlainText().trimmed().isEmpty();
    m_resolvedOnDateEdit->setEnabled(resolved);
    QString hint;
    if (resolved && !hasText)
        hint = tr("Say what was done before closing the complaint.");
    else if (!resolved)
        hint = hasText ? tr("Not resolved yet: the complaint stays in progress.")
                       : tr("Without a resolution the complaint stays open.");
    m_hintLabel->setText(hint);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!resolved || hasText);
}

} // namespace attain::ui
