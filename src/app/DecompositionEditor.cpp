#include "app/DecompositionEditor.h"

#include "app/DecompositionCommands.h"
#include "app/MoneyFormat.h"
#include "app/ViewHelpers.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace attain::ui {

namespace {
// Okabe–Ito colours: distinguishable with the common forms of colour blindness.
constexpr std::array<QRgb, 8> kPalette { 0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442,
    0x000000 };

QToolButton *toolButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

DecompositionEditor::DecompositionEditor(DecompositionSetup setup, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
    , m_model(new DecompositionModel(std::move(setup), *m_undoStack, this))
    , m_titleLabel(new QLabel(this))
    , m_methodComboBox(new QComboBox(this))
    , m_methodNoteLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
    , m_differenceLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_undoAction(m_undoStack->createUndoAction(this, tr("&Undo")))
    , m_redoAction(m_undoStack->createRedoAction(this, tr("&Redo")))
    , m_lockAction(new QAction(tr("&Lock Cells"), this))
{
    const storage::StoredTarget &parentTarget = m_model->setup().parent;
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setText(
        tr("Split %1 (%2) into %n child target(s)", nullptr, m_model->childRowCount() * m_model->periodCount())
            .arg(parentTarget.title.isEmpty() ? tr("the target") : parentTarget.title,
                withUnit(m_model->parentValue())));
    makeTitle(m_titleLabel, 1.2);

    // Actions: the editor's own shortcuts, live only while focus is inside the editor.
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock or unlock the selected cells (Ctrl+L): locked cells keep their values"));
    for (QAction *action : { m_undoAction, m_redoAction, m_lockAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_methodComboBox);
    m_methodComboBox->setObjectName(QStringLiteral("methodComboBox"));
    m_methodComboBox->setAccessibleName(tr("Split method"));
    for (const DecompositionMethod method : { DecompositionMethod::Equal, DecompositionMethod::History,
             DecompositionMethod::Seasonality, DecompositionMethod::Manual })
        m_methodComboBox->addItem(methodName(method), static_cast<int>(method));
    if (!m_model->hasHistory()) {
        // Disabled with a reason rather than hidden, so the user knows the method exists.
        if (auto *items = qobject_cast<QStandardItemModel *>(m_methodComboBox->model())) {
            QStandardItem *history = items->item(static_cast<int>(DecompositionMethod::History));
            history->setEnabled(false);
            history->setToolTip(tr("No history was given for these rows and periods"));
        }
    }
    m_methodNoteLabel->setObjectName(QStringLiteral("methodNoteLabel"));
    m_methodNoteLabel->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(methodLabel);
    header->addWidget(m_methodComboBox);
    header->addWidget(m_methodNoteLabel, 1);
    auto *lockButton = toolButton(m_lockAction, QStringLiteral("lockToolButton"), this);
    auto *undoButton = toolButton(m_undoAction, QStringLiteral("undoToolButton"), this);
    auto *redoButton = toolButton(m_redoAction, QStringLiteral("redoToolButton"), this);
    header->addWidget(lockButton);
    header->addWidget(undoButton);
    header->addWidget(redoButton);

    auto *hintLabel = new QLabel(tr("Edit a cell to set it: it is locked and the rest of its row adjusts, so the "
                                    "total stays exact. Ctrl+L locks or unlocks the selected cells. Values in %1.")
                                     .arg(engine::definition(parentTarget.target.metric).unit == engine::Unit::Money
                                             ? currencySymbol(m_model->setup().currency).trimmed()
                                             : tr("units")),
        this);
    hintLabel->setObjectName(QStringLiteral("hintLabel"));
    hintLabel->setWordWrap(true);

    m_tableView->setObjectName(QStringLiteral("gridTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableView->horizontalHeader()->setMinimumSectionSize(80);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitTableToRows();
    m_tableView->setAccessibleName(tr("Child targets by row and period"));

    m_differenceLabel->setObjectName(QStringLiteral("differenceLabel"));
    m_differenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    buildChart();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(header);
    layout->addWidget(hintLabel);
    layout->addWidget(m_tableView);
    layout->addWidget(m_differenceLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_chartView, 1);

    setTabOrder(m_methodComboBox, m_tableView);
    setTabOrder(m_tableView, lockButton);
    setTabOrder(lockButton, undoButton);
    setTabOrder(undoButton, redoButton);

    connect(m_methodComboBox, &QComboBox::activated, this, [this](int index) {
        const auto method = static_cast<DecompositionMethod>(m_methodComboBox->itemData(index).toInt());
        if (!m_model->applyMethod(method))
            syncMethodComboBox();
    });
    connect(m_lockAction, &QAction::triggered, this, &DecompositionEditor::toggleLock);
    connect(m_tableView, &QWidget::customContextMenuRequested, this, &DecompositionEditor::showContextMenu);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DecompositionEditor::updateLockAction);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &DecompositionEditor::updateLockAction);
    connect(m_model, &DecompositionModel::problem, this, &DecompositionEditor::showProblem);
    connect(m_model, &DecompositionModel::gridChanged, this, [this] {
        m_messageLabel->hide();
        syncMethodComboBox();
        updateSummary();
        updateChart();
        updateLockAction();
        Q_EMIT changed();
    });

    syncMethodComboBox();
    updateSummary();
    updateChart();
    updateLockAction();
    m_tableView->setCurrentIndex(m_model->index(0, 0));
}

DecompositionEditor::~DecompositionEditor()
{
    // An open cell editor would otherwise commit on its way out (focus loss), pushing an undo
    // command and calling into this half-destroyed widget: reset() drops it without committing.
    m_tableView->reset();
    disconnect(m_model, nullptr, this, nullptr);
}

std::vector<storage::StoredTarget> DecompositionEditor::children() const
{
    return m_model->children();
}

void DecompositionEditor::save(storage::TargetRepository &repository, const storage::Actor &actor) const
{
    repository.replaceChildren(QString::fromStdString(m_model->setup().parent.target.id), m_model->children(),
        m_model->setup().ids, actor);
}

QString DecompositionEditor::withUnit(std::int64_t minor) const
{
    const bool money = engine::definition(m_model->setup().parent.target.metric).unit == engine::Unit::Money;
    return money ? currencySymbol(m_model->setup().currency) + m_model->formatValue(minor)
                 : m_model->formatValue(minor);
}

void DecompositionEditor::fitTableToRows()
{
    // A few children should not leave a tall empty grid; many rows scroll (the chart keeps room).
    const int rows = std::clamp(m_model->rowCount(), 2, 14);
    int height = m_tableView->horizontalHeader()->sizeHint().height()
        + rows * m_tableView->verticalHeader()->defaultSectionSize() + 2 * m_tableView->frameWidth();
    // Monthly and weekly grids may be wider than the window: leave room for the scroll bar.
    if (m_model->periodCount() > 8)
        height += m_tableView->horizontalScrollBar()->sizeHint().height();
    m_tableView->setFixedHeight(height);
}

void DecompositionEditor::updateSummary()
{
    const std::int64_t difference = m_model->difference();
    if (difference == 0)
        m_differenceLabel->setText(tr("Difference to parent: %1 — reconciled, the children add up to %2.")
                                       .arg(m_model->formatValue(0), withUnit(m_model->parentValue())));
    else
        m_differenceLabel->setText(tr("Difference to parent: %1 — not reconciled: the children add up to %2, "
                                      "the parent is %3. Apply a method to reconcile.")
                                       .arg(m_model->formatValue(difference), withUnit(m_model->grid().total()),
                                           withUnit(m_model->parentValue())));
    switch (m_model->grid().method) {
    case DecompositionMethod::Equal:
        m_methodNoteLabel->setText(tr("Every unlocked cell gets the same share."));
        break;
    case DecompositionMethod::History:
        m_methodNoteLabel->setText(tr("Unlocked cells follow last year's values."));
        break;
    case DecompositionMethod::Seasonality:
        m_methodNoteLabel->setText(m_model->seasonalityFromHistory()
                ? tr("Periods weighted by last year's seasonality; rows share equally.")
                : tr("Periods weighted by a seasonality profile (flat without monthly "
                     "history); rows share equally."));
        break;
    case DecompositionMethod::Manual:
        m_methodNoteLabel->setText(tr("Values set by hand."));
        break;
    }
}

void DecompositionEditor::syncMethodComboBox()
{
    m_methodComboBox->setCurrentIndex(m_methodComboBox->findData(static_cast<int>(m_model->grid().method)));
}

QModelIndexList DecompositionEditor::selectedCells() const
{
    QModelIndexList cells = m_tableView->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_tableView->currentIndex().isValid())
        cells << m_tableView->currentIndex();
    cells.removeIf([this](const QModelIndex &index) { return !m_model->isGridCell(index); });
    return cells;
}

void DecompositionEditor::updateLockAction()
{
    const QModelIndexList cells = selectedCells();
    const bool anyUnlocked = std::any_of(cells.begin(), cells.end(),
        [](const QModelIndex &index) { return !index.data(DecompositionModel::LockedRole).toBool(); });
    m_lockAction->setEnabled(!cells.isEmpty());
    m_lockAction->setText(cells.isEmpty() || anyUnlocked ? tr("&Lock") : tr("Un&lock"));
}

void DecompositionEditor::toggleLock()
{
    const QModelIndexList cells = selectedCells();
    // Mixed selection: lock them all first, the common intent when protecting values.
    const bool anyUnlocked = std::any_of(cells.begin(), cells.end(),
        [](const QModelIndex &index) { return !index.data(DecompositionModel::LockedRole).toBool(); });
    m_model->setLocked(cells, anyUnlocked);
}

void DecompositionEditor::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tableView->indexAt(position);
    if (index.isValid() && !m_tableView->selectionModel()->isSelected(index))
        m_tableView->setCurrentIndex(index);
    updateLockAction();
    QMenu menu(this);
    menu.addAction(m_lockAction);
    menu.addSeparator();
    menu.addAction(m_undoAction);
    menu.addAction(m_redoAction);
    menu.exec(m_tableView->viewport()->mapToGlobal(position));
}

void DecompositionEditor::showProblem(const QString &message)
{
    m_messageLabel->setText(tr("Not changed: %1").arg(message));
    m_messageLabel->show();
}

void DecompositionEditor::buildChart()
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("Preview by period"));
    m_chart->setLocalizeNumbers(true); // axis labels with the locale's grouping
    m_series = new QStackedBarSeries(m_chart);
    for (int row = 0; row < m_model->childRowCount(); ++row) {
        auto *set = new QBarSet(m_model->rowLabel(row), m_series);
        set->setColor(QColor(kPalette[static_cast<std::size_t>(row) % kPalette.size()]));
        for (int column = 0; column < m_model->periodCount(); ++column)
            set->append(0.0);
        m_series->append(set);
    }
    m_chart->addSeries(m_series);
    m_categoryAxis = new QBarCategoryAxis(m_chart);
    for (int column = 0; column < m_model->periodCount(); ++column)
        m_categoryAxis->append(m_model->columnLabel(column));
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    m_chartView->setObjectName(QStringLiteral("previewChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setAccessibleName(tr("Stacked bars of the child targets per period"));
}

void DecompositionEditor::updateChart()
{
    // Display only: doubles in display units never feed back into the grid.
    const std::int64_t scale = m_model->divisor();
    const QList<QBarSet *> sets = m_series->barSets();
    double top = 0.0;
    for (int column = 0; column < m_model->periodCount(); ++column) {
        for (int row = 0; row < static_cast<int>(sets.size()); ++row)
            sets[row]->replace(
                column, static_cast<double>(m_model->grid().value(row, column)) / static_cast<double>(scale));
        top = std::max(top, static_cast<double>(m_model->grid().columnTotal(column)) / static_cast<double>(scale));
    }
    m_valueAxis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    m_valueAxis->applyNiceNumbers();
}

} // namespace attain::ui
