// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "io/importresult.h"
#include "store/loadcontrol.h"

namespace tiescope {

class ImportSource;

// One input format TieScope reads (Graphia's IParser is the model): it says whether an input
// is its format, from the path and the first bytes alone, and reads it into records plus a
// problem list. Problems with the input go into the result, never out as exceptions: only a
// raised cancel flag throws (LoadCancelled), so no half-read dataset escapes. A format that
// is a stream reads it through std::istream; one of many tables reads them through a
// MemberSource. Importers hold no state: one instance serves every thread.
class Importer
{
public:
    virtual ~Importer() = default;

    // For people: "TieScope store", "dataset folder".
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual bool canRead(const ImportSource &source) const = 0;
    [[nodiscard]] virtual ImportResult read(const ImportSource &source, const LoadControl &control) const = 0;

protected:
    Importer() = default;
    Importer(const Importer &) = default;
    Importer &operator=(const Importer &) = default;
};

} // namespace tiescope
