// SPDX-License-Identifier: MIT
#include "interchange/xmlpullreader.h"

#include <algorithm>
#include <fstream>

#include <libxml/xmlreader.h>

#include "model/inputlimits.h"

namespace tiescope {

namespace {

xmlTextReaderPtr readerOf(void *reader)
{
    return static_cast<xmlTextReaderPtr>(reader);
}

std::string owned(xmlChar *text)
{
    if (!text)
        return {};
    std::string copy(reinterpret_cast<const char *>(text));
    xmlFree(text);
    return copy;
}

std::string copied(const xmlChar *text)
{
    return text ? std::string(reinterpret_cast<const char *>(text)) : std::string();
}

// libxml2's message without its trailing line end.
std::string message(const char *text)
{
    std::string line = text ? text : "malformed XML";
    while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
        line.pop_back();
    return line;
}

constexpr const char *RefusedDtd = "has a document type declaration or entities, which are refused (they can "
                                   "expand without bound or read other files); GEXF and GraphML need none";

} // namespace

XmlPullReader::XmlPullReader(const std::filesystem::path &file) : m_file(file.string())
{
    // A document type declaration is refused before libxml2 reads on: even without entity
    // substitution it expands entities in attribute values.
    std::error_code sizeError;
    if (std::filesystem::file_size(file, sizeError) > InputLimits::MaxXmlBytes && !sizeError) {
        m_error = ImportIssue{m_file, 0, {}, InputLimits::tooLarge(InputLimits::MaxXmlBytes)};
        return;
    }
    if (const std::size_t declared = doctypeLine()) {
        m_error = ImportIssue{m_file, declared, {}, RefusedDtd};
        return;
    }
    m_reader = xmlReaderForFile(m_file.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!m_reader) {
        m_error = ImportIssue{m_file, 0, {}, "cannot open the file"};
        return;
    }
    xmlTextReaderSetStructuredErrorHandler(
        readerOf(m_reader), [](void *self, xmlErrorPtr error) { onError(self, error); }, this);
}

XmlPullReader::~XmlPullReader()
{
    if (m_reader)
        xmlFreeTextReader(readerOf(m_reader));
}

void XmlPullReader::onError(void *self, const void *error)
{
    auto *reader = static_cast<XmlPullReader *>(self);
    const auto *found = static_cast<const xmlError *>(error);
    if (reader->m_error || found->level == XML_ERR_WARNING)
        return;
    reader->m_error = ImportIssue{reader->m_file,
                                  static_cast<std::size_t>(found->line > 0 ? found->line : 0),
                                  {},
                                  "not well-formed XML: " + message(found->message)};
}

bool XmlPullReader::next()
{
    if (!m_reader || m_error)
        return false;
    if (m_endPending) {
        m_endPending = false;
        m_type = 15;
        return true;
    }
    while (true) {
        const int status = xmlTextReaderRead(readerOf(m_reader));
        if (status != 1) {
            if (status < 0 && !m_error)
                m_error = ImportIssue{m_file, line(), {}, "not well-formed XML (a truncated file?)"};
            return false;
        }
        m_type = xmlTextReaderNodeType(readerOf(m_reader));
        if (m_type == XML_READER_TYPE_DOCUMENT_TYPE || m_type == XML_READER_TYPE_ENTITY_REFERENCE ||
            m_type == XML_READER_TYPE_ENTITY) {
            const std::size_t declared = doctypeLine();
            m_error = ImportIssue{m_file, declared ? declared : line(), {}, RefusedDtd};
            return false;
        }
        if (depth() > MaxDepth) {
            fail("elements nested deeper than " + std::to_string(MaxDepth) + " levels");
            return false;
        }
        if (m_type == XML_READER_TYPE_ELEMENT) {
            m_endPending = xmlTextReaderIsEmptyElement(readerOf(m_reader)) == 1;
            return true;
        }
        if (m_type == XML_READER_TYPE_END_ELEMENT || m_type == XML_READER_TYPE_TEXT || m_type == XML_READER_TYPE_CDATA)
            return true;
    }
}

std::size_t XmlPullReader::doctypeLine() const
{
    // libxml2 keeps no line for the declaration; it is in the prolog, before the root element:
    // after the XML declaration, comments, processing instructions and white space.
    std::ifstream in(m_file, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    std::size_t at = 0;
    while (true) {
        at = head.find_first_not_of(" \t\r\n", at);
        if (at == std::string::npos)
            return 0;
        const bool comment = head.compare(at, 4, "<!--") == 0;
        if (!comment && head.compare(at, 2, "<?") != 0)
            break;
        at = head.find(comment ? "-->" : "?>", at);
        if (at == std::string::npos)
            return 0;
        at += comment ? 3 : 2;
    }
    if (head.compare(at, 9, "<!DOCTYPE") != 0)
        return 0;
    return 1 + static_cast<std::size_t>(std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::string XmlPullReader::localName() const
{
    return copied(xmlTextReaderConstLocalName(readerOf(m_reader)));
}

std::string XmlPullReader::namespaceUri() const
{
    return copied(xmlTextReaderConstNamespaceUri(readerOf(m_reader)));
}

std::optional<std::string> XmlPullReader::attribute(const char *name) const
{
    xmlChar *value = xmlTextReaderGetAttribute(readerOf(m_reader), reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return std::nullopt;
    return owned(value);
}

std::string XmlPullReader::text() const
{
    return copied(xmlTextReaderConstValue(readerOf(m_reader)));
}

int XmlPullReader::depth() const
{
    return xmlTextReaderDepth(readerOf(m_reader));
}

std::size_t XmlPullReader::line() const
{
    if (!m_reader)
        return 0;
    // The node's own line; the parser's is ahead of it by what it has buffered.
    if (const xmlNodePtr node = xmlTextReaderCurrentNode(readerOf(m_reader)); node && xmlGetLineNo(node) > 0)
        return static_cast<std::size_t>(xmlGetLineNo(node));
    const int line = xmlTextReaderGetParserLineNumber(readerOf(m_reader));
    return line > 0 ? static_cast<std::size_t>(line) : 0;
}

void XmlPullReader::fail(const std::string &reason)
{
    if (!m_error)
        m_error = ImportIssue{m_file, line(), {}, reason};
}

} // namespace tiescope
