#pragma once

#include <QByteArray>
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

} // namespace attain::storage::test
