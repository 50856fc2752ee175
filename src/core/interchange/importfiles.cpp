// SPDX-License-Identifier: MIT
#include "interchange/importfiles.h"

#include "interchange/importformats.h"

namespace tiescope {

ImportRows ImportFiles::read(ImportSpec &spec)
{
    return ImportFormats::of(spec.format).read(spec);
}

} // namespace tiescope
