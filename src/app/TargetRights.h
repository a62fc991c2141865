#pragma once

#include "storage/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace attain::ui {

struct TargetRow;

/// What the person working may do with one target, and why not, so buttons can be disabled
/// with a reason instead of refusing after a click. The same rules as TargetRepository, which
/// enforces them for every writer: a rep proposes changes to their own targets only; only a
/// manager approves, decides, locks or breaks down; nobody changes a locked target's value.
struct TargetRights
{
    Q_DECLARE_TR_FUNCTIONS(attain::ui::TargetRights)

public:
    bool revise = false;    ///< may propose a new value (and a manager approve it directly)
    bool approve = false;   ///< may approve or reject proposals
    bool decompose = false; ///< may break it down, and it can be split (additive, company or team)
    bool lock = false;      ///< may lock or unlock it
    QString reviseWhyNot, decomposeWhyNot, lockWhyNot;

    /// `scopeRepId`: the UUID of the rep the target is for, when its scope is a rep.
    [[nodiscard]] static TargetRights of(const storage::Actor &actor, const TargetRow &row, const QString &scopeRepId);
};

} // namespace attain::ui
