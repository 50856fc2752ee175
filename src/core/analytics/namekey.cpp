// SPDX-License-Identifier: MIT
#include "analytics/namekey.h"

#include <array>

namespace tiescope {

namespace {

// U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A) folded to ASCII, generated
// from Unicode's decompositions; letters without one (ß, æ, ø, đ, ł, þ, œ) by their usual
// transliteration.
// Sixteen code points a row.
// clang-format off
constexpr std::array<const char *, 0x180 - 0xC0> LatinFolding{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
    "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
    "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // U+0130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",  // U+0140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
};
// clang-format on

// Decodes the UTF-8 sequence at text[at]; returns its length, 0 when malformed.
std::size_t decode(std::string_view text, std::size_t at, char32_t &codePoint)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    return length;
}

// Combining diacritical marks (U+0300..U+036F), as in a decomposed "c" + caron.
bool isCombiningMark(char32_t codePoint)
{
    return codePoint >= 0x300 && codePoint <= 0x36F;
}

} // namespace

std::string NameKey::of(std::string_view text)
{
    std::string key;
    key.reserve(text.size());
    bool gap = false; // a separator is pending before the next letter
    const auto append = [&](std::string_view part) {
        if (gap && !key.empty())
            key += ' ';
        gap = false;
        key += part;
    };
    for (std::size_t at = 0; at < text.size();) {
        char32_t codePoint = 0;
        const std::size_t length = decode(text, at, codePoint);
        if (length == 0) {
            gap = true;
            ++at;
            continue;
        }
        if (codePoint < 0x80) {
            const char c = static_cast<char>(codePoint);
            if (c >= 'A' && c <= 'Z')
                append(std::string(1, static_cast<char>(c - 'A' + 'a')));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                append(std::string_view(&text[at], 1));
            else
                gap = true;
        } else if (codePoint >= 0xC0 && codePoint < 0x180) {
            const std::string_view folded = LatinFolding[codePoint - 0xC0];
            if (folded == " ")
                gap = true;
            else
                append(folded);
        } else if (isCombiningMark(codePoint)) {
            // dropped: the letter it marks is already there
        } else if (codePoint < 0xC0 || (codePoint >= 0x2000 && codePoint <= 0x206F)) {
            gap = true; // Latin-1 punctuation and symbols, general punctuation (dashes, quotes)
        } else {
            append(text.substr(at, length));
        }
        at += length;
    }
    return key;
}

} // namespace tiescope
