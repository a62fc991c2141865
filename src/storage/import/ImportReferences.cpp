#include "storage/import/ImportReferences.h"

#include "storage/SqlHelpers.h"
#include "storage/import/ImportValues.h"

#include <QSqlQuery>

namespace attain::storage::import {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

QString ImportReferences::key(const QString &text)
{
    return toHalfWidth(text).toCaseFolded();
}

void ImportReferences::add(Index &index, const QString &key, const QString &id)
{
    if (key.isEmpty())
        return;
    const auto found = index.find(key);
    if (found == index.end())
        index.insert(key, id);
    else if (*found != id)
        *found = QString(); // two rows share this name: ambiguous
}

ImportReferences::ImportReferences(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery reps = prepare(db, QStringLiteral("SELECT id, name, email, team_id FROM reps"));
    exec(reps);
    while (reps.next())
        addRep(reps.value(0).toString(), reps.value(1).toString(), reps.value(2).toString(),
               reps.value(3).toString());
    QSqlQuery customers = prepare(db, QStringLiteral("SELECT id, name FROM customers"));
    exec(customers);
    while (customers.next())
        addCustomer(customers.value(0).toString(), customers.value(1).toString());
    QSqlQuery groups = prepare(db, QStringLiteral("SELECT id, name FROM customer_groups"));
    exec(groups);
    while (groups.next())
        addCustomerGroup(groups.value(0).toString(), groups.value(1).toString());
    loadCodes(m_teams, QStringLiteral("teams"));
    loadCodes(m_regions, QStringLiteral("regions"));
    loadCodes(m_channels, QStringLiteral("channels"));
    loadCodes(m_productLines, QStringLiteral("product_lines"));
}

void ImportReferences::loadCodes(Index &index, const QString &table)
{
    // `table` is one of the fixed names above, never input.
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT id, code, name FROM %1").arg(table));
    exec(query);
    while (query.next()) {
        const QString id = query.value(0).toString();
        add(index, key(id), id);
        add(index, key(query.value(1).toString()), id);
        add(index, key(query.value(2).toString()), id);
    }
}

void ImportReferences::addCustomerGroup(const QString &id, const QString &name)
{
    m_groupNames.insert(key(name), id);
}

void ImportReferences::addCustomer(const QString &id, const QString &name)
{
    m_customerIds.insert(key(id), id);
    add(m_customerNames, key(name), id);
}

void ImportReferences::addRep(const QString &id, const QString &name, const QString &email, const QString &teamId)
{
    m_repIds.insert(key(id), id);
    add(m_repEmails, key(email), id);
    add(m_repNames, key(name), id);
    m_repTeam.insert(id, teamId);
}

QString ImportReferences::customerByName(const QString &name) const
{
    return m_customerNames.value(key(name));
}

QString ImportReferences::repByEmailOrName(const QString &email, const QString &name) const
{
    const QString byEmail = email.isEmpty() ? QString() : m_repEmails.value(key(email));
    return byEmail.isEmpty() ? m_repNames.value(key(name)) : byEmail;
}

bool ImportReferences::exists(const QString &table, const QString &id) const
{
    QSqlQuery query = prepare(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    exec(query);
    return query.next();
}

ImportReferences::Resolved ImportReferences::resolve(FieldType type, const QString &text) const
{
    const QString k = key(text);
    const auto find = [&](const char *what, std::initializer_list<const Index *> indexes) -> Resolved {
        for (const Index *index : indexes) {
            const auto found = index->constFind(k);
            if (found == index->cend())
                continue;
            if (found->isEmpty())
                return {{}, QStringLiteral("%1 %2 is ambiguous (several have that name); use the id%3")
                                .arg(QLatin1String(what), quoted(text),
                                     type == FieldType::RepRef ? QStringLiteral(" or email") : QString())};
            return {*found, {}};
        }
        return {{}, QStringLiteral("unknown %1 %2").arg(QLatin1String(what), quoted(text))};
    };
    switch (type) {
    case FieldType::RepRef: return find("rep", {&m_repIds, &m_repEmails, &m_repNames});
    case FieldType::CustomerRef: return find("customer", {&m_customerIds, &m_customerNames});
    case FieldType::TeamRef: return find("team", {&m_teams});
    case FieldType::RegionRef: return find("region", {&m_regions});
    case FieldType::ChannelRef: return find("channel", {&m_channels});
    case FieldType::ProductLineRef: return find("product line", {&m_productLines});
    case FieldType::DealRef:
        if (m_newDeals.contains(text) || exists(QStringLiteral("deals"), text))
            return {text, {}};
        return {{}, QStringLiteral("unknown deal %1").arg(quoted(text))};
    case FieldType::TargetRef:
        if (m_newTargets.contains(text) || exists(QStringLiteral("targets"), text))
            return {text, {}};
        return {{}, QStringLiteral("unknown parent target %1").arg(quoted(text))};
    default: return {text, {}};
    }
}

} // namespace attain::storage::import
