// SPDX-License-Identifier: MIT
#include "interchange/importfiles.h"

#include "interchange/csvrows.h"
#include "interchange/gexfreader.h"
#include "interchange/graphmlreader.h"

namespace tiescope {

ImportRows ImportFiles::read(ImportSpec &spec)
{
    switch (spec.format) {
    case ImportSpec::Format::Csv:
        return CsvRows::read(spec);
    case ImportSpec::Format::Gexf:
        return GexfReader::read(spec.ties);
    case ImportSpec::Format::GraphMl:
        return GraphmlReader::read(spec.ties);
    }
    return {};
}

} // namespace tiescope
