// SPDX-License-Identifier: MIT
#include "interchange/xmleventreader.h"

#include <cstring>
#include <fstream>
#include <vector>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "interchange/xmlprolog.h"

namespace tiescope {

namespace {

std::string_view viewOf(const xmlChar *text)
{
    return text ? std::string_view(reinterpret_cast<const char *>(text)) : std::string_view();
}

xmlParserCtxtPtr contextOf(void *context)
{
    return static_cast<xmlParserCtxtPtr>(context);
}

// libxml2's message without its trailing line end.
std::string message(const char *text)
{
    std::string line = text ? text : "malformed XML";
    while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
        line.pop_back();
    return line;
}

constexpr std::size_t ChunkBytes = 256 * 1024;

} // namespace

std::optional<std::string> XmlEventReader::Element::attribute(std::string_view name) const
{
    // libxml2 gives localname, prefix, URI, value and value end for each attribute.
    const auto *const *attributes = reinterpret_cast<const xmlChar *const *>(m_attributes);
    for (int i = 0; i < m_count; ++i) {
        const xmlChar *const *attribute = attributes + 5 * i;
        if (attribute[1] != nullptr || viewOf(attribute[0]) != name)
            continue;
        std::string value(reinterpret_cast<const char *>(attribute[3]),
                          static_cast<std::size_t>(attribute[4] - attribute[3]));
        // Without entity substitution libxml2 hands an ampersand on as "&#38;" (every one of
        // them: a literal "&" cannot be left in a parsed value), so this undoes it exactly.
        for (std::size_t at = value.find("&#38;"); at != std::string::npos; at = value.find("&#38;", at + 1))
            value.replace(at, 5, "&");
        return value;
    }
    return std::nullopt;
}

// The parser's callbacks, each given the reader as its user data.
struct XmlEventReader::Callbacks
{
    static XmlEventReader &reader(void *self) { return *static_cast<XmlEventReader *>(self); }

    static void start(void *self, const xmlChar *localName, const xmlChar *, const xmlChar *uri, int, const xmlChar **,
                      int count, int, const xmlChar **attributes)
    {
        XmlEventReader &r = reader(self);
        if (r.m_error)
            return;
        ++r.m_depth;
        if (r.m_depth > MaxDepth) {
            r.fail("elements nested deeper than " + std::to_string(MaxDepth) + " levels");
            return;
        }
        Element element;
        element.m_localName = viewOf(localName);
        element.m_namespaceUri = viewOf(uri);
        element.m_attributes = reinterpret_cast<const void *const *>(attributes);
        element.m_count = count;
        r.m_handler->start(element);
    }

    static void end(void *self, const xmlChar *localName, const xmlChar *, const xmlChar *)
    {
        XmlEventReader &r = reader(self);
        if (r.m_error)
            return;
        r.m_handler->end(viewOf(localName));
        --r.m_depth;
    }

    static void text(void *self, const xmlChar *characters, int length)
    {
        XmlEventReader &r = reader(self);
        r.deeper();
        if (!r.m_error)
            r.m_handler->text(std::string_view(reinterpret_cast<const char *>(characters),
                                               static_cast<std::size_t>(length)));
    }
    static void comment(void *self, const xmlChar *) { reader(self).deeper(); }
    static void instruction(void *self, const xmlChar *, const xmlChar *) { reader(self).deeper(); }

    static void refused(XmlEventReader &r)
    {
        const std::size_t declared = XmlProlog::doctypeLine(r.m_file);
        if (!r.m_error)
            r.m_error = ImportIssue{r.m_file, declared ? declared : r.line(), {}, XmlProlog::RefusedDtd};
        xmlStopParser(contextOf(r.m_context));
    }
    static void doctype(void *self, const xmlChar *, const xmlChar *, const xmlChar *) { refused(reader(self)); }
    static void entityDeclaration(void *self, const xmlChar *, int, const xmlChar *, const xmlChar *, xmlChar *)
    {
        refused(reader(self));
    }
    static void reference(void *self, const xmlChar *) { refused(reader(self)); }
    // Only the five predefined entities exist.
    static xmlEntityPtr entity(void *, const xmlChar *name) { return xmlGetPredefinedEntity(name); }

