#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace attain::ui {

/// Writes every row of `rows` (a view of TargetsModel: the list's filter, or one target with
/// its children) as shown, headers first, to `path` with CsvWriter (UTF-8 with BOM for Excel),
/// atomically. False with `error` set when it cannot be written.
bool writeTargetsCsv(const QAbstractItemModel &rows, const QString &path, QString *error = nullptr);

/// Asks where to save (suggesting `fileName`) and writes `rows` there. Returns why it could not
/// be written; empty when it was, or when the user cancelled.
[[nodiscard]] QString exportTargetsWithDialog(QWidget *parent, const QAbstractItemModel &rows, const QString &fileName);

} // namespace attain::ui
