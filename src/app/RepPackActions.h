#pragma once

#include "storage/Actor.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace attain::ui {

/// File ▸ Create Rep Database…, Export Data Pack… and Import Rep Data Pack…: a manager hands a
/// rep a personal database for a laptop, the rep sends back a data pack, the manager merges it
/// (docs/user-guide.md, "Working on a laptop"). Each runs its file work on a worker thread.
class RepPackActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepPackActions)

public:
    explicit RepPackActions(QWidget *window);
    ~RepPackActions() override;

    void addTo(QMenu *menu);
    /// The open database (empty: none), whether it is a rep's database, and who works on it:
    /// enables the actions that make sense and says why the others are off.
    void setContext(const QString &databasePath, bool repDatabase, const storage::Actor &actor);

    [[nodiscard]] QAction *createAction() const { return m_create; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QAction *importAction() const { return m_import; }

signals:
    /// An import changed the open database's records.
    void databaseChanged();

private:
    void createRepDatabase();
    void exportPack();
    void importPack();

    QWidget *m_window;
    QAction *m_create;
    QAction *m_export;
    QAction *m_import;
    QString m_databasePath;
    storage::Actor m_actor;
};

} // namespace attain::ui
