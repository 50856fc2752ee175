// SPDX-License-Identifier: MIT
#include "filter/isolatedentities.h"

namespace tiescope {

std::string_view toString(IsolatedEntities isolated)
{
    switch (isolated) {
    case IsolatedEntities::Fade:
        return "fade";
    case IsolatedEntities::Hide:
        return "hide";
    case IsolatedEntities::Show:
        return "show";
    }
    return "fade";
}

std::optional<IsolatedEntities> parseIsolatedEntities(std::string_view text)
{
    for (const IsolatedEntities isolated : AllIsolatedEntities) {
        if (toString(isolated) == text)
            return isolated;
    }
    return std::nullopt;
}

} // namespace tiescope
