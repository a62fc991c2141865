#include "app/DealFilterBar.h"

#include "app/ViewHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace attain::ui {

DealFilterBar::DealFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_stageFilter(new QComboBox(this))
    , m_ownerLabel(new QLabel(tr("O&wner:"), this))
    , m_ownerFilter(new QComboBox(this))
    , m_periodFilter(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
{
    m_stageFilter->setObjectName(QStringLiteral("stageFilterComboBox"));
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilterComboBox"));
    m_periodFilter->setObjectName(QStringLiteral("periodFilterComboBox"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_stageFilter->addItem(tr("All stages"), QString());
    m_stageFilter->addItem(tr("Open"), QStringLiteral("open"));
    m_stageFilter->addItem(tr("Won"), QStringLiteral("won"));
    m_stageFilter->addItem(tr("Lost"), QStringLiteral("lost"));
    // The open pipeline first: what a rep works on (thousands of closed deals follow in a year).
    m_stageFilter->setCurrentIndex(1);
    m_ownerFilter->addItem(tr("All reps"), QString());
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Days back from today; 0 = any time.
    m_periodFilter->addItem(tr("Any time"), 0);
    m_periodFilter->addItem(tr("Last 30 days"), 30);
    m_periodFilter->addItem(tr("Last 90 days"), 90);
    m_periodFilter->addItem(tr("Last 12 months"), 365);
    m_periodFilter->setToolTip(tr("Deals created or closed in this period"));
    m_searchLineEdit->setPlaceholderText(tr("Search customers, competitors and lost reasons"));
    m_searchLineEdit->setClearButtonEnabled(true);
    // Reload once typing pauses, not on every key.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto *stageLabel = new QLabel(tr("S&tage:"), this);
    stageLabel->setBuddy(m_stageFilter);
    m_ownerLabel->setBuddy(m_ownerFilter);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodFilter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *> {stageLabel, m_stageFilter, m_ownerLabel, m_ownerFilter,
                                                             periodLabel, m_periodFilter})
        layout->addWidget(widget);
    layout->addWidget(m_searchLineEdit, 1);

    for (QComboBox *box : {m_stageFilter, m_ownerFilter, m_periodFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &DealFilterBar::changed);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DealFilterBar::changed);
}

void DealFilterBar::setOwnerFilterVisible(bool visible)
{
    m_ownerLabel->setVisible(visible);
    m_ownerFilter->setVisible(visible);
}

void DealFilterBar::setReps(const std::vector<storage::OrganisationUnit> &reps)
{
    refillFilter(m_ownerFilter, reps);
}

storage::DealFilter DealFilterBar::filter() const
{
    storage::DealFilter filter;
    filter.stage = m_stageFilter->currentData().toString();
    filter.ownerRepId = m_ownerFilter->isHidden() ? QString() : m_ownerFilter->currentData().toString();
    if (const int days = m_periodFilter->currentData().toInt(); days > 0)
        filter.from = QDate::currentDate().addDays(-days);
    filter.text = m_searchLineEdit->text();
    return filter;
}

} // namespace attain::ui
