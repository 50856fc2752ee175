// SPDX-License-Identifier: MIT
// Opening a store: the input is the image of a .db file someone sent. It is opened read-only,
// as `tiescope --db` or `tiescope-cli ... --db` opens a file, then loaded and checked.
#include <cstddef>
#include <cstdint>

#include "fuzzscratch.h"
#include "model/inputerror.h"
#include "store/store.h"

using namespace tiescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::FuzzScratch &scratch = fuzz::FuzzScratch::instance();
    // A WAL image leaves -wal / -shm files beside it; they must not carry over to the next input.
    scratch.remove("store.db-wal");
    scratch.remove("store.db-shm");
    try {
        const Store store = Store::open(scratch.write("store.db", data, size).string(), Store::Mode::ReadOnly);
        (void)store.load();
        (void)store.integrityProblems();
    } catch (const InputError &) {
        // not a TieScope store, or a damaged one: one message naming the file
    }
    return 0;
}
