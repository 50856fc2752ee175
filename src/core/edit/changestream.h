// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "edit/changeset.h"

namespace tiescope {

// A change-set too large to hold at once (a large import), made and applied in parts: run()
// hands each part to `apply` in order as soon as it is made. The parts together are ONE
// change-set: one transaction, one audit entry, one undo step (Store::apply). run() returns
// false when the change-set must not be committed after all (a bad row found late in the
// file): then nothing is written.
class ChangeStream
{
public:
    using Part = std::function<void(const ChangeSet &part)>;

    virtual ~ChangeStream() = default;
    [[nodiscard]] virtual bool run(const Part &apply) = 0;
};

} // namespace tiescope
