#pragma once

#include <QString>

namespace attain::storage {

/// Who runs a command. TargetRepository checks what each may do, so the rules hold for every
/// window and tool that writes, not only for the buttons a dialog shows.
struct Actor
{
    QString name;  ///< recorded in the audit trail (proposed_by, approved_by, locked_by)
    QString repId; ///< the rep's UUID when a rep acts; empty = a manager

    [[nodiscard]] bool isManager() const { return repId.isEmpty(); }
};

} // namespace attain::storage
