#include "app/TargetsCsv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileDialog>

#include "app/TableViewCsv.h"

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::TargetsCsv", text);
}

} // namespace

bool writeTargetsCsv(const QAbstractItemModel &rows, const QString &path, QString *error)
{
    return writeModelCsv(rows, path, error);
}

QString exportTargetsWithDialog(QWidget *parent, const QAbstractItemModel &rows, const QString &fileName)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Targets"), fileName, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !writeTargetsCsv(rows, path, &error) && error.isEmpty())
        error = tr("The file could not be written.");
    return error;
}

} // namespace attain::ui
