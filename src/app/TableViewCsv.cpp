#include "app/TableViewCsv.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>

#include "storage/CsvWriter.h"

namespace attain::ui {

namespace {

const char *const kActionName = "exportCsvAction";
const char *const kSuggestedName = "attainCsvSuggestedName";

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::ui::TableViewCsv", text);
}

QString defaultChooser(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, tr("Export to CSV"), suggestedName, tr("CSV files (*.csv)"));
}

CsvPathChooser &chooser()
{
    static CsvPathChooser current = defaultChooser;
    return current;
}

QString cellText(const QModelIndex &index)
{
    const QVariant value = index.data(CsvValueRole);
    return value.isValid() ? value.toString() : index.data(Qt::DisplayRole).toString();
}

/// Writes the rows for which `rowShown` holds, in the columns `columns` (logical indexes).
bool writeRows(const QAbstractItemModel &model, const QString &path, QString *error, const QList<int> &columns,
               const std::function<bool(int)> &rowShown)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    storage::CsvWriter writer(file);
    QStringList fields;
    for (const int column : columns)
        fields << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    bool ok = writer.writeRow(fields);
    for (int row = 0; ok && row < model.rowCount(); ++row) {
        if (rowShown && !rowShown(row))
            continue;
        fields.clear();
        for (const int column : columns)
            fields << cellText(model.index(row, column));
        ok = writer.writeRow(fields);
    }
    if (!ok || !file.commit()) {
        if (error)
            *error = ok ? file.errorString() : writer.errorString();
        return false;
    }
    return true;
}

} // namespace

bool writeModelCsv(const QAbstractItemModel &model, const QString &path, QString *error,
                   const std::function<bool(int)> &columnShown)
{
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!columnShown || columnShown(column))
            columns << column;
    }
    return writeRows(model, path, error, columns, {});
}

bool writeTableCsv(const QTableView &view, const QString &path, QString *error)
{
    const QAbstractItemModel *model = view.model();
    if (!model) {
        if (error)
            *error = tr("The table has no data.");
        return false;
    }
    // Columns in the order the user dragged them into, without hidden ones.
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return writeRows(*model, path, error, columns, [&view](int row) { return !view.isRowHidden(row); });
}

void setCsvPathChooser(CsvPathChooser next)
{
    chooser() = next ? std::move(next) : CsvPathChooser(defaultChooser);
}

QAction *attachCsvExport(QTableView *view, const QString &suggestedName)
{
    auto *action = new QAction(tr("Export to CSV…"), view);
    action->setObjectName(QLatin1String(kActionName));
    action->setProperty(kSuggestedName, suggestedName);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setShortcutVisibleInContextMenu(true);
    view->addAction(action);
    // Not Qt::ActionsContextMenu: views also hold text-less shortcut actions (onOpen's Enter).
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint &position) {
            QMenu menu(view);
            const QList<QAction *> actions = contextMenuActions(view);
            for (QAction *action : actions) {
                if (action == actions.constLast() && actions.size() > 1)
                    menu.addSeparator();
                menu.addAction(action);
            }
            menu.exec(view->viewport()->mapToGlobal(position));
        });
    }
    QObject::connect(action, &QAction::triggered, view, [view, suggestedName] { exportTableWithDialog(view, suggestedName); });
    return action;
}

QList<QAction *> contextMenuActions(const QWidget *view)
{
    QList<QAction *> shown;
    QAction *exportAction = nullptr;
    for (QAction *action : view->actions()) {
        if (action->objectName() == QLatin1String(kActionName))
            exportAction = action;
        else if (!action->text().isEmpty() && action->isVisible())
            shown << action;
    }
    if (exportAction) // last, after the view's own commands
        shown << exportAction;
    return shown;
}

QAction *csvExportAction(const QTableView *view)
{
    return view ? view->findChild<QAction *>(QLatin1String(kActionName), Qt::FindDirectChildrenOnly) : nullptr;
}

bool exportTableWithDialog(QTableView *view, const QString &suggestedName)
{
    QString name = suggestedName;
    if (!name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        name += QLatin1String(".csv");
    const QString path = chooser()(view->window(), name);
    if (path.isEmpty())
        return false;
    QString error;
    if (writeTableCsv(*view, path, &error))
        return true;
    QMessageBox::warning(view->window(), tr("Export to CSV"),
                         tr("The table could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

QTableView *exportableTable(const QWidget *page)
{
    if (!page)
        return nullptr;
    QTableView *first = nullptr;
    for (QTableView *view : page->findChildren<QTableView *>()) {
        if (!csvExportAction(view) || !view->isVisible())
            continue;
        if (view->hasFocus())
            return view;
        if (!first)
            first = view;
    }
    return first;
}

void exportPageTable(QWidget *page)
{
    QTableView *view = exportableTable(page);
    if (!view) {
        QMessageBox::information(page ? page->window() : nullptr, tr("Export to CSV"),
                                 tr("This page has no table to export."));
        return;
    }
    exportTableWithDialog(view, csvExportAction(view)->property(kSuggestedName).toString());
}

} // namespace attain::ui
