// SPDX-License-Identifier: MIT
// GraphML import: the input is the .graphml file, read by GraphmlReader and planned against a store.
#include <cstddef>
#include <cstdint>

#include "fuzzimport.h"

using namespace tiescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ImportSpec spec;
    spec.format = ImportSpec::Format::GraphMl;
    fuzz::FuzzImport::run(spec, "input.graphml", data, size);
    return 0;
}
