#pragma once

#include "storage/DashboardTypes.h"

#include <QFrame>

class QLabel;

namespace attain::ui {

/// One KPI tile of the dashboard: the title, the value to date, the change against the previous
/// period (arrow, amount and "better"/"worse"), the target and the status. The status is a word
/// with a coloured bar beside the tile, so colour never carries it alone; the tooltip (and the
/// accessible description) has every figure exact.
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    explicit KpiTile(storage::DashboardTileId id, QWidget *parent = nullptr);

    /// Shows `tile` (of `snapshot`, for the previous period's dates in the tooltip).
    void setTile(const storage::DashboardTile &tile, const storage::DashboardSnapshot &snapshot, const QString &currency);
    /// Dashes until the first figures arrive.
    void clear();

    [[nodiscard]] storage::DashboardTileId id() const { return m_id; }
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString targetText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    storage::DashboardTileId m_id;
    QColor m_statusColor;
    QLabel *m_titleLabel;
    QLabel *m_valueLabel;
    QLabel *m_changeLabel;
    QLabel *m_targetLabel;
    QLabel *m_statusLabel;
};

} // namespace attain::ui
