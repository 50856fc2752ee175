// SPDX-License-Identifier: MIT
#include "builtincommands.h"

#include "builddbcommand.h"
#include "chainscommand.h"
#include "communitiescommand.h"
#include "cutscommand.h"
#include "exposurecommand.h"
#include "exportcommand.h"
#include "generatecommand.h"
#include "infocommand.h"
#include "pathcommand.h"
#include "rankcommand.h"
#ifdef TIESCOPE_HAVE_RENDER
#include "rendercommand.h"
#endif
#include "validatecommand.h"

namespace tiescope::cli {

CommandRegistry builtinCommands()
{
    CommandRegistry registry;
    registry.add(std::make_unique<InfoCommand>());
    registry.add(std::make_unique<ValidateCommand>());
    registry.add(std::make_unique<BuildDbCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<ChainsCommand>());
    registry.add(std::make_unique<ExposureCommand>());
    registry.add(std::make_unique<CutsCommand>());
    registry.add(std::make_unique<PathCommand>());
    registry.add(std::make_unique<RankCommand>());
    registry.add(std::make_unique<CommunitiesCommand>());
    registry.add(std::make_unique<GenerateCommand>());
#ifdef TIESCOPE_HAVE_RENDER
    registry.add(std::make_unique<RenderCommand>());
#endif
    return registry;
}

} // namespace tiescope::cli
