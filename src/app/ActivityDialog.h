#pragma once

#include "storage/ActivityTypes.h"

#include <QDialog>

#include <functional>

namespace attain::ui {

class ActivityEntryForm;

/// The entry form in a dialog: Log Activity… (from any page) and editing a listed activity.
/// `save` stores the form's activity and returns storage's refusal, or an empty text on
/// success; a refusal is shown in the form and the dialog stays open.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    using Save = std::function<QString(const storage::Activity &)>;

    ActivityDialog(const QString &title, const QString &submitText, Save save, QWidget *parent = nullptr);

    [[nodiscard]] ActivityEntryForm *form() const { return m_form; }

private:
    ActivityEntryForm *m_form;
    Save m_save;
};

} // namespace attain::ui
