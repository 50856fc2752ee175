// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "interchange/importissue.h"

namespace tiescope {

// What the XML reader (XmlEventReader) checks before libxml2 reads a file from
// anywhere: its size (InputLimits::MaxXmlBytes) and a document type declaration in its prolog,
// which is refused outright: even without entity substitution libxml2 expands entities in
// attribute values, so neither billion laughs nor external entities get a chance.
class XmlProlog final
{
public:
    static constexpr const char *RefusedDtd = "has a document type declaration or entities, which are refused (they "
                                              "can expand without bound or read other files); GEXF and GraphML need none";

    // The issue that refuses the file before it is parsed, or nullopt.
    [[nodiscard]] static std::optional<ImportIssue> refusal(const std::string &file);
    // The line of the document type declaration in the prolog, 0 when there is none.
    [[nodiscard]] static std::size_t doctypeLine(const std::string &file);
};

} // namespace tiescope
