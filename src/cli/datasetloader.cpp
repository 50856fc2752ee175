// SPDX-License-Identifier: MIT
#include "datasetloader.h"

#include "io/importerregistry.h"

namespace tiescope::cli {

Dataset DatasetLoader::load(const std::string &path)
{
    return ImporterRegistry::builtIn().load(path, {}, "; run 'tiescope-cli validate " + path + "'");
}

} // namespace tiescope::cli
