#pragma once

#include "storage/ActivityTypes.h"
#include "storage/Actor.h"
#include "storage/OrganisationRepository.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace attain::storage {
class Database;
}

namespace attain::ui {

/// The activities page's writes and pickers, on a connection of its own on the UI thread
/// (each write is one short transaction), as the page's actor. A refused or failed write
/// emits failed() with storage's message; a successful one emits changed().
class ActivityStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityStore)

public:
    explicit ActivityStore(QObject *parent = nullptr);
    ~ActivityStore() override;

    /// Opens `path` (empty: closes). Returns false, and emits failed(), when it cannot.
    bool setDatabasePath(const QString &path);
    [[nodiscard]] QString databasePath() const;
    void setActor(const storage::Actor &actor) { m_actor = actor; }
    [[nodiscard]] const storage::Actor &actor() const { return m_actor; }

    /// Stores a new activity (keeping activity.id when set) and sets its id.
    bool insert(storage::Activity &activity);
    bool update(const storage::Activity &activity);
    bool remove(const QString &id);
    /// The stored activity, as the actor may see it.
    [[nodiscard]] std::optional<storage::Activity> find(const QString &id);
    [[nodiscard]] std::vector<storage::DealChoice> deals(const QString &customerId, const QString &alsoId);
    /// The pickers' customers and reps, read here (for a dialog opened before the list loaded).
    [[nodiscard]] std::vector<storage::CustomerChoice> customers();
    [[nodiscard]] std::vector<storage::OrganisationUnit> reps();
    /// The message of the last failure (empty after a success).
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    template <typename Write> bool run(Write &&write);

    std::unique_ptr<storage::Database> m_database;
    storage::Actor m_actor;
    QString m_lastError;
};

} // namespace attain::ui
