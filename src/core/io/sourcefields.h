// SPDX-License-Identifier: MIT
#pragma once

#include "model/source.h"

namespace tiescope {

class JsonRecord;

// The fields of a source record as datasets and edits write them (docs/dataset.md), read
// once for both: the dataset reader and the edit path's RecordCheck. The id is the caller's.
class SourceFields final
{
public:
    // Reports unknown fields and bad values into the record's problems.
    [[nodiscard]] static Source read(JsonRecord &record);
};

} // namespace tiescope
