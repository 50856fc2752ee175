// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include "edit/changestream.h"
#include "interchange/importplan.h"
#include "interchange/importspec.h"

namespace tiescope {

class ImportPlanner;

// An import as a ChangeStream (Store::apply): the spec's files read row by row, each row
// planned as it comes (ImportPlanner), and each part of the change-set applied as soon as
// `partSize` changes are planned, all in the store's one transaction. Neither the rows, nor the
// plan's records, nor the applied rows are ever all in memory. With bad rows nothing is
// committed unless `applyValid`: once one is found, the rest is only planned, for the report.
class ImportChangeStream final : public ChangeStream
{
public:
    static constexpr std::size_t DefaultPartSize = 4096;

    ImportChangeStream(ImportSpec &spec, ImportPlanner &planner, bool applyValid,
                       std::size_t partSize = DefaultPartSize);

    bool run(const Part &apply) override;
    // The dry run's report, once run() has returned.
    [[nodiscard]] ImportPlan &plan() { return m_plan; }

private:
    ImportSpec &m_spec;
    ImportPlanner &m_planner;
    bool m_applyValid;
    std::size_t m_partSize;
    ImportPlan m_plan;
};

} // namespace tiescope
