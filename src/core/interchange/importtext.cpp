// SPDX-License-Identifier: MIT
#include "interchange/importtext.h"

#include <cctype>

namespace tiescope {

std::vector<std::string> ImportText::split(std::string_view text)
{
    std::vector<std::string> items;
    for (std::size_t start = 0; !text.empty() && start <= text.size();) {
        const std::size_t bar = std::min(text.find('|', start), text.size());
        items.emplace_back(text.substr(start, bar - start));
        start = bar + 1;
    }
    return items;
}

std::string_view ImportText::trimmed(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string ImportText::lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string ImportText::upper(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

} // namespace tiescope
