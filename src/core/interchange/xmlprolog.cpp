// SPDX-License-Identifier: MIT
#include "interchange/xmlprolog.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "model/inputlimits.h"

namespace tiescope {

std::optional<ImportIssue> XmlProlog::refusal(const std::string &file)
{
    std::error_code sizeError;
    if (std::filesystem::file_size(file, sizeError) > InputLimits::MaxXmlBytes && !sizeError)
        return ImportIssue{file, 0, {}, InputLimits::tooLarge(InputLimits::MaxXmlBytes)};
    if (const std::size_t declared = doctypeLine(file))
        return ImportIssue{file, declared, {}, RefusedDtd};
    return std::nullopt;
}

std::size_t XmlProlog::doctypeLine(const std::string &file)
{
    // libxml2 keeps no line for the declaration; it is in the prolog, before the root element:
    // after the XML declaration, comments, processing instructions and white space.
    std::ifstream in(file, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    std::size_t at = 0;
    while (true) {
        at = head.find_first_not_of(" \t\r\n", at);
        if (at == std::string::npos)
            return 0;
        const bool comment = head.compare(at, 4, "<!--") == 0;
        if (!comment && head.compare(at, 2, "<?") != 0)
            break;
        at = head.find(comment ? "-->" : "?>", at);
        if (at == std::string::npos)
            return 0;
        at += comment ? 3 : 2;
    }
    if (head.compare(at, 9, "<!DOCTYPE") != 0)
        return 0;
    return 1 + static_cast<std::size_t>(std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

} // namespace tiescope
