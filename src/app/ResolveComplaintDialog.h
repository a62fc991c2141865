#pragma once

#include "storage/FeedbackTypes.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace attain::ui {

/// What was done about a complaint: the text, and — when the complaint is closed — the day it
/// was resolved. Left unticked, the complaint is in progress (or open again without a text).
class ResolveComplaintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveComplaintDialog)

public:
    ResolveComplaintDialog(const storage::FeedbackEntry &complaint, engine::Date today, QWidget *parent = nullptr);

    [[nodiscard]] storage::ComplaintResolution resolution() const;

private:
    void updateState();

    QPlainTextEdit *m_resolutionTextEdit;
    QCheckBox *m_resolvedCheckBox;
    QDateEdit *m_resolvedOnDateEdit;
    QLabel *m_hintLabel;
    QDialogButtonBox *m_buttonBox;
};

} // namespace attain::ui
