// SPDX-License-Identifier: MIT
#include "app/csvfile.h"

#include <sstream>

#include <QCoreApplication>
#include <QSaveFile>

#include "io/csvwriter.h"

namespace tiescope {

bool CsvFile::write(const QString &path, const std::vector<std::vector<std::string>> &rows, QString *error)
{
    std::ostringstream out;
    for (const auto &row : rows)
        CsvWriter::writeRow(out, row);
    const std::string text = out.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
        !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tiescope
