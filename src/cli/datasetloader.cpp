// SPDX-License-Identifier: MIT
#include "datasetloader.h"

#include "io/datasetreader.h"
#include "model/inputerror.h"
#include "store/store.h"

namespace tiescope::cli {

Dataset DatasetLoader::load(const std::string &path)
{
    if (DatasetReader::isDatasetFolder(path)) {
        DatasetReader::Result result = DatasetReader::read(path);
        if (!result.ok()) {
            const Problem &first = result.problems.front();
            std::string problem = first.record.empty() ? first.message : first.record + ": " + first.message;
            if (result.problems.size() > 1)
                problem += " (and " + std::to_string(result.problems.size() - 1) +
                           " more problems; run 'tiescope-cli validate " + path + "')";
            throw InputError(first.file, problem);
        }
        return std::move(result.dataset);
    }
    return Store::open(path, Store::Mode::ReadOnly).load();
}

} // namespace tiescope::cli
