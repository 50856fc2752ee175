// SPDX-License-Identifier: MIT
#include "analytics/comparisonrows.h"

#include "model/dataset.h"
#include "model/tiedates.h"

namespace tiescope {

std::vector<std::string> ComparisonRows::header(const std::string &aText, const std::string &bText)
{
    return {"change", "tie", "from", "to", "domain", "relation", "dates", "in " + aText, "in " + bText};
}

std::vector<std::string> ComparisonRows::row(const Dataset &data, const DateComparison::Row &row)
{
    const ::tiescope::Tie &tie = data.tie(row.tie);
    return {DateComparison::name(row.change),
            tie.key,
            data.entity(tie.from).name,
            data.entity(tie.to).name,
            data.domain(tie.domain).key,
            data.relation(tie.relation).key,
            TieDates::text(tie.start, tie.end),
            DateComparison::name(row.atA),
            DateComparison::name(row.atB)};
}

std::string ComparisonRows::summary(const DateComparison::Result &result)
{
    using Change = DateComparison::Change;
    return std::to_string(result.count(Change::Began)) + " began, " + std::to_string(result.count(Change::Ended)) +
           " ended, " + std::to_string(result.count(Change::BecameCertain)) + " became certain, " +
           std::to_string(result.count(Change::BecameUncertain)) + " became uncertain, of " +
           std::to_string(result.compared) + " dated ties compared (" + std::to_string(result.undated) +
           " undated left out)";
}

} // namespace tiescope
