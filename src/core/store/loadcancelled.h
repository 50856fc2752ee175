// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>

namespace tiescope {

// Thrown by Store::load when its LoadControl's cancel flag is raised. An exception rather
// than a flag on the result, so that a half-read Dataset can never escape; and not an
// InputError, so that callers can tell "stopped" from "bad file".
class LoadCancelled final : public std::runtime_error
{
public:
    LoadCancelled() : std::runtime_error("loading cancelled") {}
};

} // namespace tiescope
