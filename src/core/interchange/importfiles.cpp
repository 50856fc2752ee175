// SPDX-License-Identifier: MIT
#include "interchange/importfiles.h"

#include "interchange/importformats.h"

namespace tiescope {

ImportRows ImportFiles::read(ImportSpec &spec)
{
    return ImportFormats::of(spec.format).read(spec);
}

void ImportFiles::stream(ImportSpec &spec, ImportRowSink &sink)
{
    ImportFormats::of(spec.format).stream(spec, sink);
}

} // namespace tiescope
