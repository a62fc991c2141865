#include "storage/DemoReviews.h"

#include "storage/ReviewRows.h"
#include "storage/ReviewTemplates.h"
#include "storage/SqlHelpers.h"
#include "storage/TargetRows.h"

#include <QCoreApplication>
#include <QUuid>

namespace attain::storage {

namespace {

using detail::run;

const QUuid kDemoReviewNamespace(QStringLiteral("0b7e3f52-9c1d-4e8a-a6f0-3d2c1b0a9e8f"));

QString tr(const char *text)
{
    return QCoreApplication::translate("attain::storage::DemoReviews", text);
}

QString idFor(const QString &key)
{
    return QUuid::createUuidV5(kDemoReviewNamespace, key).toString(QUuid::WithoutBraces);
}

struct DemoItem
{
    DemoItem(QString text_, QString owner, QString target, engine::Date due_, ActionStatus status_ = ActionStatus::Open,
        std::optional<engine::Date> doneOn_ = {})
        : text(std::move(text_))
        , ownerRepId(std::move(owner))
        , targetId(std::move(target))
        , due(due_)
        , status(status_)
        , doneOn(doneOn_)
    {
    }
    QString text, ownerRepId, targetId;
    engine::Date due;
    ActionStatus status = ActionStatus::Open;
    std::optional<engine::Date> doneOn;
};

class Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    /// The scope's target (team, rep or company by `kind`) whose period contains `on`, if any.
    QString targetOf(const QString &kind, const QString &scopeId, engine::Date on) const
    {
        QSqlQuery query = run(m_db,
            QStringLiteral("SELECT id FROM targets WHERE scope_kind = ? AND COALESCE(scope_id, '') = ? AND "
                           "period_start <= ? AND period_end >= ? ORDER BY period_start DESC, id LIMIT 1"),
            { kind, scopeId, toSqlDate(on), toSqlDate(on) });
        return query.next() ? query.value(0).toString() : QString();
    }

    QString review(ReviewKind kind, const ReviewScope &scope, const QString &scopeName, engine::Date on,
        ReviewStatus status, const QString &by, const QString &notes = {}, const QString &decisions = {})
    {
        const QString key = reviewKindKey(kind);
        const QString id = idFor(QStringLiteral("%1|%2|%3|%4").arg(key, scope.teamId, scope.repId, toSqlDate(on)));
        run(m_db,
            QStringLiteral("INSERT INTO reviews (id, kind, held_on, team_id, rep_id, notes, decisions, title, agenda, "
                           "status, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, key, toSqlDate(on), detail::textOrNull(scope.teamId), detail::textOrNull(scope.repId),
                detail::textOrEmpty(notes), detail::textOrEmpty(decisions), reviewTitle(kind, scopeName, on),
                agendaText(reviewTemplate(kind).agenda),
                status == ReviewStatus::Held ? QStringLiteral("held") : QStringLiteral("scheduled"), by });
        return id;
    }

    void item(const QString &reviewId, engine::Date createdOn, const DemoItem &item)
    {
        run(m_db,
            QStringLiteral("INSERT INTO action_items (id, review_id, target_id, owner_rep_id, text, due_on, done_at, "
                           "status, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { idFor(reviewId + QLatin1Char('|') + item.text), reviewId, detail::textOrNull(item.targetId),
                detail::textOrNull(item.ownerRepId), item.text, toSqlDate(item.due), detail::dateOrNull(item.doneOn),
                actionStatusKey(item.status), toSqlDate(createdOn) });
    }

private:
    QSqlDatabase m_db;
};

struct Person
{
    QString id, name;
};

std::vector<Person> people(const QSqlDatabase &db, const QString &teamId, const QString &role)
{
    QSqlQuery query = run(db,
        QStringLiteral("SELECT id, name FROM reps WHERE team_id = ? AND role = ? ORDER BY name, id"), { teamId, role });
    std::vector<Person> result;
    while (query.next())
        result.push_back({ query.value(0).toString(), query.value(1).toString() });
    return result;
}

} // namespace

