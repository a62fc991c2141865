#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace attain::ui {

/// Draws a cell's series (a QList<qint64> under `role`, oldest first) as a small line: the
/// shape of a rep's last months at a glance, the exact values in the cell's tooltip. The last
/// segment is dotted because the last month is still running, and a dot marks where it stands.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)

public:
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    /// Okabe–Ito blue: readable on white and on the alternate row colour.
    static QColor lineColor() { return { 0x00, 0x72, 0xB2 }; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace attain::ui
