#pragma once

#include "storage/FeedbackTypes.h"

#include <QWidget>

class QLabel;

namespace attain::ui {

/// The feedback page's tiles: CSAT with its number of responses, open complaints of all
/// complaints, and the mean days from receiving a complaint to resolving it.
class CsatSummaryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsatSummaryWidget)

public:
    explicit CsatSummaryWidget(QWidget *parent = nullptr);

    void setSummary(const storage::CsatSummary &summary);
    /// Dashes while loading.
    void clear();

    [[nodiscard]] QString csatText() const;
    [[nodiscard]] QString responsesText() const;
    [[nodiscard]] QString openComplaintsText() const;
    [[nodiscard]] QString meanDaysText() const;

private:
    struct Tile
    {
        QLabel *value;
        QLabel *detail;
    };
    Tile addTile(const QString &title, const QString &objectName);

    Tile m_csat, m_open, m_days;
};

} // namespace attain::ui
