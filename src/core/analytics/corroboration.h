// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace tiescope {

class Dataset;
struct Source;
struct Tie;

// Whether a tie rests on more than one publisher (docs/dataset.md, "Corroboration"). Two
// citations of one publisher, or of two of its sources, are one voice: only independent
// publishers corroborate each other.
class Corroboration final
{
public:
    // The name a source's publisher is compared by: its publisher reduced by NameKey ("Reuters"
    // and " reuters." are one), else its author's, else its own key, so a source that names
    // neither counts as a publisher of its own.
    [[nodiscard]] static std::string publisherOf(const Source &source);
    // How many distinct publishers the tie's citations name.
    [[nodiscard]] static std::size_t publisherCount(const Dataset &dataset, const Tie &tie);
    // Two or more distinct publishers.
    [[nodiscard]] static bool isCorroborated(const Dataset &dataset, const Tie &tie);
};

} // namespace tiescope
