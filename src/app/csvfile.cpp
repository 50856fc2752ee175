// SPDX-License-Identifier: MIT
#include "app/csvfile.h"

#include <sstream>

#include <QCoreApplication>

#include "io/atomicfile.h"
#include "io/csvwriter.h"
#include "model/inputerror.h"

namespace tiescope {

bool CsvFile::write(const QString &path, const std::vector<std::vector<std::string>> &rows, QString *error)
{
    std::ostringstream out;
    for (const auto &row : rows)
        CsvWriter::writeRow(out, row);
    try {
        AtomicFile::writeWhole(path.toStdString(), out.str());
        return true;
    } catch (const InputError &failure) {
        if (error)
            *error = QString::fromStdString(failure.what());
        return false;
    }
}

} // namespace tiescope
