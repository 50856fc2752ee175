// SPDX-License-Identifier: MIT
#include "io/jsonstreamwriter.h"

#include <ostream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace tiescope {

namespace {

constexpr int IndentStep = 2;

// Bad UTF-8 from a store is replaced rather than failing the whole write.
std::string dumped(const nlohmann::ordered_json &value, int indent)
{
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace

JsonStreamWriter::JsonStreamWriter(std::ostream &out) : m_out(out)
{
}

void JsonStreamWriter::newLine(std::size_t depth)
{
    m_buffer += '\n';
    m_buffer.append(depth * IndentStep, ' ');
}

void JsonStreamWriter::startItem()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_buffer += ',';
    level.empty = false;
    newLine(m_levels.size());
}

void JsonStreamWriter::begin(char open, char close)
{
    m_buffer.clear();
    startItem();
    m_buffer += open;
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_levels.push_back(Level{close, true});
}

void JsonStreamWriter::beginObject()
{
    begin('{', '}');
}

void JsonStreamWriter::beginArray()
{
    begin('[', ']');
}

void JsonStreamWriter::end()
{
    if (m_levels.empty() || m_afterKey)
        throw std::logic_error("JsonStreamWriter: end() without an open container");
    const Level level = m_levels.back();
    m_levels.pop_back();
    m_buffer.clear();
    if (!level.empty)
        newLine(m_levels.size());
    m_buffer += level.close;
    if (m_levels.empty())
        m_buffer += '\n';
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    if (m_levels.empty())
        m_out.flush();
    check();
}

void JsonStreamWriter::key(std::string_view name)
{
    if (m_levels.empty() || m_levels.back().close != '}' || m_afterKey)
        throw std::logic_error("JsonStreamWriter: a key outside an object");
    m_buffer.clear();
    startItem();
    m_buffer += dumped(nlohmann::ordered_json(std::string(name)), -1);
    m_buffer += ": ";
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_afterKey = true;
}

void JsonStreamWriter::value(const nlohmann::ordered_json &value)
{
    m_buffer.clear();
    startItem();
    // A dumped value starts at column 0; its inner lines move right to where it sits. Strings
    // hold no raw line breaks (they are escaped), so every '\n' is a break between lines.
    const std::string text = dumped(value, IndentStep);
    const std::size_t depth = m_levels.size();
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
        m_buffer.append(text, from, at - from);
        newLine(depth);
        from = at + 1;
    }
    m_buffer.append(text, from, std::string::npos);
    if (m_levels.empty())
        m_buffer += '\n';
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    check();
}

void JsonStreamWriter::member(std::string_view name, const nlohmann::ordered_json &value)
{
    key(name);
    this->value(value);
}

void JsonStreamWriter::check() const
{
    if (!m_out)
        throw std::runtime_error("writing failed");
}

} // namespace tiescope
