// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>

namespace tiescope {

// How much of a file from outside TieScope reads before it refuses it (issue 15, "Size
// limits"): what is read whole into memory is bounded so that a runaway or hostile file gets a
// message, never an out-of-memory crash. A JSON document takes about ten times its size once
// parsed; a CSV file about three times; a store about 2 KB a tie once loaded.
class InputLimits final
{
public:
    static constexpr std::uint64_t MiB = 1024 * 1024;
    static constexpr std::uint64_t MaxJsonBytes = 512 * MiB;     // a dataset table or a snapshot
    static constexpr std::uint64_t MaxSpecBytes = 16 * MiB;      // an import spec
    static constexpr std::uint64_t MaxCsvBytes = 1024 * MiB;     // one CSV file to import
    static constexpr std::uint64_t MaxXmlBytes = 2048 * MiB;     // one GEXF or GraphML file
    static constexpr std::uint64_t MaxStoreTies = 5'000'000;     // ties in a store to open

    // Reads the whole stream, or nothing past `limit` bytes: nullopt when it holds more. A file
    // is measured first (seek to its end), so one far too large is refused without reading it.
    [[nodiscard]] static std::optional<std::string> readAtMost(std::istream &in, std::uint64_t limit)
    {
        const std::istream::pos_type start = in.tellg();
        if (start != std::istream::pos_type(-1) && in.seekg(0, std::ios::end)) {
            const std::istream::pos_type end = in.tellg();
            in.seekg(start);
            if (end != std::istream::pos_type(-1) && static_cast<std::uint64_t>(end - start) > limit)
                return std::nullopt;
        }
        in.clear(); // a stream that cannot seek is read up to the limit instead
        std::string bytes;
        char buffer[64 * 1024];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            if (bytes.size() + static_cast<std::uint64_t>(in.gcount()) > limit)
                return std::nullopt;
            bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        }
        return bytes;
    }

    // "is larger than 512 MB, the most TieScope reads of a file like this".
    [[nodiscard]] static std::string tooLarge(std::uint64_t limit)
    {
        return "is larger than " + std::to_string(limit / MiB) + " MB, the most TieScope reads of a file like this";
    }
};

} // namespace tiescope
