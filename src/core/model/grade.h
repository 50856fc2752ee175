// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tiescope {

// The NATO Admiralty code: source reliability A (completely reliable) .. F (cannot be
// judged) and information credibility 1 (confirmed) .. 6 (cannot be judged).
class Grade final
{
public:
    constexpr Grade() = default;

    [[nodiscard]] static std::optional<Grade> make(char reliability, int credibility);
    // Parses "B2" style text.
    [[nodiscard]] static std::optional<Grade> parse(std::string_view text);

    [[nodiscard]] constexpr char reliability() const { return m_reliability; }
    [[nodiscard]] constexpr int credibility() const { return m_credibility; }
    [[nodiscard]] std::string toString() const;

    // True when this grade is at least as good as `minimum` on both scales.
    [[nodiscard]] constexpr bool meets(const Grade &minimum) const
    {
        return m_reliability <= minimum.m_reliability && m_credibility <= minimum.m_credibility;
    }
    // 1.0 for A1 down to 0.0 for F6: a single weight for ranking and for drawing faintness.
    [[nodiscard]] double weight() const;

    constexpr bool operator==(const Grade &) const = default;

private:
    constexpr Grade(char reliability, int credibility) : m_reliability(reliability), m_credibility(credibility) {}

    char m_reliability = 'F';
    int m_credibility = 6;
};

} // namespace tiescope
