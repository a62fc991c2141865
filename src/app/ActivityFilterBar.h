#pragma once

#include "storage/ActivityTypes.h"
#include "storage/OrganisationRepository.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace attain::ui {

/// The activities list's filters: rep (managers only), type, date range (the last 90 days to
/// tomorrow at first) and a search over notes and customer names.
class ActivityFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilterBar)

public:
    explicit ActivityFilterBar(QWidget *parent = nullptr);

    /// Hides the rep filter for a rep (storage shows them only their own anyway).
    void setRepFilterVisible(bool visible);
    void setReps(const std::vector<storage::OrganisationUnit> &reps);
    [[nodiscard]] storage::ActivityFilter filter() const;

Q_SIGNALS:
    /// A filter changed (the search text after a short pause in typing).
    void changed();

private:
    QLabel *m_repLabel;
    QComboBox *m_repFilter;
    QComboBox *m_typeFilter;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLineEdit *m_searchLineEdit;
    QTimer *m_searchTimer;
};

} // namespace attain::ui
