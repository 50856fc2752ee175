// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace tiescope {

// Form text to dataset-file JSON and back, as the dataset files write empty optional text.
class FormText final
{
public:
    // Trimmed text, or null when empty (the dataset files' empty optional field).
    [[nodiscard]] static nlohmann::ordered_json optional(const QString &text);
    [[nodiscard]] static QString of(const std::string &text) { return QString::fromStdString(text); }
};

} // namespace tiescope
