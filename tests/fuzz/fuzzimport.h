// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzzscratch.h"
#include "interchange/importfiles.h"
#include "interchange/importplanner.h"
#include "interchange/importspec.h"
#include "io/datasetreader.h"
#include "model/inputerror.h"

namespace tiescope::fuzz {

// The import path `tiescope-cli import --dry-run --json` takes with a file: the spec's reader
// (CSV, GEXF or GraphML) reads it, the planner matches its rows against a store (the small
// fixture) and the plan is printed as JSON.
class FuzzImport final
{
public:
    // `spec` names the format and options; the input becomes its ties file (`entities` too
    // when asked), written to the scratch folder as `name`.
    static void run(ImportSpec spec, const std::string &name, const std::uint8_t *data, std::size_t size,
                    bool asEntities = false)
    {
        const std::filesystem::path file = FuzzScratch::instance().write(name, data, size);
        (asEntities ? spec.entities : spec.ties) = file;
        spec.defaultSource = "src";
        spec.defaultGrade = "B2";
        spec.defaultKind = "company";
        try {
            const ImportRows rows = ImportFiles::read(spec);
            const ImportPlan plan = ImportPlanner::plan(store(), rows, spec);
            (void)plan.toJson().dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
        } catch (const InputError &) {
            // a bad file, reported to the user in one line
        }
    }

private:
    static const Dataset &store()
    {
        static const Dataset data =
            DatasetReader::read(std::filesystem::path(TIESCOPE_FIXTURES_DIR "/datasets/small")).dataset;
        return data;
    }
};

} // namespace tiescope::fuzz
