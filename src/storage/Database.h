#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace attain::storage {

/// One open connection to an Attain database file. Connections belong to the thread that
/// opened them, so a worker thread opens its own Database on the same path.
class Database final
{
public:
    enum class Mode {
        OpenExisting,    ///< fail when the file does not exist
        CreateIfMissing, ///< create and initialise a new database when needed
    };

    /// Whether a file with data is copied (`NAME.attain.v1-backup`) before it is migrated.
    enum class MigrationBackup {
        Before, ///< the default: an upgrade can always be undone by hand
        Skip,   ///< for a file that is itself a copy (a restore works on one)
    };

    enum class Error { None, NotFound, NotAttain, TooNew, Corrupt, CannotOpen, MigrationFailed };

    struct Result
    {
        std::unique_ptr<Database> database; ///< null on error
        Error error = Error::None;
        QString message; ///< for the user: what is wrong and that nothing was changed
    };

    /// Opens (and when needed creates or migrates) the database at `path`. A file that is not
    /// an Attain database, is newer than this build or is corrupt is left untouched. Before an
    /// older schema with data is migrated, a consistent copy is written next to it (see
    /// preMigrationBackupPath); when that copy cannot be written nothing is migrated.
    [[nodiscard]] static Result open(const QString &path, Mode mode,
                                     MigrationBackup backup = MigrationBackup::Before);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace attain::storage
