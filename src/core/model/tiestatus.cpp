// SPDX-License-Identifier: MIT
#include "model/tiestatus.h"

namespace tiescope {

std::string_view toString(TieStatus status)
{
    switch (status) {
    case TieStatus::Confirmed:
        return "confirmed";
    case TieStatus::Alleged:
        return "alleged";
    case TieStatus::Planned:
        return "planned";
    case TieStatus::Ended:
        return "ended";
    }
    return "confirmed";
}

std::optional<TieStatus> parseTieStatus(std::string_view text)
{
    for (const TieStatus status : AllTieStatuses) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace tiescope
