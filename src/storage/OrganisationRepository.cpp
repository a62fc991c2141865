#include "storage/OrganisationRepository.h"

#include "storage/SqlHelpers.h"

namespace attain::storage {

std::vector<OrganisationUnit> OrganisationRepository::teams() const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT id, name FROM teams ORDER BY name, id"));
    exec(query);
    std::vector<OrganisationUnit> teams;
    while (query.next())
        teams.push_back({ query.value(0).toString(), query.value(1).toString(), {} });
    return teams;
}

std::vector<OrganisationUnit> OrganisationRepository::reps() const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT id, name, team_id FROM reps ORDER BY name, id"));
    exec(query);
    std::vector<OrganisationUnit> reps;
    while (query.next())
        reps.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
    return reps;
}

std::vector<OrganisationUnit> OrganisationRepository::named(const QString &table) const
{
    // `table` is one of three fixed names below, never user input.
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT id, name FROM %1 ORDER BY name, id").arg(table));
    exec(query);
    std::vector<OrganisationUnit> units;
    while (query.next())
        units.push_back({ query.value(0).toString(), query.value(1).toString(), {} });
    return units;
}

std::vector<OrganisationUnit> OrganisationRepository::channels() const
{
    return named(QStringLiteral("channels"));
}

std::vector<OrganisationUnit> OrganisationRepository::productLines() const
{
    return named(QStringLiteral("product_lines"));
}

std::vector<OrganisationUnit> OrganisationRepository::regions() const
{
    return named(QStringLiteral("regions"));
}

} // namespace attain::storage
