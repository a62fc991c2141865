#pragma once

#include <QList>
#include <QString>
#include <Qt>

#include <functional>

class QAbstractItemModel;
class QAction;
class QTableView;
class QWidget;

namespace attain::ui {

/// A role a model may answer with a plain value for CSV (e.g. "1234.50" instead of the
/// displayed "¥1,234.50"), so spreadsheets get numbers; Qt::DisplayRole text otherwise.
inline constexpr int CsvValueRole = Qt::UserRole + 0x4353;

/// Writes `model` as shown: the headers, then every row in the model's order (a proxy's
/// sorted and filtered order), the columns for which `columnShown` is true (all when empty),
/// through storage::CsvWriter (UTF-8 with BOM, formulas neutralised) to `path`, atomically.
/// False with `error` set when it cannot be written.
bool writeModelCsv(const QAbstractItemModel &model, const QString &path, QString *error = nullptr,
                   const std::function<bool(int column)> &columnShown = {});

/// Writes what `view` shows: its model's rows without hidden rows, its visible columns in
/// their on-screen order, with their header texts.
bool writeTableCsv(const QTableView &view, const QString &path, QString *error = nullptr);

/// Asks for the file to write (suggesting `suggestedName`); returns an empty path on cancel.
/// A QFileDialog unless replaced (tests replace it to avoid the modal dialog).
using CsvPathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;
void setCsvPathChooser(CsvPathChooser chooser);

/// Adds "Export to CSV…" (Ctrl+Shift+E while the view has the focus) to `view`: in its
/// context menu when it has none of its own (a page with its own menu adds
/// csvExportAction(view) to it). Returns the action.
QAction *attachCsvExport(QTableView *view, const QString &suggestedName);

/// What the context menu attachCsvExport() gives a view lists: the view's actions with a text,
/// the export last.
[[nodiscard]] QList<QAction *> contextMenuActions(const QWidget *view);

/// The action attachCsvExport() added to `view`, or null.
[[nodiscard]] QAction *csvExportAction(const QTableView *view);

/// Asks for a file and writes `view` there; shows a message box when it fails. True when a
/// file was written.
bool exportTableWithDialog(QTableView *view, const QString &suggestedName);

/// The table File ▸ Export Table… exports from `page`: the one with the focus, else the first
/// visible one with the export action; null when the page shows none.
[[nodiscard]] QTableView *exportableTable(const QWidget *page);

/// Exports exportableTable(page) with the dialog; tells the user when there is none.
void exportPageTable(QWidget *page);

} // namespace attain::ui
