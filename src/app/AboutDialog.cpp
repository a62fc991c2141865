#include "app/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QDir>
#include <QIcon>

namespace attain::ui {

AboutDialog::AboutDialog(const QString &databasePath, const QString &logPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/attain.svg")).pixmap(64, 64));
    m_ui->titleLabel->setText(tr("<h2>Attain %1</h2>").arg(QStringLiteral(ATTAIN_VERSION)));
    m_ui->databaseLabel->setText(databasePath.isEmpty() ? tr("none") : QDir::toNativeSeparators(databasePath));
    m_ui->logLabel->setText(QDir::toNativeSeparators(logPath));
}

AboutDialog::~AboutDialog() = default;

} // namespace attain::ui
