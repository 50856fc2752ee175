// SPDX-License-Identifier: MIT
#include "builtincommands.h"

#include "addentitycommand.h"
#include "addsourcecommand.h"
#include "addtiecommand.h"
#include "builddbcommand.h"
#include "chainscommand.h"
#include "communitiescommand.h"
#include "diffcommand.h"
#include "citecommand.h"
#include "cutscommand.h"
#include "deletecommand.h"
#include "editcommand.h"
#include "exposurecommand.h"
#include "exportcommand.h"
#include "exportdatasetcommand.h"
#include "generatecommand.h"
#include "historycommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "mergecommand.h"
#include "pathcommand.h"
#include "rankcommand.h"
#include "undocommand.h"
#ifdef TIESCOPE_HAVE_RENDER
#include "rendercommand.h"
#endif
#include "undocommand.h"
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
    registry.add(std::make_unique<DiffCommand>());
    registry.add(std::make_unique<GenerateCommand>());
    registry.add(std::make_unique<ExportDatasetCommand>());
    registry.add(std::make_unique<AddEntityCommand>());
    registry.add(std::make_unique<AddTieCommand>());
    registry.add(std::make_unique<AddSourceCommand>());
    registry.add(std::make_unique<CiteCommand>());
    registry.add(std::make_unique<EditCommand>());
    registry.add(std::make_unique<DeleteCommand>());
    registry.add(std::make_unique<MergeCommand>());
    registry.add(std::make_unique<HistoryCommand>());
    registry.add(std::make_unique<ImportCommand>());
    registry.add(std::make_unique<UndoCommand>());
#ifdef TIESCOPE_HAVE_RENDER
    registry.add(std::make_unique<RenderCommand>());
#endif
    return registry;
}

} // namespace tiescope::cli
