#pragma once

#include "app/DecompositionModel.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedBarSeries;
class QTableView;
class QUndoStack;
class QValueAxis;

namespace attain::ui {

/// Splits one parent target (an additive metric) into children over scope and time: a grid of
/// child scopes (rows) × sub-periods (columns) that always sums exactly to the parent in minor
/// units. A method (equal, last year's share, seasonality, manual) fills the unlocked cells
/// through the engine's splitWithLocks; editing a cell locks it and re-spreads the rest of its
/// row; Ctrl+L (or the context menu) locks and unlocks. Every change is an undo command.
///
/// Embedding: gather a DecompositionSetup (the parent from TargetRepository::find, the rows'
/// scopes in the same IdMap, optional history per row and column, e.g. from a MetricCube),
/// then `auto *editor = new DecompositionEditor(std::move(setup), &documentUndoStack, page);`
/// and add it to a page or dialog. Pass the window's QUndoStack to share Edit ▸ Undo; the
/// editor's own Undo/Redo/Lock actions are WidgetWithChildrenShortcut, so they only fire while
/// the editor has focus. On accept, call save() inside a try/catch for storage::StorageError.
class DecompositionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecompositionEditor)

public:
    /// `undoStack` may be null: the editor then owns one (see undoStack()). A shared stack keeps
    /// the editor's commands after it closes; they then do nothing, so clear it or use a QUndoGroup.
    explicit DecompositionEditor(DecompositionSetup setup, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);
    ~DecompositionEditor() override;

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] DecompositionModel *model() const { return m_model; }
    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] QAction *undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction *redoAction() const { return m_redoAction; }
    [[nodiscard]] QAction *lockAction() const { return m_lockAction; }

    /// The child targets of the grid as it stands (see DecompositionModel::children()).
    [[nodiscard]] std::vector<storage::StoredTarget> children() const;
    /// Saves children() in one transaction (TargetRepository::replaceChildren): they replace the
    /// parent's children on the same axis, so breaking a target down again keeps the ids of the
    /// cells that stay and audits their new values. All or none; throws storage::StorageError,
    /// e.g. when a child that would change is locked or has children of its own.
    void save(storage::TargetRepository &repository, const storage::Actor &actor) const;

Q_SIGNALS:
    /// The grid changed (an edit, a method, a lock, an undo or a redo).
    void changed();

private:
    void buildChart();
    void updateChart();
    void fitTableToRows();
    void updateSummary();
    void updateLockAction();
    void syncMethodComboBox();
    void toggleLock();
    void showContextMenu(const QPoint &position);
    void showProblem(const QString &message);
    [[nodiscard]] QModelIndexList selectedCells() const;
    [[nodiscard]] QString withUnit(std::int64_t minor) const;

    QUndoStack *m_undoStack;
    DecompositionModel *m_model;
    QLabel *m_titleLabel;
    QComboBox *m_methodComboBox;
    QLabel *m_methodNoteLabel;
    QTableView *m_tableView;
    QLabel *m_differenceLabel;
    QLabel *m_messageLabel;
    QChart *m_chart;
    QChartView *m_chartView;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_lockAction;
};

} // namespace attain::ui
