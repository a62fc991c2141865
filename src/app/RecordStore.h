#pragma once

#include "storage/Actor.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace attain::storage {
class Database;
}

namespace attain::ui {

/// A page's writes on a connection of its own on the UI thread (each write is one short
/// transaction), as the page's actor. A refused or failed write emits failed() with storage's
/// message; a successful one emits changed(). The activities and deals stores build on it.
class RecordStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordStore)

public:
    explicit RecordStore(QObject *parent = nullptr);
    ~RecordStore() override;

    /// Opens `path` (empty: closes). Returns false, and emits failed(), when it cannot.
    bool setDatabasePath(const QString &path);
    [[nodiscard]] QString databasePath() const;
    void setActor(const storage::Actor &actor) { m_actor = actor; }
    [[nodiscard]] const storage::Actor &actor() const { return m_actor; }
    /// The message of the last failure (empty after a success).
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

protected:
    /// Runs `write(Repository &)` on the open connection: true and changed() on success,
    /// false and failed() when there is no database or storage refuses.
    template <typename Repository, typename Write> bool run(Write &&write)
    {
        if (!hasDatabase())
            return fail(tr("No database is open."));
        try {
            Repository repository(connection());
            write(repository);
        } catch (const storage::StorageError &error) {
            return fail(error.message());
        }
        m_lastError.clear();
        Q_EMIT changed();
        return true;
    }
    /// `read(Repository &)`'s result, or `fallback` (logged) when there is no database or it fails.
    template <typename Repository, typename Read, typename Result> Result read(Read &&read, Result fallback)
    {
        if (!hasDatabase())
            return fallback;
        try {
            Repository repository(connection());
            return read(repository);
        } catch (const storage::StorageError &error) {
            logReadFailure(error.message());
            return fallback;
        }
    }

private:
    [[nodiscard]] bool hasDatabase() const { return m_database != nullptr; }
    [[nodiscard]] QSqlDatabase connection() const;
    bool fail(const QString &message);
    void logReadFailure(const QString &message) const;

    std::unique_ptr<storage::Database> m_database;
    storage::Actor m_actor;
    QString m_lastError;
};

} // namespace attain::ui
