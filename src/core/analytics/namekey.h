// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tiescope {

// A name reduced to what tells two spellings of it apart, for finding duplicates: Latin
// letters without their diacritics and in lower case ("Vučić" and "VUCIC" give "vucic"),
// digits kept, punctuation and runs of white space one space, trimmed. Letters of other
// scripts are kept as they are. Input is UTF-8; a malformed byte counts as punctuation.
class NameKey final
{
public:
    [[nodiscard]] static std::string of(std::string_view text);
};

} // namespace tiescope
