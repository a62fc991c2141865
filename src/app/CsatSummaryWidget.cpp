#include "app/CsatSummaryWidget.h"

#include "app/FeedbackText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace attain::ui {

CsatSummaryWidget::CsatSummaryWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_csat = addTile(tr("Customer satisfaction (CSAT)"), QStringLiteral("csatTile"));
    m_open = addTile(tr("Open complaints"), QStringLiteral("openComplaintsTile"));
    m_days = addTile(tr("Mean time to resolve"), QStringLiteral("meanDaysTile"));
    m_csat.value->setObjectName(QStringLiteral("csatValueLabel"));
    m_csat.detail->setObjectName(QStringLiteral("responsesLabel"));
    m_open.value->setObjectName(QStringLiteral("openComplaintsValueLabel"));
    m_open.detail->setObjectName(QStringLiteral("complaintsLabel"));
    m_days.value->setObjectName(QStringLiteral("meanDaysValueLabel"));
    m_days.detail->setObjectName(QStringLiteral("resolvedLabel"));
    clear();
}

CsatSummaryWidget::Tile CsatSummaryWidget::addTile(const QString &title, const QString &objectName)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAccessibleName(title);
    auto *titleLabel = new QLabel(title, frame);
    titleLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(frame);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detail = new QLabel(frame);
    detail->setForegroundRole(QPalette::PlaceholderText);
    auto *tileLayout = new QVBoxLayout(frame);
    tileLayout->setContentsMargins(10, 6, 10, 6);
    tileLayout->setSpacing(1);
    tileLayout->addWidget(titleLabel);
    tileLayout->addWidget(value);
    tileLayout->addWidget(detail);
    static_cast<QHBoxLayout *>(layout())->addWidget(frame, 1);
    return { value, detail };
}

void CsatSummaryWidget::clear()
{
    for (const Tile &tile : { m_csat, m_open, m_days }) {
        tile.value->setText(QStringLiteral("—"));
        tile.detail->setText(QStringLiteral(" "));
    }
}

void CsatSummaryWidget::setSummary(const storage::CsatSummary &summary)
{
    const auto responses = static_cast<int>(summary.responses);
    // "3.67 / 5": the scale is part of the figure; no responses is no value, not 0.
    m_csat.value->setText(
        summary.csatHundredths() ? tr("%1 / 5").arg(ui::csatText(summary.csatHundredths())) : QStringLiteral("—"));
    // No plural forms: the English catalogue has none for these yet.
    m_csat.detail->setText(
        responses > 0 ? tr("Responses: %1").arg(QLocale().toString(responses)) : tr("No feedback in this period"));
    m_open.value->setText(QLocale().toString(summary.openComplaints));
    m_open.detail->setText(tr("Complaints received: %1").arg(QLocale().toString(summary.complaints)));
    m_days.value->setText(daysText(summary.meanDaysToResolveTenths()));
    m_days.detail->setText(summary.resolvedWithDate > 0
            ? tr("Resolved complaints: %1").arg(QLocale().toString(summary.resolvedWithDate))
            : tr("No complaint resolved with a date yet"));
}

QString CsatSummaryWidget::csatText() const
{
    return m_csat.value->text();
}

QString CsatSummaryWidget::responsesText() const
{
    return m_csat.detail->text();
}

QString CsatSummaryWidget::openComplaintsText() const
{
    return m_open.value->text();
}

QString CsatSummaryWidget::meanDaysText() const
{
    return m_days.value->text();
}

} // namespace attain::ui
