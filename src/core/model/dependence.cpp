// SPDX-License-Identifier: MIT
#include "model/dependence.h"

#include <array>

namespace tiescope {

std::string_view toString(Dependence dependence)
{
    switch (dependence) {
    case Dependence::None:
        return "none";
    case Dependence::From:
        return "from";
    case Dependence::To:
        return "to";
    case Dependence::Mutual:
        return "mutual";
    }
    return "none";
}

std::optional<Dependence> parseDependence(std::string_view text)
{
    for (const Dependence value : {Dependence::None, Dependence::From, Dependence::To, Dependence::Mutual}) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace tiescope
