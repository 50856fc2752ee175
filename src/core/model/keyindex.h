// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tiescope {

// Maps the stable text keys of one table to their row index, looked up without copies.
class KeyIndex final
{
public:
    // False when the key is already present (nothing changes then).
    bool insert(std::string key, std::uint32_t index) { return m_map.try_emplace(std::move(key), index).second; }
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key) const
    {
        const auto it = m_map.find(key);
        if (it == m_map.end())
            return std::nullopt;
        return it->second;
    }
    void reserve(std::size_t count) { m_map.reserve(count); }
    void clear() { m_map.clear(); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_map;
};

} // namespace tiescope
