#include "app/ActivityEntryForm.h"

#include "app/ActivityText.h"
#include "app/CustomerComboBox.h"
#include "app/ActivityTypeText.h"
#include "engine/ActivityType.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attain::ui {

namespace {
/// A label whose mnemonic focuses `buddy`.
QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ActivityEntryForm::ActivityEntryForm(const QString &submitText, QWidget *parent)
    : QWidget(parent)
    , m_repComboBox(new QComboBox(this))
    , m_repLabel(labelFor(tr("Re&p:"), m_repComboBox, this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_typeComboBox(new QComboBox(this))
    , m_minutesSpinBox(new QSpinBox(this))
    , m_customerComboBox(new CustomerComboBox(this))
    , m_dealComboBox(new QComboBox(this))
    , m_outcomeComboBox(new QComboBox(this))
    , m_notesLineEdit(new QLineEdit(this))
    , m_submitButton(new QPushButton(submitText, this))
    , m_problemLabel(new QLabel(this))
{
    m_repComboBox->setObjectName(QStringLiteral("repComboBox"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_typeComboBox->setObjectName(QStringLiteral("typeComboBox"));
    m_minutesSpinBox->setObjectName(QStringLiteral("minutesSpinBox"));
    m_customerComboBox->setObjectName(QStringLiteral("customerComboBox"));
    m_dealComboBox->setObjectName(QStringLiteral("dealComboBox"));
    m_outcomeComboBox->setObjectName(QStringLiteral("outcomeComboBox"));
    m_notesLineEdit->setObjectName(QStringLiteral("notesLineEdit"));
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));

    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Plain names: the combo box's own search then finds a type by its first letter.
    for (const engine::ActivityType type : engine::kActivityTypes) {
        const std::string_view key = engine::activityTypeKey(type);
        m_typeComboBox->addItem(activityTypeName(type), QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())));
    }
    m_typeComboBox->setToolTip(tr("Keys 1–5 or the first letter choose the type."));
    m_typeComboBox->installEventFilter(this);
    m_dateEdit->installEventFilter(this);
    m_minutesSpinBox->setRange(0, 1440);
    m_minutesSpinBox->setSingleStep(15);
    m_minutesSpinBox->setValue(30);
    m_minutesSpinBox->setSuffix(tr(" min"));
    m_minutesSpinBox->setAccelerated(true);
    m_dealComboBox->setMinimumContentsLength(26);
    m_dealComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const char *key : storage::kActivityOutcomes)
        m_outcomeComboBox->addItem(activityOutcomeName(QLatin1String(key)), QLatin1String(key));
    m_outcomeComboBox->addItem(tr("Not recorded"), QString());
    m_outcomeComboBox->setCurrentIndex(1);
    m_notesLineEdit->setPlaceholderText(tr("What happened, next step"));
    m_notesLineEdit->setMaxLength(4000);
    m_submitButton->setAutoDefault(false);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    auto *first = new QHBoxLayout;
    first->addWidget(m_repLabel);
    first->addWidget(m_repComboBox);
    first->addWidget(labelFor(tr("&Date:"), m_dateEdit, this));
    first->addWidget(m_dateEdit);
    first->addWidget(labelFor(tr("&Type:"), m_typeComboBox, this));
    first->addWidget(m_typeComboBox);
    first->addWidget(labelFor(tr("D&uration:"), m_minutesSpinBox, this));
    first->addWidget(m_minutesSpinBox);
    first->setSpacing(6);
    for (const int minutes : {15, 30, 60}) {
        auto *quick = new QToolButton(this);
        quick->setObjectName(QStringLiteral("minutes%1Button").arg(minutes));
        quick->setText(tr("%1′").arg(minutes));
        quick->setToolTip(tr("%1 minutes").arg(minutes));
        // Out of the tab chain: typing the number is faster than tabbing to a button.
        quick->setFocusPolicy(Qt::NoFocus);
        connect(quick, &QToolButton::clicked, this, [this, minutes] { m_minutesSpinBox->setValue(minutes); });
        first->addWidget(quick);
    }
    first->addWidget(labelFor(tr("&Customer:"), m_customerComboBox, this));
    first->addWidget(m_customerComboBox, 1);

