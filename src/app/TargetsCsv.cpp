#include "app/TargetsCsv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileDialog>
#include <QSaveFile>

#include "storage/CsvWriter.h"

namespace attain::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::TargetsCsv", text);
}

} // namespace

bool writeTargetsCsv(const QAbstractItemModel &rows, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    storage::CsvWriter writer(file);
    QStringList fields;
    for (int column = 0; column < rows.columnCount(); ++column)
        fields << rows.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    bool ok = writer.writeRow(fields);
    for (int row = 0; ok && row < rows.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < rows.columnCount(); ++column)
            fields << rows.index(row, column).data().toString();
        ok = writer.writeRow(fields);
    }
    if (!ok || !file.commit()) {
        if (error)
            *error = ok ? file.errorString() : writer.errorString();
        return false;
    }
    return true;
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
