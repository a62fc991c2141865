#pragma once

#include "app/DealsLoader.h"
#include "app/LatestLoad.h"
#include "storage/Actor.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QUndoStack;

namespace attain::ui {

class DealFilterBar;
class DealStore;
class DealsModel;

/// Deals: the pipeline list with its filters; New Deal… (Ctrl+Shift+D), Enter or a double-click
/// edits, Mark Won and Mark Lost… close the current deal, Ctrl+Z and Ctrl+Shift+Z undo and redo.
/// A rep sees only deals they own or share and changes only their own; a manager also deletes
/// deals no activity links to.
class DealsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsPage)

public:
    explicit DealsPage(QWidget *parent = nullptr);
    ~DealsPage() override;

    /// Opens the page's own connection for writes; the list loads on a worker once shown.
    void setDatabasePath(const QString &path);
    /// Who works: a rep sees only their own and shared deals and has no owner column or filter.
    void setActor(const storage::Actor &actor);
    void reload();
    /// The New Deal dialog; true when a deal was stored.
    bool newDeal();
    void editCurrent();
    void markCurrentWon();
    void markCurrentLost();
    void deleteCurrent();

    [[nodiscard]] DealsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    /// The list shows a new load.
    void loaded();
    /// A deal was added, edited or deleted (also by undo and redo).
    void dealsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showData(DealsData data);
    void updateCount();
    void updateActions();
    /// Stores `after` over the current deal and makes it undoable.
    void changeCurrent(const std::function<void(storage::Deal &)> &change);
    /// The current deal when the actor may change it; otherwise shows why and returns nullopt.
    [[nodiscard]] std::optional<storage::Deal> currentEditable();
    [[nodiscard]] QString currentId() const;
    void showNotice(const QString &text);

    QString m_path;
    storage::Actor m_actor;
    DealStore *m_store;
    QUndoStack *m_undoStack;
    DealFilterBar *m_filterBar;
    DealsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_tableView;
    QLabel *m_noticeLabel;
    QLabel *m_countLabel;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_wonAction;
    QAction *m_lostAction;
    QAction *m_deleteAction;
    QToolButton *m_deleteButton = nullptr;
    DealChoices m_choices;
    QString m_selectAfterLoad;      ///< the id to select once the next load shows
    bool m_reloadWhenShown = false; ///< a reload was asked for while the page was hidden
    LatestLoad<DealsData> m_load;
};

} // namespace attain::ui
