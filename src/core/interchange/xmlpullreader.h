// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "interchange/importissue.h"

namespace tiescope {

// libxml2's xmlTextReader over one file, made safe for files from anywhere: no network
// (XML_PARSE_NONET), no entity substitution (no XML_PARSE_NOENT), no DTD loading, and any
// document type declaration refused outright, so that neither billion laughs nor external
// entities can expand; nesting is bounded (MaxDepth) and libxml2's own limits stay on (no
// XML_PARSE_HUGE). The first error ends reading: next() returns false and error() names the
// file, the line and what is wrong.
class XmlPullReader final
{
public:
    static constexpr int MaxDepth = 64;

    explicit XmlPullReader(const std::filesystem::path &file);
    ~XmlPullReader();
    XmlPullReader(const XmlPullReader &) = delete;
    XmlPullReader &operator=(const XmlPullReader &) = delete;

    // The next element start, element end or text; false at the end or on an error.
    bool next();
    [[nodiscard]] bool isStart() const { return m_type == 1; }
    // An empty element (<node/>) is a start and then an end.
    [[nodiscard]] bool isEnd() const { return m_type == 15; }
    [[nodiscard]] bool isText() const { return m_type == 3 || m_type == 4; }
    [[nodiscard]] std::string localName() const;
    [[nodiscard]] std::string namespaceUri() const;
    [[nodiscard]] std::optional<std::string> attribute(const char *name) const;
    [[nodiscard]] std::string text() const;
    [[nodiscard]] int depth() const;
    [[nodiscard]] std::size_t line() const;

    [[nodiscard]] const std::optional<ImportIssue> &error() const { return m_error; }
    // Ends reading with an error of the caller's (a wrong namespace, a missing attribute).
    void fail(const std::string &reason);

private:
    static void onError(void *self, const void *error);

    std::string m_file;
    void *m_reader = nullptr;
    int m_type = 0;
    bool m_endPending = false; // an empty element reported as start, its end still to come
    std::optional<ImportIssue> m_error;
};

} // namespace tiescope
