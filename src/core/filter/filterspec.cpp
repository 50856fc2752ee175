// SPDX-License-Identifier: MIT
#include "filter/filterspec.h"

namespace tiescope {

bool FilterSpec::isEmpty() const
{
    return !domains && !kinds && !statuses && !from && !to && !minimumGrade && text.empty() &&
           isolated != IsolatedEntities::Hide && includeUndated && !corroboratedOnly;
}

} // namespace tiescope
