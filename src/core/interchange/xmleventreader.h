// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "interchange/importissue.h"

namespace tiescope {

// libxml2's SAX2 parser over one file, fed in chunks and reporting each element's start, text
// and end to a Handler as it is parsed: nothing of the document is built or kept, an attribute
// is read where the parser has it, and a large file is never held whole. GEXF and GraphML are
// both read through it. No network (XML_PARSE_NONET), no entity substitution, any document type
// declaration or entity refused (XmlProlog, and the parser's own callbacks for one it meets
// later), nesting bounded (MaxDepth), libxml2's limits on. The first error ends reading; error() names the file, the
// line and what is wrong. A line is the element's own (where its start tag ends), as libxml2
// counts it, without the 65,535 cap of a built node's line.
class XmlEventReader final
{
public:
    static constexpr int MaxDepth = 64;

    // An element's start as the parser reports it; valid only inside Handler::start.
    class Element final
    {
    public:
        [[nodiscard]] std::string_view localName() const { return m_localName; }
        [[nodiscard]] std::string_view namespaceUri() const { return m_namespaceUri; }
        // An unprefixed attribute's value, entities and character references resolved.
        [[nodiscard]] std::optional<std::string> attribute(std::string_view name) const;

    private:
        friend class XmlEventReader;
        std::string_view m_localName, m_namespaceUri;
        const void *const *m_attributes = nullptr; // libxml2's five pointers per attribute
        int m_count = 0;
    };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual void start(const Element &element) = 0;
        virtual void end(std::string_view localName) = 0;
        // Character data inside the current element, in one or more pieces (text, CDATA and
        // whitespace alike; predefined entities and character references resolved).
        virtual void text(std::string_view) {}
    };

    explicit XmlEventReader(const std::filesystem::path &file);
    XmlEventReader(const XmlEventReader &) = delete;
    XmlEventReader &operator=(const XmlEventReader &) = delete;

    // Parses the whole file (or up to its first error), calling the handler as it goes.
    void run(Handler &handler);
    // The line the parser is on: inside Handler::start, the element's.
    [[nodiscard]] std::size_t line() const;
    // The depth of the element being started or ended, the root's 0.
    [[nodiscard]] int depth() const { return m_depth; }

    [[nodiscard]] const std::optional<ImportIssue> &error() const { return m_error; }
    // Ends reading with an error of the caller's (a wrong namespace, a missing attribute).
    void fail(const std::string &reason);

private:
    struct Callbacks;
    friend struct Callbacks;
    void deeper(); // a node one level below the current element: fails past MaxDepth

    std::string m_file;
    void *m_context = nullptr; // the xmlParserCtxt while run() parses
    Handler *m_handler = nullptr;
    int m_depth = -1;
    std::optional<ImportIssue> m_error;
};

} // namespace tiescope
