// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <QString>

namespace tiescope {

class Dataset;
struct FilterSpec;

// One line saying what a picture shows: dataset, domains, kinds, statuses, grade, date
// window and counts. It captions exports and feeds the window's status line.
class FilterCaption final
{
public:
    [[nodiscard]] static QString text(const Dataset &data, const FilterSpec &spec, std::size_t entities,
                                      std::size_t ties);
    [[nodiscard]] static QString window(const FilterSpec &spec);
};

} // namespace tiescope