    static void error(void *self, xmlErrorPtr found)
    {
        XmlEventReader &r = reader(self);
        if (r.m_error || found->level == XML_ERR_WARNING)
            return;
        r.m_error = ImportIssue{r.m_file, static_cast<std::size_t>(found->line > 0 ? found->line : 0), {},
                                "not well-formed XML: " + message(found->message)};
    }
};

XmlEventReader::XmlEventReader(const std::filesystem::path &file) : m_file(file.string())
{
    m_error = XmlProlog::refusal(m_file);
}

void XmlEventReader::deeper()
{
    if (!m_error && m_depth + 1 > MaxDepth)
        fail("elements nested deeper than " + std::to_string(MaxDepth) + " levels");
}

void XmlEventReader::run(Handler &handler)
{
    if (m_error)
        return;
    std::ifstream in(m_file, std::ios::binary);
    if (!in) {
        m_error = ImportIssue{m_file, 0, {}, "cannot open the file"};
        return;
    }
    if (in.peek() == std::ifstream::traits_type::eof()) {
        m_error = ImportIssue{m_file, 0, {}, "is empty: there is no XML in it"};
        return;
    }
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &Callbacks::start;
    sax.endElementNs = &Callbacks::end;
    sax.characters = &Callbacks::text;
    sax.ignorableWhitespace = &Callbacks::text;
    sax.cdataBlock = &Callbacks::text;
    sax.comment = &Callbacks::comment;
    sax.processingInstruction = &Callbacks::instruction;
    sax.internalSubset = &Callbacks::doctype;
    sax.externalSubset = &Callbacks::doctype;
    sax.entityDecl = &Callbacks::entityDeclaration;
    sax.reference = &Callbacks::reference;
    sax.getEntity = &Callbacks::entity;
    sax.serror = &Callbacks::error;

    std::vector<char> chunk(ChunkBytes);
    in.read(chunk.data(), 4);
    xmlParserCtxtPtr context =
        xmlCreatePushParserCtxt(&sax, this, chunk.data(), static_cast<int>(in.gcount()), m_file.c_str());
    if (!context) {
        m_error = ImportIssue{m_file, 0, {}, "cannot open the file"};
        return;
    }
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    m_context = context;
    m_handler = &handler;
    while (!m_error && in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<int>(in.gcount());
        if (got > 0)
            xmlParseChunk(context, chunk.data(), got, 0);
    }
    const bool readToEnd = !m_error;
    if (readToEnd)
        xmlParseChunk(context, nullptr, 0, 1);
    // libxml2 calls a file that stops inside an element "extra content at the end of the
    // document"; said plainly instead.
    if (readToEnd && m_depth >= 0)
        m_error = ImportIssue{m_file, line(), {},
                              "not well-formed XML: the file ends before its elements are closed (truncated?)"};
    if (!m_error && !context->wellFormed)
        m_error = ImportIssue{m_file, line(), {}, "not well-formed XML (a truncated file?)"};
    xmlFreeParserCtxt(context);
    m_context = nullptr;
    m_handler = nullptr;
}

std::size_t XmlEventReader::line() const
{
    const xmlParserCtxtPtr context = contextOf(m_context);
    if (!context || !context->input)
        return 0;
    return context->input->line > 0 ? static_cast<std::size_t>(context->input->line) : 0;
}

void XmlEventReader::fail(const std::string &reason)
{
    if (!m_error)
        m_error = ImportIssue{m_file, line(), {}, reason};
    if (m_context)
        xmlStopParser(contextOf(m_context));
}

} // namespace tiescope
