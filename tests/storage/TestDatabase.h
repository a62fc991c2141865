#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace attain::storage::test {

/// A fresh temporary folder per test, removed afterwards.
class TempFolder
{
public:
    TempFolder();
    [[nodiscard]] QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

[[nodiscard]] QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

/// What the import tests resolve references against: team EAST ('t1'), reps 'Alice Wang'
/// (r1, alice@example.com) and 李明 (r2, li@example.com), and customer 'Acme' (c1).
void seedImportReferences(const QSqlDatabase &db);

} // namespace attain::storage::test
