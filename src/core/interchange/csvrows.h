// SPDX-License-Identifier: MIT
#pragma once

#include "interchange/importrows.h"
#include "interchange/importrowsink.h"
#include "interchange/importspec.h"

namespace tiescope {

class CsvTable;

// The CSV files of a spec as import rows: each file read by CsvTable, its columns mapped to
// TieScope's fields by the spec. The fields the mapping leaves out are guessed from the header
// (ColumnGuess) and written into the spec, so that a spec saved afterwards is the one used; a
// field mapped to "" stays out.
// A TieScope CSV export's sources.csv and citations.csv are read by their own column names.
class CsvRows final
{
public:
    [[nodiscard]] static ImportRows read(ImportSpec &spec);
    // The same rows given to `sink` as each file is read (sources, citations, entities, ties),
    // never all held at once; the issues at the end, in the order read() lists them.
    static void stream(ImportSpec &spec, ImportRowSink &sink);
    // One table's rows through a mapping (field -> column); a mapped column the header lacks
    // and a field TieScope does not have are issues on the header line.
    static void map(const CsvTable &table, const std::map<std::string, std::string> &mapping,
                    const std::vector<std::string> &fields, std::vector<ImportRow> &rows,
                    std::vector<ImportIssue> &issues);
};

} // namespace tiescope
