#include "app/ReviewLoader.h"

#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/StorageError.h"

#include <algorithm>

namespace attain::ui {

ReviewListData loadReviewList(const QString &databasePath, const storage::Actor &actor)
{
    ReviewListData data;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const QSqlDatabase db = opened.database->connection();
        data.reviews = storage::ReviewRepository(db).list({}, actor);
        const storage::OrganisationRepository organisation(db);
        data.teams = organisation.teams();
        data.reps = organisation.reps();
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

ReviewDetailData loadReviewDetail(
    const QString &databasePath, const QString &reviewId, const storage::Actor &actor, engine::Date asOf)
{
    ReviewDetailData data;
    auto opened = storage::Database::open(databasePath, storage::Database::Mode::OpenExisting);
    if (!opened.database) {
        data.error = opened.message;
        return data;
    }
    try {
        const storage::ReviewRepository reviews(opened.database->connection());
        data.review = reviews.find(reviewId, actor);
        if (!data.review)
            return data;
        data.previous = reviews.previous(*data.review, actor);
        data.items = reviews.actionItems(reviewId, actor);
        data.carried = reviews.carriedOver(reviewId, actor);
        const engine::Date day = data.review->heldOn;
        if (data.previous) {
            data.activitiesFrom = data.previous->heldOn;
        } else {
            // No earlier review: one cadence back (a week, two weeks, a month).
            const int days = engine::daysBetween(day, storage::nextReviewDate(data.review->kind, day));
            data.activitiesFrom = engine::addDays(day, -days);
        }
        data.activitiesTo = std::min(engine::addDays(day, -1), asOf);
        data.activities = reviews.activitiesBetween(
            data.review->scope, engine::addDays(data.activitiesFrom, -1), data.activitiesTo, actor);
    } catch (const storage::StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace attain::ui
