// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edit/auditentry.h"
#include "edit/changeset.h"

namespace tiescope {

class Dataset;

// An undo read back from the audit trail, for programs that did not make the edit (the CLI's
// `undo`): the rows one change-set logged become the AppliedChanges it made, and their inverse
// the change-set that takes it back, as the window's undo stack would have held it. Applied
// through Store::apply like any edit, it is validated first, so a change-set that later edits
// have built on is refused rather than half undone.
class LoggedUndo final
{
public:
    struct Plan
    {
        std::int64_t changeSet = 0; // the one undone
        std::string label;          // its label
        ChangeSet undo;             // labelled "undo LABEL"
        // Records this change-set changed that a later one changed again ("ties KEY in
        // change-set N"): taking back its values would silently undo the later edit too.
        std::vector<std::string> changedLater;
    };

    // The newest change-set in `history` (oldest first), or the one numbered `changeSet`;
    // nothing when there is none. Throws std::runtime_error when a logged row cannot be read
    // back (a damaged audit trail).
    [[nodiscard]] static std::optional<Plan> plan(const std::vector<AuditEntry> &history,
                                                  std::optional<std::int64_t> changeSet = std::nullopt);
    // What later edits built on the rows the undo would delete, in the store as it is now: a
    // tie to an entity it would take away, a citation of a tie or entity it would take away.
    // Deleting those would take the later rows with them (an entity takes its ties, a tie its
    // citations), so such an undo must be refused. Empty: the undo takes back only its own rows.
    [[nodiscard]] static std::vector<std::string> laterDependents(const Plan &plan, const Dataset &current);
};

} // namespace tiescope