    auto *second = new QHBoxLayout;
    second->addWidget(labelFor(tr("D&eal:"), m_dealComboBox, this));
    second->addWidget(m_dealComboBox, 1);
    second->addWidget(labelFor(tr("&Outcome:"), m_outcomeComboBox, this));
    second->addWidget(m_outcomeComboBox);
    second->addWidget(labelFor(tr("&Notes:"), m_notesLineEdit, this));
    second->addWidget(m_notesLineEdit, 2);
    second->addWidget(m_submitButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(m_problemLabel);

    setTabOrder(m_repComboBox, m_dateEdit);
    setTabOrder(m_dateEdit, m_typeComboBox);
    setTabOrder(m_typeComboBox, m_minutesSpinBox);
    setTabOrder(m_minutesSpinBox, m_customerComboBox);
    setTabOrder(m_customerComboBox, m_dealComboBox);
    setTabOrder(m_dealComboBox, m_outcomeComboBox);
    setTabOrder(m_outcomeComboBox, m_notesLineEdit);
    setTabOrder(m_notesLineEdit, m_submitButton);

    connect(m_submitButton, &QPushButton::clicked, this, &ActivityEntryForm::submit);
    connect(m_customerComboBox, &QComboBox::currentIndexChanged, this, [this] { reloadDeals({}); });
    // As soon as the typed name is a customer's, so Tab lands on a deal list that is current.
    // The deal box stays enabled without deals: the Tab order never changes.
    connect(m_customerComboBox->lineEdit(), &QLineEdit::textChanged, this, [this] { reloadDeals({}); });
    setActor({});
}

void ActivityEntryForm::setActor(const storage::Actor &actor)
{
    m_actor = actor;
    m_repLabel->setVisible(actor.isManager());
    m_repComboBox->setVisible(actor.isManager());
    m_loadedDealsFor = QStringLiteral("\n"); // a rep is offered fewer deals than a manager
    reloadDeals(m_dealComboBox->currentData().toString());
}

void ActivityEntryForm::setReps(const std::vector<storage::OrganisationUnit> &reps)
{
    const QString current = m_repComboBox->currentData().toString();
    m_repComboBox->clear();
    m_repComboBox->addItem(tr("Choose…"), QString());
    for (const storage::OrganisationUnit &rep : reps)
        m_repComboBox->addItem(rep.name, rep.id);
    m_repComboBox->setCurrentIndex(std::max(0, m_repComboBox->findData(current)));
}

void ActivityEntryForm::setCustomers(const std::vector<storage::CustomerChoice> &customers)
{
    m_customerComboBox->setCustomers(customers);
}

void ActivityEntryForm::setDealSource(DealSource source)
{
    m_dealSource = std::move(source);
    m_loadedDealsFor = QStringLiteral("\n"); // no customer has that id: reload
    reloadDeals(m_dealComboBox->currentData().toString());
}

void ActivityEntryForm::setActivity(const storage::Activity &activity)
{
    m_id = activity.id;
    m_repComboBox->setCurrentIndex(std::max(0, m_repComboBox->findData(activity.repId)));
    m_dateEdit->setDate(activity.occurredOn.isValid() ? activity.occurredOn : QDate::currentDate());
    m_typeComboBox->setCurrentIndex(std::max(0, m_typeComboBox->findData(activity.type)));
    m_minutesSpinBox->setValue(activity.minutes);
    {
        const QSignalBlocker blocker(m_customerComboBox);
        m_customerComboBox->setCustomer(activity.customerId, activity.customerName);
    }
    m_loadedDealsFor = QStringLiteral("\n");
    reloadDeals(activity.dealId);
    m_outcomeComboBox->setCurrentIndex(std::max(0, m_outcomeComboBox->findData(activity.outcome)));
    m_notesLineEdit->setText(activity.notes);
}

void ActivityEntryForm::setDefaults(const QString &type, int minutes, const QString &customerId)
{
    if (const int index = m_typeComboBox->findData(type); index >= 0)
        m_typeComboBox->setCurrentIndex(index);
    if (minutes > 0)
        m_minutesSpinBox->setValue(minutes);
    if (!customerId.isEmpty() && m_customerComboBox->findData(customerId) >= 0) {
        m_customerComboBox->setCustomer(customerId);
        reloadDeals({});
    }
}

QString ActivityEntryForm::customerId() const
{
    return m_customerComboBox->customerId();
}

storage::Activity ActivityEntryForm::activity() const
{
    storage::Activity activity;
    activity.id = m_id;
    activity.repId = m_actor.isManager() ? m_repComboBox->currentData().toString() : m_actor.repId;
    activity.occurredOn = m_dateEdit->date();
    activity.type = m_typeComboBox->currentData().toString();
    activity.minutes = m_minutesSpinBox->value();
    activity.customerId = customerId();
    activity.customerName = m_customerComboBox->currentText().trimmed();
    activity.dealId = m_dealComboBox->currentData().toString();
    activity.outcome = m_outcomeComboBox->currentData().toString();
    activity.notes = m_notesLineEdit->text().trimmed();
    return activity;
}

QString ActivityEntryForm::problem() const
{
    if (m_actor.isManager() && m_repComboBox->currentData().toString().isEmpty())
        return tr("Choose the rep who did the activity.");
    if (const QString text = m_customerComboBox->currentText().trimmed(); !text.isEmpty() && customerId().isEmpty())
        return tr("No customer is named “%1”; pick one from the list.").arg(text);
    return {};
}

void ActivityEntryForm::showProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

void ActivityEntryForm::clearForNext()
{
    m_id.clear();
    m_dealComboBox->setCurrentIndex(0);
    m_outcomeComboBox->setCurrentIndex(1);
    m_notesLineEdit->clear();
    showProblem({});
    focusFirstField();
}

void ActivityEntryForm::focusFirstField()
{
    if (m_actor.isManager() && m_repComboBox->currentData().toString().isEmpty())
        m_repComboBox->setFocus(Qt::OtherFocusReason);
    else
        m_typeComboBox->setFocus(Qt::OtherFocusReason);
}

void ActivityEntryForm::submit()
{
    reloadDeals(m_dealComboBox->currentData().toString());
    if (const QString why = problem(); !why.isEmpty()) {
        showProblem(why);
        return;
    }
    showProblem({});
    Q_EMIT submitted();
}

void ActivityEntryForm::reloadDeals(const QString &keepDealId)
{
    const QString customer = customerId();
    if (customer == m_loadedDealsFor)
        return;
    m_loadedDealsFor = customer;
    m_dealComboBox->clear();
    m_dealComboBox->addItem(tr("No deal"), QString());
    if (!customer.isEmpty() && m_dealSource)
        for (const storage::DealChoice &deal : m_dealSource(customer, keepDealId))
            m_dealComboBox->addItem(dealLabel(deal), deal.id);
    m_dealComboBox->setCurrentIndex(std::max(0, m_dealComboBox->findData(keepDealId)));
}

void ActivityEntryForm::keyPressEvent(QKeyEvent *event)
{
    // Fields ignore Enter (line edits, spin boxes, closed combo boxes): it reaches the form.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ActivityEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    // A date edit moves between its year, month and day on Tab; here Tab leaves it (the arrow
    // keys still move between the parts), so the form is one Tab per field.
    if (watched == m_dateEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            m_typeComboBox->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Backtab && m_repComboBox->isVisible()) {
            m_repComboBox->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    }
    if (watched == m_typeComboBox && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int index = key->key() - Qt::Key_1;
        if (key->modifiers() == Qt::NoModifier && index >= 0 && index < m_typeComboBox->count()) {
            m_typeComboBox->setCurrentIndex(index);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace attain::ui
