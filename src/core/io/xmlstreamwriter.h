// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace tiescope {

// XML written as it goes to a std::ostream through libxml2's xmlTextWriter, which escapes
// text and attribute values. Characters XML 1.0 cannot hold (C0 controls other than tab, line
// feed and carriage return) become U+FFFD, so a name carrying them still yields a well-formed
// file. Every call throws std::runtime_error once writing failed (a full disk, a closed stream).
class XmlStreamWriter final
{
public:
    explicit XmlStreamWriter(std::ostream &out);
    ~XmlStreamWriter();
    XmlStreamWriter(const XmlStreamWriter &) = delete;
    XmlStreamWriter &operator=(const XmlStreamWriter &) = delete;

    void start(const char *element);
    void attribute(const char *name, std::string_view value);
    void text(std::string_view content);
    void end();
    // Closes every open element and flushes; call once at the end.
    void finish();

    // Text as written: the characters XML 1.0 forbids replaced.
    [[nodiscard]] static std::string clean(std::string_view text);

private:
    void check(int result, const char *what);

    std::ostream &m_out;
    void *m_writer = nullptr; // xmlTextWriterPtr, kept out of this header
    bool m_finished = false;
};

} // namespace tiescope
