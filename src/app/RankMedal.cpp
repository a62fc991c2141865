#include "app/RankMedal.h"

#include <QCoreApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace attain::ui {

namespace {

struct MedalColors
{
    QColor disc, rim;
};

MedalColors medalColors(int rank)
{
    switch (rank) {
    case 1:
        return { QColor(0xF0, 0xC8, 0x3C), QColor(0x9A, 0x74, 0x00) }; // gold
    case 2:
        return { QColor(0xD4, 0xD4, 0xD4), QColor(0x70, 0x70, 0x70) }; // silver
    default:
        return { QColor(0xE0, 0x9A, 0x5A), QColor(0x8B, 0x4A, 0x13) }; // bronze
    }
}

/// Paints the medal into any rectangle: an icon engine rather than fixed pixmaps, so 2× screens
/// get a medal drawn at 2×, not a blurred enlargement.
class MedalIconEngine final : public QIconEngine
{
public:
    explicit MedalIconEngine(int rank)
        : m_rank(rank)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const MedalColors colors = medalColors(m_rank);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.5);
        // Ribbon: two bands meeting behind the disc (Okabe–Ito blue and vermillion).
        const qreal w = box.width();
        QPainterPath left, right;
        left.moveTo(box.left() + 0.12 * w, box.top());
        left.lineTo(box.left() + 0.38 * w, box.top());
        left.lineTo(box.left() + 0.60 * w, box.top() + 0.50 * w);
        left.lineTo(box.left() + 0.34 * w, box.top() + 0.50 * w);
        left.closeSubpath();
        right.moveTo(box.right() - 0.12 * w, box.top());
        right.lineTo(box.right() - 0.38 * w, box.top());
        right.lineTo(box.right() - 0.60 * w, box.top() + 0.50 * w);
        right.lineTo(box.right() - 0.34 * w, box.top() + 0.50 * w);
        right.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x00, 0x72, 0xB2));
        painter->drawPath(left);
        painter->setBrush(QColor(0xD5, 0x5E, 0x00));
        painter->drawPath(right);
        // Disc with the rank: the number says which medal without relying on its colour.
        const qreal diameter = 0.66 * w;
        const QRectF disc(box.center().x() - diameter / 2.0, box.bottom() - diameter - 0.02 * w, diameter, diameter);
        painter->setPen(QPen(colors.rim, std::max(1.0, 0.06 * w)));
        painter->setBrush(colors.disc);
        painter->drawEllipse(disc);
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(6, static_cast<int>(diameter * 0.62)));
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(disc, Qt::AlignCenter, QString::number(m_rank));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new MedalIconEngine(m_rank); }

private:
    int m_rank;
};

} // namespace

QIcon rankMedalIcon(int rank)
{
    if (rank < 1 || rank > 3)
        return {};
    return QIcon(new MedalIconEngine(rank));
}

QString rankMedalName(int rank)
{
    switch (rank) {
    case 1:
        return QCoreApplication::translate("attain::ui::RankMedal", "Gold");
    case 2:
        return QCoreApplication::translate("attain::ui::RankMedal", "Silver");
    case 3:
        return QCoreApplication::translate("attain::ui::RankMedal", "Bronze");
    default:
        return {};
    }
}

} // namespace attain::ui
