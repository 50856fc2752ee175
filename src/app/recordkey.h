// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QString>

namespace tiescope {

// The text keys a form proposes for a new record: kebab-case ASCII made from its name, as the
// dataset rules require ([a-z0-9][a-z0-9-]*), made unique by a numeric suffix.
class RecordKey final
{
public:
    // "Gazprom Neft (Serbia)" -> "gazprom-neft-serbia"; "Vučić" -> "vucic".
    [[nodiscard]] static QString fromName(const QString &name);
    // `base`, else base-2, base-3, ... : the first that `taken` refuses.
    [[nodiscard]] static QString unique(const QString &base, const std::function<bool(const QString &)> &taken);
};

} // namespace tiescope
