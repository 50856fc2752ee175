// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace tiescope {

// Writes one JSON document to a stream piece by piece, laid out exactly as nlohmann's
// dump(2) lays out the whole document (2-space indent, "key": value, empty containers as {}
// and []), so a large document never has to exist in memory at once. Containers are opened
// and closed by hand; each value() is a small document dumped straight to the stream.
// Text that is not valid UTF-8 is replaced, as the whole-document dump did.
class JsonStreamWriter final
{
public:
    explicit JsonStreamWriter(std::ostream &out);

    // Opens an object or array: the document itself, an array item or a member's value.
    void beginObject();
    void beginArray();
    // Closes the innermost open container; closing the document ends it with a newline.
    void end();
    // Names the next member of the open object; a value or container must follow.
    void key(std::string_view name);
    // A whole value: the document, an array item or a member's value.
    void value(const nlohmann::ordered_json &value);
    void member(std::string_view name, const nlohmann::ordered_json &value);

    // Throws std::runtime_error when the stream has failed, so a long write stops at the
    // first failure (a full disk) instead of formatting the rest for nothing.
    void check() const;

private:
    struct Level
    {
        char close;
        bool empty;
    };

    // Before a value, container or key: the separator and line break its position needs.
    void startItem();
    void begin(char open, char close);
    void newLine(std::size_t depth);

    std::ostream &m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    std::string m_buffer; // reused for each value, so a record costs no new allocation
};

} // namespace tiescope
