// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <QString>

namespace tiescope {

// Writes rows as CSV (io/csvwriter.h: RFC 4180, formula cells neutralised) to a file at once
// or not at all (the core's AtomicFile: a temporary file renamed over the target).
class CsvFile final
{
public:
    // False with `error` naming the file when it could not be written.
    static bool write(const QString &path, const std::vector<std::vector<std::string>> &rows, QString *error);
};

} // namespace tiescope
