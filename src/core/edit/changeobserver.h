// SPDX-License-Identifier: MIT
#pragma once

#include "edit/applyresult.h"

namespace tiescope {

// Told about every change-set a Store committed, after the commit (never for one that failed
// or was rolled back). The core knows nothing of its views: the window's document adapts this
// to Qt signals. Called on the thread that applied the change-set.
class ChangeObserver
{
public:
    virtual ~ChangeObserver() = default;
    virtual void changesCommitted(const ApplyResult &result) = 0;
};

} // namespace tiescope
