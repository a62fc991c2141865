#pragma once

#include "storage/import/ImportField.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace attain::storage::import {

/// The rows an import may refer to, loaded once (reps, customers, teams, regions, channels,
/// product lines) and extended with the rows the import itself creates, so that references
/// resolve in memory instead of one query per row. Deals and targets are looked up on demand.
class ImportReferences
{
public:
    struct Resolved
    {
        QString id;    ///< empty when not found or ambiguous
        QString error; ///< "unknown rep 'x'", "rep name 'x' is ambiguous; …"
    };

    explicit ImportReferences(const QSqlDatabase &db);

    [[nodiscard]] Resolved resolve(FieldType type, const QString &text) const;
    /// The team of a rep (for a deal's team), or empty.
    [[nodiscard]] QString teamOfRep(const QString &repId) const { return m_repTeam.value(repId); }
    /// The id of a stored customer with this name (case-insensitive), or empty.
    [[nodiscard]] QString customerByName(const QString &name) const;
    /// The id of a stored rep with this email, else this name, or empty.
    [[nodiscard]] QString repByEmailOrName(const QString &email, const QString &name) const;

    /// Records a row the import created (or will create, in a dry run) so later rows find it.
    void addCustomer(const QString &id, const QString &name);
    void addCustomerGroup(const QString &id, const QString &name);
    /// The id of a stored (or earlier created) customer group with this name, or empty.
    [[nodiscard]] QString customerGroupByName(const QString &name) const { return m_groupNames.value(key(name)); }
    void addRep(const QString &id, const QString &name, const QString &email, const QString &teamId);
    void addDeal(const QString &id) { m_newDeals.insert(id); }
    void addTarget(const QString &id) { m_newTargets.insert(id); }

    /// Case- and width-insensitive key for names and emails.
    [[nodiscard]] static QString key(const QString &text);

private:
    using Index = QHash<QString, QString>; // key → id; an empty id marks an ambiguous key

    static void add(Index &index, const QString &key, const QString &id);
    void loadCodes(Index &index, const QString &table);
    [[nodiscard]] bool exists(const QString &table, const QString &id) const;

    QSqlDatabase m_db;
    Index m_repIds, m_repEmails, m_repNames;
    QHash<QString, QString> m_repTeam;
    Index m_customerIds, m_customerNames;
    QHash<QString, QString> m_groupNames; // key → id (group names are unique)
    Index m_teams, m_regions, m_channels, m_productLines;
    QSet<QString> m_newDeals, m_newTargets;
};

} // namespace attain::storage::import
