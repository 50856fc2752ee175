// SPDX-License-Identifier: MIT
#include "io/xmlstreamwriter.h"

#include <stdexcept>

#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

namespace tiescope {

namespace {

int writeTo(void *context, const char *buffer, int length)
{
    auto *out = static_cast<std::ostream *>(context);
    out->write(buffer, length);
    return *out ? length : -1;
}

int closeStream(void *)
{
    return 0;
}

// libxml2 prints a failed write ("I/O error : write error") to stderr by itself; the failure
// reaches the caller as an exception naming the file, so its own line is left out.
void ignoreError(void *, xmlErrorPtr)
{}

xmlTextWriterPtr writerOf(void *writer)
{
    return static_cast<xmlTextWriterPtr>(writer);
}

const xmlChar *xml(const char *text)
{
    return reinterpret_cast<const xmlChar *>(text);
}

} // namespace

XmlStreamWriter::XmlStreamWriter(std::ostream &out) : m_out(out)
{
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(writeTo, closeStream, &m_out, nullptr);
    if (!buffer)
        throw std::runtime_error("XML: no output buffer");
    xmlTextWriterPtr writer = xmlNewTextWriter(buffer); // owns the buffer from here
    if (!writer) {
        xmlOutputBufferClose(buffer);
        throw std::runtime_error("XML: no writer");
    }
    m_writer = writer;
    xmlSetStructuredErrorFunc(nullptr, ignoreError);
    xmlTextWriterSetIndent(writer, 1);
    xmlTextWriterSetIndentString(writer, xml("  "));
    try {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nullptr), "the XML declaration");
    } catch (...) {
        // A constructor that throws runs no destructor: free the writer here (found by LeakSanitizer).
        xmlFreeTextWriter(writer);
        m_writer = nullptr;
        xmlSetStructuredErrorFunc(nullptr, nullptr);
        throw;
    }
}

XmlStreamWriter::~XmlStreamWriter()
{
    xmlFreeTextWriter(writerOf(m_writer));
    xmlSetStructuredErrorFunc(nullptr, nullptr); // back to libxml2's default
}

void XmlStreamWriter::start(const char *element)
{
    check(xmlTextWriterStartElement(writerOf(m_writer), xml(element)), element);
}

void XmlStreamWriter::attribute(const char *name, std::string_view value)
{
    const std::string cleaned = clean(value);
    check(xmlTextWriterWriteAttribute(writerOf(m_writer), xml(name), xml(cleaned.c_str())), name);
}

void XmlStreamWriter::text(std::string_view content)
{
    const std::string cleaned = clean(content);
    check(xmlTextWriterWriteString(writerOf(m_writer), xml(cleaned.c_str())), "text");
}

void XmlStreamWriter::end()
{
    check(xmlTextWriterEndElement(writerOf(m_writer)), "an element's end");
}

void XmlStreamWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    check(xmlTextWriterEndDocument(writerOf(m_writer)), "the document's end");
    check(xmlTextWriterFlush(writerOf(m_writer)), "the last bytes");
    m_out.flush();
    if (!m_out)
        throw std::runtime_error("XML: writing failed");
}

std::string XmlStreamWriter::clean(std::string_view text)
{
    std::string cleaned;
    cleaned.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7f)
            cleaned += "\xEF\xBF\xBD";
        else
            cleaned += c;
    }
    return cleaned;
}

void XmlStreamWriter::check(int result, const char *what)
{
    if (result < 0 || !m_out)
        throw std::runtime_error(std::string("XML: writing ") + what + " failed");
}

} // namespace tiescope
