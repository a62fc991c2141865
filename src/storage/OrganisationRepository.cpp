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

} // namespace attain::storage
