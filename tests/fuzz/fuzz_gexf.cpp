// SPDX-License-Identifier: MIT
// GEXF import: the input is the .gexf file, read by GexfReader and planned against a store.
#include <cstddef>
#include <cstdint>

#include "fuzzimport.h"

using namespace tiescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ImportSpec spec;
    spec.format = ImportSpec::Format::Gexf;
    fuzz::FuzzImport::run(spec, "input.gexf", data, size);
    return 0;
}
