// SPDX-License-Identifier: MIT
#include "app/formtext.h"

namespace tiescope {

nlohmann::ordered_json FormText::optional(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    return trimmed.toStdString();
}

} // namespace tiescope
