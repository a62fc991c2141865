#include "app/SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace attain::ui {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background, selection and focus as any other cell, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<qint64> values = index.data(m_role).value<QList<qint64>>();
    if (values.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    // Zero stays in view when a month went negative (returns), so the dip reads as one.
    const double bottom = static_cast<double>(std::min<qint64>(*low, 0));
    const double top = static_cast<double>(*high);
    const QRectF area = QRectF(option.rect).adjusted(6.0, 4.0, -6.0, -4.0);
    if (area.width() <= 0.0 || area.height() <= 0.0)
        return;
    const auto pointAt = [&](qsizetype i) {
        const double x = values.size() == 1
            ? area.center().x()
            : area.left() + area.width() * static_cast<double>(i) / static_cast<double>(values.size() - 1);
        const double share = top > bottom ? (static_cast<double>(values[i]) - bottom) / (top - bottom) : 0.5;
        return QPointF(x, area.bottom() - share * area.height());
    };

    const bool selected = option.state & QStyle::State_Selected;
    const QColor color = selected ? option.palette.color(QPalette::HighlightedText) : lineColor();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal width = 1.6;
    if (values.size() > 1) {
        QPainterPath complete;
        complete.moveTo(pointAt(0));
        for (qsizetype i = 1; i + 1 < values.size(); ++i)
            complete.lineTo(pointAt(i));
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(complete);
        painter->setPen(QPen(color, width, Qt::DotLine, Qt::RoundCap));
        painter->drawLine(pointAt(values.size() - 2), pointAt(values.size() - 1));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(pointAt(values.size() - 1), 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Wide enough for six months to show their shape.
    size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 12));
    return size;
}

} // namespace attain::ui
