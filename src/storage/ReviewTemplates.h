#pragma once

#include "storage/ReviewTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace attain::storage {

/// A kind of review with what it is for: its name, which scopes it is held for and its
/// standard agenda. Names and agendas are translated (context attain::storage::ReviewTemplates),
/// so the demo and the app's New Review dialog write the user's language.
struct ReviewTemplate
{
    ReviewKind kind = ReviewKind::TeamMeeting;
    QString name; ///< "Weekly team review"
    bool forCompany = false, forTeam = false, forRep = false;
    QStringList agenda; ///< one entry per agenda point
};

/// Weekly team review (a team), monthly business review (the company or a team) and
/// one-on-one (a rep), in that order.
[[nodiscard]] std::vector<ReviewTemplate> reviewTemplates();
[[nodiscard]] ReviewTemplate reviewTemplate(ReviewKind kind);
/// The kind's name: "Weekly team review", "Monthly business review", "One-on-one".
[[nodiscard]] QString reviewKindName(ReviewKind kind);
/// The agenda as stored: "1. Pipeline and forecast\n2. …".
[[nodiscard]] QString agendaText(const QStringList &agenda);
/// "Weekly team review — 华东 East — 2026-11-23"; an empty scope name is the company.
[[nodiscard]] QString reviewTitle(ReviewKind kind, const QString &scopeName, engine::Date date);

} // namespace attain::storage
