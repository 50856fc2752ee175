// SPDX-License-Identifier: MIT
#pragma once

#include "io/jsonrecord.h"
#include "model/source.h"

namespace tiescope {

// The fields of a source record as datasets and edits write them (docs/dataset.md), read
// once for both: the dataset reader and the edit path's RecordCheck. The id is the caller's.
class SourceFields final
{
public:
    // Reports unknown fields and bad values into the record's problems.
    template <typename Json>
    [[nodiscard]] static Source read(BasicJsonRecord<Json> &record);
};

} // namespace tiescope
