// SPDX-License-Identifier: MIT
#include "io/storeimporter.h"

#include "io/importsource.h"
#include "model/inputerror.h"
#include "store/store.h"

namespace tiescope {

namespace {

// The first 16 bytes of every SQLite 3 database file.
constexpr std::string_view SqliteHeader{"SQLite format 3\0", 16};

} // namespace

bool StoreImporter::canRead(const ImportSource &source) const
{
    return source.isFile() && (source.head().empty() || source.head().starts_with(SqliteHeader));
}

ImportResult StoreImporter::read(const ImportSource &source, const LoadControl &control) const
{
    ImportResult result;
    try {
        const Store store = Store::open(source.path().string(), Store::Mode::ReadOnly);
        result.dataset = store.load(control);
    } catch (const InputError &error) {
        result.problems.push_back(Problem{error.file(), {}, error.problem()});
    }
    return result;
}

} // namespace tiescope
