// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tiescope::cli {

// A parsed command line: option values by option name ("--domain"), and positionals.
class Arguments final
{
public:
    void add(const std::string &option, std::string value) { m_values[option].push_back(std::move(value)); }
    void addPositional(std::string value) { m_positionals.push_back(std::move(value)); }

    [[nodiscard]] bool has(const std::string &option) const { return m_values.count(option) != 0; }
    // The (last) value of an option given once.
    [[nodiscard]] std::optional<std::string> value(const std::string &option) const
    {
        const auto it = m_values.find(option);
        if (it == m_values.end() || it->second.empty())
            return std::nullopt;
        return it->second.back();
    }
    [[nodiscard]] std::vector<std::string> values(const std::string &option) const
    {
        const auto it = m_values.find(option);
        return it == m_values.end() ? std::vector<std::string>{} : it->second;
    }
    [[nodiscard]] const std::vector<std::string> &positionals() const { return m_positionals; }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};

} // namespace tiescope::cli
