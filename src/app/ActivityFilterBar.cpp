#include "app/ActivityFilterBar.h"

#include "app/ActivityTypeText.h"
#include "app/ViewHelpers.h"
#include "engine/ActivityType.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>

namespace attain::ui {

ActivityFilterBar::ActivityFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_repLabel(new QLabel(tr("&Rep:"), this))
    , m_repFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_fromEdit(new QDateEdit(QDate::currentDate().addDays(-90), this))
    , m_toEdit(new QDateEdit(QDate::currentDate().addDays(1), this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
{
    m_repFilter->setObjectName(QStringLiteral("repFilterComboBox"));
    m_typeFilter->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_repFilter->addItem(tr("All reps"), QString());
    m_repFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeFilter->addItem(tr("All types"), QString());
    for (const engine::ActivityType type : engine::kActivityTypes) {
        const std::string_view key = engine::activityTypeKey(type);
        m_typeFilter->addItem(activityTypeName(type), QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())));
    }
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_searchLineEdit->setPlaceholderText(tr("Search notes and customers"));
    m_searchLineEdit->setClearButtonEnabled(true);
    // Reload once typing pauses, not on every key.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    m_repLabel->setBuddy(m_repFilter);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_typeFilter);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_toEdit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_repLabel, m_repFilter, typeLabel, m_typeFilter, fromLabel,
                                                             m_fromEdit, toLabel, m_toEdit})
        layout->addWidget(widget);
    layout->addWidget(m_searchLineEdit, 1);

    for (QComboBox *box : {m_repFilter, m_typeFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::changed);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &ActivityFilterBar::changed);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ActivityFilterBar::changed);
}

void ActivityFilterBar::setRepFilterVisible(bool visible)
{
    m_repLabel->setVisible(visible);
    m_repFilter->setVisible(visible);
}

void ActivityFilterBar::setReps(const std::vector<storage::OrganisationUnit> &reps)
{
    refillFilter(m_repFilter, reps);
}

storage::ActivityFilter ActivityFilterBar::filter() const
{
    storage::ActivityFilter filter;
    filter.repId = m_repFilter->isHidden() ? QString() : m_repFilter->currentData().toString();
    filter.type = m_typeFilter->currentData().toString();
    filter.from = m_fromEdit->date();
    filter.to = m_toEdit->date();
    filter.text = m_searchLineEdit->text();
    return filter;
}

} // namespace attain::ui
