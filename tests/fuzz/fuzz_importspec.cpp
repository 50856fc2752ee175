// SPDX-License-Identifier: MIT
// Import-spec JSON: the input is a saved spec file, read by ImportSpec::read and, when it
// reads, written back and read again as `import --save-spec` would.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "fuzzscratch.h"
#include "interchange/importspec.h"
#include "model/inputerror.h"

using namespace tiescope;

namespace {

// The spec with its file names made absolute and normal: written relative to the saved spec's
// folder ("../../abs/t.csv"), a name reads back as another spelling of the same file.
nlohmann::ordered_json normal(ImportSpec spec)
{
    for (std::filesystem::path *path : {&spec.entities, &spec.ties, &spec.sources, &spec.citations}) {
        if (!path->empty())
            *path = std::filesystem::absolute(*path).lexically_normal();
    }
    return spec.toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::FuzzScratch &scratch = fuzz::FuzzScratch::instance();
    try {
        const ImportSpec spec = ImportSpec::read(scratch.write("spec.json", data, size));
        const std::filesystem::path saved = scratch.folder() / "saved.json";
        spec.write(saved);
        if (normal(ImportSpec::read(saved)) != normal(spec))
            std::abort(); // a finding: a saved spec must read back as it was
    } catch (const InputError &) {
        // a bad spec, reported to the user in one line
    }
    return 0;
}
