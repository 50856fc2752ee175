// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "arguments.h"
#include "filter/filterspec.h"
#include "optionspec.h"

namespace tiescope {
class Dataset;
}

namespace tiescope::cli {

// The filter options shared by every command that shows a part of the graph (export, render
// and the analyses): --domain, --kind, --status, --from, --to, --min-grade, --text,
// --isolated (and --hide-isolated, the same as --isolated hide), --no-undated, --corroborated.
// Bad values throw UsageError.
class FilterOptions final
{
public:
    [[nodiscard]] static std::vector<OptionSpec> options();
    // Parses what does not need the data: dates, statuses, grade.
    [[nodiscard]] static FilterSpec parse(const Arguments &arguments);
    // Whether any of these options was given (a default value given explicitly counts).
    [[nodiscard]] static bool given(const Arguments &arguments);
    // Rejects domain and kind keys the dataset does not have, listing the valid ones.
    static void checkKeys(const FilterSpec &spec, const Dataset &dataset);
};

} // namespace tiescope::cli
