// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QRectF>

#include "optionspec.h"

namespace tiescope {
struct ExportOptions;
struct FilterSpec;
} // namespace tiescope

namespace tiescope::cli {

class Arguments;
struct CommandContext;

// tiescope-cli render --view map: the filtered graph on the world map, drawn by the window's
// MapPainter with its legend and caption (render/mapexporter.h).
class MapRender final
{
public:
    [[nodiscard]] static std::vector<OptionSpec> options();
    [[nodiscard]] static int run(const Arguments &arguments, CommandContext &context, ExportOptions options,
                                 const FilterSpec &spec, const std::string &target);

private:
    // --region as a box in map units, or nothing without it; a bad box is a UsageError.
    [[nodiscard]] static std::optional<QRectF> region(const Arguments &arguments);
};

} // namespace tiescope::cli
