// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tiescope {

// The byte-level steps before a text file is parsed: a UTF-8 byte order mark dropped,
// Windows-1252 turned into UTF-8, and checks that a piece of text is UTF-8 and not binary.
class TextDecoding final
{
public:
    // The text without a leading UTF-8 byte order mark.
    [[nodiscard]] static std::string_view withoutBom(std::string_view text);
    // Windows-1252 (the Western European "ANSI" of spreadsheets) as UTF-8. The five bytes
    // the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
    [[nodiscard]] static std::string windows1252ToUtf8(std::string_view text);
    [[nodiscard]] static bool isUtf8(std::string_view text);
    // Holds a NUL or another control character no text file has (tab, line ends, form feed
    // and escape aside): binary data, or a file in an encoding with NUL bytes (UTF-16).
    [[nodiscard]] static bool isBinary(std::string_view text);
};

} // namespace tiescope
