// SPDX-License-Identifier: MIT
#include "model/tie.h"

namespace tiescope {

Grade Tie::bestGrade() const
{
    Grade best;
    for (const Citation &citation : citations) {
        if (citation.grade.weight() > best.weight())
            best = citation.grade;
    }
    return best;
}

} // namespace tiescope
