#include "app/AppSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace attain::ui {

namespace {
const QString kRecentFilesKey = QStringLiteral("files/recent");

/// A settings key per database file: a hash, because paths hold characters QSettings keys do not.
QString fileKey(const QString &group, const QString &path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return group + QString::fromLatin1(QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex());
}

QString workingAsKey(const QString &path)
{
    return fileKey(QStringLiteral("workingAs/"), path);
}
} // namespace

AppSettings::AppSettings(const QString &file, QObject *parent)
    : QObject(parent)
    , m_settings(file.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(file, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFilesKey, files);
    Q_EMIT recentFilesChanged();
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(kRecentFilesKey);
    Q_EMIT recentFilesChanged();
}

QString AppSettings::lastFile() const
{
    const QStringList files = recentFiles();
    return files.isEmpty() ? QString() : files.front();
}

QString AppSettings::workingAsRep(const QString &path) const
{
    return m_settings->value(workingAsKey(path)).toString();
}

void AppSettings::setWorkingAsRep(const QString &path, const QString &repId)
{
    if (repId.isEmpty())
        m_settings->remove(workingAsKey(path));
    else
        m_settings->setValue(workingAsKey(path), repId);
}

AppSettings::ActivityDefaults AppSettings::activityDefaults(const QString &path) const
{
    const QString key = fileKey(QStringLiteral("activityDefaults/"), path);
    ActivityDefaults defaults;
    defaults.type = m_settings->value(key + QStringLiteral("/type")).toString();
    defaults.minutes = m_settings->value(key + QStringLiteral("/minutes"), 0).toInt();
    defaults.customerId = m_settings->value(key + QStringLiteral("/customer")).toString();
    return defaults;
}

void AppSettings::setActivityDefaults(const QString &path, const ActivityDefaults &defaults)
{
    const QString key = fileKey(QStringLiteral("activityDefaults/"), path);
    m_settings->setValue(key + QStringLiteral("/type"), defaults.type);
    m_settings->setValue(key + QStringLiteral("/minutes"), defaults.minutes);
    m_settings->setValue(key + QStringLiteral("/customer"), defaults.customerId);
}

} // namespace attain::ui
