// SPDX-License-Identifier: MIT
#include "interchange/importchangestream.h"

#include "interchange/importfiles.h"
#include "interchange/importplanner.h"

namespace tiescope {

ImportChangeStream::ImportChangeStream(ImportSpec &spec, ImportPlanner &planner, bool applyValid, std::size_t partSize)
    : m_spec(spec),
      m_planner(planner),
      m_applyValid(applyValid),
      m_partSize(partSize)
{
}

bool ImportChangeStream::run(const Part &apply)
{
    m_planner.streamChanges(m_partSize, [this, &apply](const ChangeSet &part) {
        // After a bad row nothing will be committed: applying the rest would be wasted work.
        if (m_applyValid || !m_planner.hasBadRows())
            apply(part);
    });
    ImportFiles::stream(m_spec, m_planner);
    m_plan = m_planner.finish();
    return m_applyValid || !m_plan.hasBadRows();
}

} // namespace tiescope
