// SPDX-License-Identifier: MIT
// Dataset JSON: DatasetReader reads a folder of seven files. The input's first byte picks the
// file (dataset.json or a table) and the rest replaces it; the other six are the small
// fixture's, so that a fuzzed table meets real references and the validator's rules.
#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "io/datasetreader.h"
#include "memorymembers.h"

using namespace tiescope;

namespace {

constexpr std::array<const char *, 7> Members{"dataset.json", "domains.json",  "kinds.json", "relations.json",
                                              "sources.json", "entities.json", "ties.json"};

const std::map<std::string, std::string> &fixture()
{
    static const std::map<std::string, std::string> members = [] {
        std::map<std::string, std::string> read;
        for (const char *member : Members) {
            std::ifstream in(std::string(TIESCOPE_FIXTURES_DIR "/datasets/small/") + member, std::ios::binary);
            read[member] = std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        }
        return read;
    }();
    return members;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::map<std::string, std::string> members = fixture();
    members[Members[data[0] % Members.size()]] = std::string(reinterpret_cast<const char *>(data + 1), size - 1);
    // The reader reports every problem in its result and throws nothing.
    (void)DatasetReader::read(fixtures::MemoryMembers(std::move(members)));
    return 0;
}
