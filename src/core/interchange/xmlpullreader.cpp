// SPDX-License-Identifier: MIT
#include "interchange/xmlpullreader.h"

#include <libxml/xmlreader.h>

#include "interchange/xmlprolog.h"

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

} // namespace

XmlPullReader::XmlPullReader(const std::filesystem::path &file) : m_file(file.string())
{
    if ((m_error = XmlProlog::refusal(m_file)))
        return;
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
            const std::size_t declared = XmlProlog::doctypeLine(m_file);
            m_error = ImportIssue{m_file, declared ? declared : line(), {}, XmlProlog::RefusedDtd};
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
