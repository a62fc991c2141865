#include "app/KpiTile.h"

#include "app/DashboardTileText.h"
#include "app/MetricFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace attain::ui {

namespace {
// Okabe–Ito: bluish green for better, vermillion for worse (told apart by the word as well).
const QColor kBetterColor(0x00, 0x9E, 0x73);
const QColor kWorseColor(0xD5, 0x5E, 0x00);
const QColor kNoStatusColor(0xC8, 0xC8, 0xC8);
constexpr int kStripWidth = 5;

QString objectNameOf(storage::DashboardTileId id)
{
    static const char *const names[] = {"revenueTile", "attainmentTile", "paceTile", "gapTile", "dealsWonTile",
                                        "conversionRateTile", "averageDealSizeTile", "salesCycleTile",
                                        "newCustomersTile", "retentionTile", "csatTile", "marketShareTile"};
    return QLatin1String(names[static_cast<int>(id)]);
}
} // namespace

KpiTile::KpiTile(storage::DashboardTileId id, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_statusColor(kNoStatusColor)
    , m_titleLabel(new QLabel(tileTitle(id), this))
    , m_valueLabel(new QLabel(this))
    , m_changeLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(objectNameOf(id));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tileTitle(id));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_valueLabel->setObjectName(QStringLiteral("valueLabel"));
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));

    QFont valueFont = m_valueLabel->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_valueLabel->setFont(valueFont);
    QFont small = m_changeLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_changeLabel->setFont(small);
    m_targetLabel->setFont(small);
    m_statusLabel->setFont(small);
    m_titleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_targetLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(kStripWidth + 8, 6, 8, 6);
    layout->setVerticalSpacing(1);
    layout->addWidget(m_titleLabel, 0, 0);
    layout->addWidget(m_statusLabel, 0, 1);
    layout->addWidget(m_valueLabel, 1, 0, 1, 2);
    layout->addWidget(m_changeLabel, 2, 0, 1, 2);
    layout->addWidget(m_targetLabel, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    clear();
}

void KpiTile::clear()
{
    m_valueLabel->setText(QStringLiteral("—"));
    m_changeLabel->setText(QStringLiteral(" "));
    m_targetLabel->setText(QStringLiteral(" "));
    m_statusLabel->clear();
    m_statusColor = kNoStatusColor;
    setToolTip(tileDescription(m_id));
    update();
}

void KpiTile::setTile(const storage::DashboardTile &tile, const storage::DashboardSnapshot &snapshot,
                      const QString &currency)
{
    m_valueLabel->setText(tileValueText(tile, currency));
    const QString change = tileChangeText(tile, currency);
    const QString trend = trendName(tile.trend);
    // No value (no market figures, no closed deal for a conversion rate …) is not "no change".
    m_changeLabel->setText(!tile.value         ? tr("no data")
                           : change.isEmpty() ? tr("no previous figure")
                           : trend.isEmpty() ? change
                                             : tr("%1 · %2", "change, better or worse").arg(change, trend));
    QPalette palette = m_changeLabel->palette();
    palette.setColor(QPalette::WindowText, tile.trend == storage::Trend::Better ? kBetterColor
                                           : tile.trend == storage::Trend::Worse
                                               ? kWorseColor
                                               : this->palette().color(QPalette::PlaceholderText));
    m_changeLabel->setPalette(palette);
    const QString target = tileTargetText(tile, snapshot, currency);
    m_targetLabel->setText(target.isEmpty() ? QStringLiteral(" ") : target);
    m_statusLabel->setText(tileStatusText(tile));
    m_statusColor = tile.status ? statusColor(*tile.status) : kNoStatusColor;
    const QString tip = tileToolTip(tile, snapshot, currency);
    setToolTip(tip);
    setAccessibleDescription(tip);
    update();
}

QString KpiTile::valueText() const
{
    return m_valueLabel->text();
}

QString KpiTile::changeText() const
{
    return m_changeLabel->text();
}

QString KpiTile::statusText() const
{
    return m_statusLabel->text();
}

QString KpiTile::targetText() const
{
    return m_targetLabel->text().trimmed();
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The status as a bar down the tile's left edge, beside the status word.
    QPainter painter(this);
    painter.fillRect(QRect(frameWidth(), frameWidth(), kStripWidth, height() - 2 * frameWidth()), m_statusColor);
}

} // namespace attain::ui
