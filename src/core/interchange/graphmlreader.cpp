// SPDX-License-Identifier: MIT
#include "interchange/graphmlreader.h"

#include <map>
#include <memory>
#include <set>

#include "interchange/columnguess.h"
#include "interchange/importtext.h"
#include "interchange/xmleventreader.h"

namespace tiescope {

namespace {

struct Key
{
    std::string forWhat; // node, edge, all, graph
    std::string name;
    bool graphics = false; // yEd's nodegraphics / edgegraphics
    std::optional<std::string> fallback;
};

// The parse as the reader's handler: each node and edge becomes a row when it ends, its <data>
// read through the keys declared before it (a key's default filling what a row leaves out).
class GraphmlParse final : public XmlEventReader::Handler
{
public:
    explicit GraphmlParse(const std::filesystem::path &file) : m_xml(file), m_file(file.string()) {}

    ImportRows run()
    {
        m_xml.run(*this);
        if (m_xml.error())
            m_rows.issues.push_back(*m_xml.error());
        else if (!m_sawRoot)
            m_rows.issues.push_back({m_file, 0, {}, "is not a GraphML file (no <graphml> element)"});
        return std::move(m_rows);
    }

private:
    using Element = XmlEventReader::Element;

    void start(const Element &element) override
    {
        const std::string_view name = element.localName();
        if (!m_sawRoot) {
            m_sawRoot = true;
            if (name != "graphml" || element.namespaceUri() != GraphmlReader::Namespace)
                m_xml.fail("is not GraphML: the root is <" + std::string(name) + "> in namespace \"" +
                           std::string(element.namespaceUri()) + "\" (expected <graphml> in " +
                           std::string(GraphmlReader::Namespace) + ")");
            return;
        }
        if (name == "key") {
            m_key = element.attribute("id").value_or("");
            Key &key = m_keys[m_key];
            key.forWhat = element.attribute("for").value_or("all");
            key.name = element.attribute("attr.name").value_or(m_key);
            const std::string yfiles = element.attribute("yfiles.type").value_or("");
            key.graphics = yfiles == "nodegraphics" || yfiles == "edgegraphics";
        } else if (name == "default" && !m_key.empty()) {
            collect();
        } else if (name == "node" || name == "edge") {
            m_row = ImportRow(m_file, m_xml.line(), m_names);
            m_open = true;
            m_inEdge = name == "edge";
            m_row.set("id", element.attribute("id"), "id");
            if (m_inEdge) {
                m_row.set("from", element.attribute("source"), "source");
                m_row.set("to", element.attribute("target"), "target");
            }
        } else if (name == "data" && m_open) {
            m_dataKey = element.attribute("key").value_or("");
            const auto key = m_keys.find(m_dataKey);
            m_graphicsData = key != m_keys.end() && key->second.graphics;
            collect();
        } else if (name == "NodeLabel" || name == "EdgeLabel") {
            m_inLabel = true;
        }
    }

    void end(std::string_view name) override
    {
        if (name == "NodeLabel" || name == "EdgeLabel") {
            m_inLabel = false;
        } else if (name == "default" && m_collect) {
            m_keys[m_key].fallback = m_text;
            m_collect = false;
        } else if (name == "key") {
            m_key.clear();
        } else if (name == "data" && m_collect) {
            m_collect = false;
            data(m_dataKey, m_text);
        } else if ((name == "node" || name == "edge") && m_open && (name == "edge") == m_inEdge) {
            for (const auto &[id, key] : m_keys) {
                if (key.fallback && (key.forWhat == name || key.forWhat == "all") && !m_seen.count(id))
                    data(id, *key.fallback);
            }
            m_seen.clear();
            (m_inEdge ? m_rows.ties : m_rows.entities).push_back(std::move(m_row));
            m_open = false;
        }
    }

    void text(std::string_view text) override
    {
        if (m_collect && (!m_graphicsData || m_inLabel))
            m_text += text;
    }

    void collect()
    {
        m_collect = true;
        m_text.clear();
    }

    void data(const std::string &id, const std::string &text)
    {
        m_seen.insert(id);
        const auto key = m_keys.find(id);
        const std::string column = key == m_keys.end() ? id : key->second.name;
        if (key != m_keys.end() && key->second.graphics) {
            const std::string field = m_inEdge ? "relation" : "name";
            if (!m_row.has(field) && !std::string(ImportText::trimmed(text)).empty())
                m_row.set(field, std::string(ImportText::trimmed(text)), "label");
            return;
        }
        const auto field =
            ColumnGuess::fieldOf(column, m_inEdge ? ColumnGuess::Table::Ties : ColumnGuess::Table::Entities);
        if (field && *field != "id" && *field != "from" && *field != "to")
            m_row.set(*field, text, column);
    }

    XmlEventReader m_xml;
    std::string m_file;
    ImportRows m_rows;
    bool m_sawRoot = false;
    std::map<std::string, Key> m_keys;
    std::string m_key;     // inside <key>
    std::string m_dataKey; // inside <data>
    std::set<std::string> m_seen;
    std::shared_ptr<ImportNames> m_names = std::make_shared<ImportNames>();
    ImportRow m_row;
    bool m_open = false;
    bool m_inEdge = false;
    bool m_collect = false;
    bool m_graphicsData = false;
    bool m_inLabel = false;
    std::string m_text;
};

} // namespace

ImportRows GraphmlReader::read(const std::filesystem::path &file)
{
    return GraphmlParse(file).run();
}

} // namespace tiescope
