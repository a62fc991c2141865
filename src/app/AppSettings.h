#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace attain::ui {

/// The app's persistent preferences with typed accessors. Tests pass their own file.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /// Empty `file`: the platform's usual place (registry, plist, ~/.config).
    explicit AppSettings(const QString &file = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    static constexpr int kMaxRecentFiles = 8;

    [[nodiscard]] QStringList recentFiles() const;
    /// Moves `path` to the front of the recent list.
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    [[nodiscard]] QString lastFile() const;

    /// Who works on the database at `path`: a rep's UUID, or empty for a manager. A desktop file
    /// has no logins, so the choice is remembered per file (a laptop may hold a rep's file).
    [[nodiscard]] QString workingAsRep(const QString &path) const;
    void setWorkingAsRep(const QString &path, const QString &repId);

    /// What the activity entry form starts with, remembered per database file: the last
    /// activity's type key, duration and customer (empty / 0 when nothing was logged yet).
    struct ActivityDefaults
    {
        QString type;
        int minutes = 0;
        QString customerId;
    };
    [[nodiscard]] ActivityDefaults activityDefaults(const QString &path) const;
    void setActivityDefaults(const QString &path, const ActivityDefaults &defaults);

Q_SIGNALS:
    void recentFilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace attain::ui
