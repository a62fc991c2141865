#include "app/WorkAsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace attain::ui {

WorkAsDialog::WorkAsDialog(const std::vector<storage::OrganisationUnit> &reps, const QString &repId, QWidget *parent)
    : QDialog(parent)
    , m_comboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("workAsDialog"));
    setWindowTitle(tr("Work As"));
    m_comboBox->setObjectName(QStringLiteral("workAsComboBox"));
    m_comboBox->addItem(tr("Manager (approves, rejects and locks targets)"), QString());
    for (const storage::OrganisationUnit &rep : reps)
        m_comboBox->addItem(tr("Rep: %1").arg(rep.name), rep.id);
    m_comboBox->setCurrentIndex(std::max(0, m_comboBox->findData(repId)));

    auto *explanation = new QLabel(tr("This file has no logins: whom you work as decides which actions Attain "
                                      "offers and signs your changes. A rep may propose changes to their own "
                                      "targets; only a manager approves them or locks a target."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Work as:"), this);
    label->setBuddy(m_comboBox);
    form->addRow(label, m_comboBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

WorkAsDialog::~WorkAsDialog() = default;

QString WorkAsDialog::repId() const
{
    return m_comboBox->currentData().toString();
}

} // namespace attain::ui
