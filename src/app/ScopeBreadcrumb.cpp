#include "app/ScopeBreadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace attain::ui {

namespace {
const QString kSeparator = QStringLiteral(" › ");
}

ScopeBreadcrumb::ScopeBreadcrumb(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("scopeBreadcrumb"));
    setAccessibleName(tr("Scope path"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch();
}

QString ScopeBreadcrumb::text() const
{
    return m_names.join(kSeparator);
}

void ScopeBreadcrumb::setCrumbs(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont bold = font();
    bold.setBold(true);
    m_buttons.clear();
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0) {
            auto *separator = new QLabel(QStringLiteral(" › "), this);
            separator->setAccessibleName(QString());
            m_layout->addWidget(separator);
        }
        if (i == names.size() - 1) {
            // Where we are: text, not a button.
            auto *current = new QLabel(names[i], this);
            current->setObjectName(QStringLiteral("currentCrumb"));
            current->setFont(bold);
            current->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_layout->addWidget(current);
        } else {
            auto *button = new QToolButton(this);
            button->setObjectName(QStringLiteral("crumb%1").arg(i));
            button->setText(QString(names[i]).replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
            button->setAutoRaise(true);
            button->setCursor(Qt::PointingHandCursor);
            button->setFocusPolicy(Qt::StrongFocus);
            button->setToolTip(tr("Back to %1").arg(names[i]));
            connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT crumbActivated(i); });
            m_layout->addWidget(button);
            m_buttons << button;
        }
    }
    m_layout->addStretch();
}

} // namespace attain::ui