void writeDemoReviews(const QSqlDatabase &db, engine::Date asOf)
{
    Writer writer(db);
    const engine::Date monday = engine::addDays(asOf, 1 - engine::isoWeekday(asOf));
    const engine::Date lastMonday = engine::addDays(monday, -7);
    const engine::Date nextMonday = engine::addDays(monday, 7);
    QSqlQuery teams = run(db, QStringLiteral("SELECT id, name FROM teams ORDER BY rowid"), {});
    QString firstManager;
    bool firstTeam = true;
    while (teams.next()) {
        const QString team = teams.value(0).toString();
        const QString name = teams.value(1).toString();
        const std::vector<Person> managers = people(db, team, QStringLiteral("manager"));
        const std::vector<Person> reps = people(db, team, QStringLiteral("rep"));
        if (reps.empty())
            continue;
        const QString by = managers.empty() ? QStringLiteral("demo") : managers.front().name;
        if (firstManager.isEmpty() && !managers.empty())
            firstManager = managers.front().id;
        const Person &first = reps[0];
        const Person &second = reps[reps.size() > 1 ? 1 : 0];
        const Person &third = reps[reps.size() > 2 ? 2 : 0];
        const QString target = writer.targetOf(QStringLiteral("team"), team, asOf);
        const ReviewScope scope { team, {} };

        const QString last = writer.review(ReviewKind::TeamMeeting, scope, name, lastMonday, ReviewStatus::Held, by,
            tr("Pipeline coverage for December is thin; two large proposals are waiting for the customer's budget."),
            tr("Every rep calls back their stalled proposals before Friday."));
        writer.item(last, lastMonday,
            { tr("Call back the three stalled proposals"), first.id, target, engine::addDays(lastMonday, 4) });
        writer.item(last, lastMonday,
            { tr("Update the December forecast in the pipeline"), second.id, {}, engine::addDays(lastMonday, 2),
                ActionStatus::Done, engine::addDays(lastMonday, 2) });
        writer.item(last, lastMonday,
            { tr("Book demos with two key accounts"), third.id, target, engine::addDays(monday, 4),
                ActionStatus::InProgress });

        const QString current = writer.review(ReviewKind::TeamMeeting, scope, name, monday, ReviewStatus::Held, by,
            tr("Two proposals moved to negotiation; one key account postponed its demo."),
            tr("Prepare the year-end push before the next review."));
        writer.item(current, monday, { tr("Draft the year-end push plan"), first.id, target, nextMonday });

        writer.review(ReviewKind::TeamMeeting, scope, name, nextMonday, ReviewStatus::Scheduled, by);

        if (firstTeam) {
            firstTeam = false;
            // A one-on-one with the first rep: last week's, held, and the next one in two weeks.
            const engine::Date held = engine::addDays(lastMonday, 2);
            const ReviewScope rep { {}, first.id };
            const QString oneOnOne = writer.review(ReviewKind::OneOnOne, rep, first.name, held, ReviewStatus::Held, by,
                tr("Strong month on new customers; visits are below the team's average."),
                tr("Two customer visits a week until the end of the year."));
            const QString repTarget = writer.targetOf(QStringLiteral("rep"), first.id, asOf);
            writer.item(oneOnOne, held,
                { tr("Plan two customer visits a week"), first.id, repTarget, engine::addDays(held, 14),
                    ActionStatus::InProgress });
            writer.item(oneOnOne, held,
                { tr("Share the renewal checklist with the team"), first.id, {}, engine::addDays(held, 5),
                    ActionStatus::Done, engine::addDays(held, 4) });
            writer.review(ReviewKind::OneOnOne, rep, first.name, nextReviewDate(ReviewKind::OneOnOne, held),
                ReviewStatus::Scheduled, by);
        }
    }
    // The company's monthly business review on the month's first Monday (last month's when
    // this month's is still ahead), and the next one a month later.
    auto firstMonday = [](engine::Date date) {
        const engine::Date first { date.year(), date.month(), std::chrono::day { 1 } };
        return engine::addDays(first, (8 - engine::isoWeekday(first)) % 7);
    };
    engine::Date mbr = firstMonday(asOf);
    if (asOf < mbr)
        mbr = firstMonday(engine::addDays(engine::Date { asOf.year(), asOf.month(), std::chrono::day { 1 } }, -1));
    const QString company = writer.review(ReviewKind::Periodic, {}, {}, mbr, ReviewStatus::Held, QStringLiteral("demo"),
        tr("Revenue is behind the yearly pace in two regions; the online channel grows fastest."),
        tr("Move one presales engineer to the team furthest behind for the rest of the quarter."));
    writer.item(company, mbr,
        { tr("Review discount exceptions above 15%"), firstManager,
            writer.targetOf(QStringLiteral("company"), {}, asOf), engine::addDays(mbr, 21) });
    writer.review(ReviewKind::Periodic, {}, {}, nextReviewDate(ReviewKind::Periodic, mbr), ReviewStatus::Scheduled,
        QStringLiteral("demo"));
}

} // namespace attain::storage
