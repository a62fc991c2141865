#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace attain::ui {

/// Help ▸ About: version, licence, the open database and the log file (selectable, so a
/// user can paste them into a support request).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString &databasePath, const QString &logPath, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace attain::ui
