// SPDX-License-Identifier: MIT
#pragma once

#include "commandregistry.h"

namespace tiescope::cli {

// Every command tiescope-cli offers; a new command is one more line in the .cpp.
[[nodiscard]] CommandRegistry builtinCommands();

} // namespace tiescope::cli
