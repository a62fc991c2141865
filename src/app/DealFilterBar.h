#pragma once

#include "storage/DealTypes.h"
#include "storage/OrganisationRepository.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace attain::ui {

/// The deals list's filters: stage (open, won, lost or all), owner (managers only), when it
/// was created or closed, and a search over customer names, competitors and lost reasons.
class DealFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealFilterBar)

public:
    explicit DealFilterBar(QWidget *parent = nullptr);

    /// Hides the owner filter for a rep (storage shows them only their own and shared deals).
    void setOwnerFilterVisible(bool visible);
    void setReps(const std::vector<storage::OrganisationUnit> &reps);
    [[nodiscard]] storage::DealFilter filter() const;

Q_SIGNALS:
    /// A filter changed (the search text after a short pause in typing).
    void changed();

private:
    QComboBox *m_stageFilter;
    QLabel *m_ownerLabel;
    QComboBox *m_ownerFilter;
    QComboBox *m_periodFilter;
    QLineEdit *m_searchLineEdit;
    QTimer *m_searchTimer;
};

} // namespace attain::ui
