#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace attain::storage {

/// A team or a rep as people see it: the UUID, the name, and for a rep their team's UUID.
struct OrganisationUnit
{
    QString id;
    QString name;
    QString teamId; ///< reps only; empty for teams and for reps without a team
    friend bool operator==(const OrganisationUnit &, const OrganisationUnit &) = default;
};

/// Names of teams, reps, channels, product lines and regions, for pickers (a target's scope, an owner). The engine works on dense
/// ids; the IdMap of a SalesDataRepository load translates these UUIDs to them.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    /// Every team, by name. Throws StorageError.
    [[nodiscard]] std::vector<OrganisationUnit> teams() const;
    /// Every rep (current and former: old targets still name them), by name. Throws StorageError.
    [[nodiscard]] std::vector<OrganisationUnit> reps() const;
    /// Every sales channel, product line and region, by name. Throws StorageError.
    [[nodiscard]] std::vector<OrganisationUnit> channels() const;
    [[nodiscard]] std::vector<OrganisationUnit> productLines() const;
    [[nodiscard]] std::vector<OrganisationUnit> regions() const;

private:
    [[nodiscard]] std::vector<OrganisationUnit> named(const QString &table) const;

    QSqlDatabase m_db;
};

} // namespace attain::storage
