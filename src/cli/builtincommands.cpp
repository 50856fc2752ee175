// SPDX-License-Identifier: MIT
#include "builtincommands.h"

#include "builddbcommand.h"
#include "exportcommand.h"
#ifdef TIESCOPE_HAVE_RENDER
#include "rendercommand.h"
#endif
#include "infocommand.h"
#include "validatecommand.h"

namespace tiescope::cli {

CommandRegistry builtinCommands()
{
    CommandRegistry registry;
    registry.add(std::make_unique<InfoCommand>());
    registry.add(std::make_unique<ValidateCommand>());
    registry.add(std::make_unique<BuildDbCommand>());
    registry.add(std::make_unique<ExportCommand>());
#ifdef TIESCOPE_HAVE_RENDER
    registry.add(std::make_unique<RenderCommand>());
#endif
    return registry;
}

} // namespace tiescope::cli
