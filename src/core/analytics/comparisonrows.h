// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "analytics/datecomparison.h"

namespace tiescope {

class Dataset;

// A date comparison as rows of text, the same for the CLI's table, the Compare panel and its
// CSV export: change, tie key, from and to names, domain, relation, the tie's EDTF dates, and
// its presence in A and in B.
class ComparisonRows final
{
public:
    enum Column { Change, Tie, From, To, Domain, Relation, Dates, AtA, AtB, ColumnCount };

    [[nodiscard]] static std::vector<std::string> header(const std::string &aText, const std::string &bText);
    [[nodiscard]] static std::vector<std::string> row(const Dataset &data, const DateComparison::Row &row);
    // "3 began, 1 ended, 0 became certain, 2 became uncertain, of 40 dated ties compared (12 undated left out)"
    [[nodiscard]] static std::string summary(const DateComparison::Result &result);
};

} // namespace tiescope
