// SPDX-License-Identifier: MIT
#include "interchange/importkey.h"

#include "analytics/namekey.h"
#include "io/datasetvalidator.h"

namespace tiescope {

std::string ImportKey::of(std::string_view text)
{
    if (DatasetValidator::isValidKey(text))
        return std::string(text);
    std::string key;
    for (const char c : NameKey::of(text)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            key += c;
        else if (!key.empty() && key.back() != '-')
            key += '-';
    }
    while (!key.empty() && key.back() == '-')
        key.pop_back();
    return key;
}

} // namespace tiescope
