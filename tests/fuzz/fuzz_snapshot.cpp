// SPDX-License-Identifier: MIT
// Snapshot JSON: the input is a .tiescope-snapshot.json file, read strictly by SnapshotReader.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "io/snapshotreader.h"
#include "model/inputerror.h"

using namespace tiescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    try {
        (void)SnapshotReader::read(in, "fuzz.tiescope-snapshot.json");
    } catch (const InputError &) {
        // a bad snapshot, reported to the user in one line
    }
    return 0;
}
