#include "app/ActivityDialog.h"

#include "app/ActivityEntryForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain::ui {

ActivityDialog::ActivityDialog(const QString &title, const QString &submitText, Save save, QWidget *parent)
    : QDialog(parent)
    , m_form(new ActivityEntryForm(submitText, this))
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(title);
    m_form->setObjectName(QStringLiteral("activityEntryForm"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // The form's own button is the one Enter presses, and looks it.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    if (auto *submit = m_form->findChild<QPushButton *>(QStringLiteral("submitButton")))
        submit->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ActivityEntryForm::submitted, this, [this] {
        const QString refusal = m_save(m_form->activity());
        m_form->showProblem(refusal);
        if (refusal.isEmpty())
            accept();
    });
}

} // namespace attain::ui
