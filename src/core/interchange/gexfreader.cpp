// SPDX-License-Identifier: MIT
#include "interchange/gexfreader.h"

#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "interchange/columnguess.h"
#include "interchange/xmleventreader.h"

namespace tiescope {

namespace {

// A spell bound in the graph's timeformat as EDTF: a date, a dateTime's day, an integer year.
std::string edtfOf(const std::string &value, const std::string &timeformat)
{
    if (timeformat == "date" || timeformat == "dateTime" || timeformat == "datetime")
        return value.size() > 10 && value[10] == 'T' ? value.substr(0, 10) : value; // a dateTime's day
    const std::size_t digits = value.find_first_not_of("0123456789");
    const std::string year = value.substr(0, digits);
    const bool integral =
        digits == std::string::npos || value.substr(digits).find_first_not_of(".0") == std::string::npos;
    return integral && !year.empty() && year.size() <= 4 ? std::string(4 - year.size(), '0') + year : value;
}

// The parse as the reader's handler: each node is given to the sink as an entity when it ends,
// each edge as a tie. A GEXF graph has its nodes before its edges; an edge that comes before the
// graph's <nodes> have ended waits for them, so the sink sees every entity before any tie, as
// when the file was read whole.
class GexfParse final : public XmlEventReader::Handler
{
public:
    GexfParse(const std::filesystem::path &file, ImportRowSink &sink) : m_xml(file), m_file(file.string()), m_sink(sink) {}

    void run()
    {
        m_xml.run(*this);
        nodesDone();
        std::vector<ImportIssue> issues;
        if (m_xml.error()) {
            issues.push_back(*m_xml.error());
        } else if (!m_sawRoot) {
            issues.push_back({m_file, 0, {}, "is not a GEXF file (no <gexf> element)"});
        }
        m_sink.readIssues(std::move(issues));
    }

private:
    using Element = XmlEventReader::Element;

    void start(const Element &element) override
    {
        const std::string_view name = element.localName();
        if (!m_sawRoot) {
            m_sawRoot = true;
            if (name != "gexf" || !GexfReader::isGexfNamespace(element.namespaceUri()))
                m_xml.fail("is not GEXF 1.2 or 1.3: the root is <" + std::string(name) + "> in namespace \"" +
                           std::string(element.namespaceUri()) +
                           "\" (expected <gexf> in http://gexf.net/1.3 or http://www.gexf.net/1.2draft)");
            return;
        }
        if (name == "graph") {
            m_timeformat = element.attribute("timeformat").value_or("double");
            m_graphDepth = m_xml.depth();
        } else if (name == "attributes") {
            m_class = element.attribute("class").value_or("node");
        } else if (name == "attribute") {
            const std::string id(element.attribute("id").value_or(""));
            const std::string title(element.attribute("title").value_or(id));
            const bool edge = m_class == "edge";
            const auto table = edge ? ColumnGuess::Table::Ties : ColumnGuess::Table::Entities;
            auto field = ColumnGuess::fieldOf(title, table);
            if (!field)
                field = ColumnGuess::fieldOf(id, table);
            if (field && (*field == "id" || *field == "from" || *field == "to"))
                field.reset();
            (edge ? m_edgeAttributes : m_nodeAttributes)[id] = declared(title, field);
        } else if (name == "node" && !m_inEdge) {
            begin(false);
            m_row.set("id", element.attribute("id"), "id");
            m_row.set("name", element.attribute("label"), "label");
        } else if (name == "edge") {
            begin(true);
            m_row.set("id", element.attribute("id"), "id");
            m_row.set("from", element.attribute("source"), "source");
            m_row.set("to", element.attribute("target"), "target");
            m_label = element.attribute("label");
            m_weight = element.attribute("weight");
            m_edgeStart = element.attribute("start");
            m_edgeEnd = element.attribute("end");
        } else if (name == "attvalue" && m_open) {
            auto given = element.attribute("for");
            const std::string id = given ? std::move(*given) : element.attribute("id").value_or("");
            auto &attributes = m_inEdge ? m_edgeAttributes : m_nodeAttributes;
            auto declared = attributes.find(id);
            if (declared == attributes.end()) {
                // An undeclared attribute is named by its id.
                const auto table = m_inEdge ? ColumnGuess::Table::Ties : ColumnGuess::Table::Entities;
                auto field = ColumnGuess::fieldOf(id, table);
                if (field && (*field == "id" || *field == "from" || *field == "to"))
                    field.reset();
                declared = attributes.emplace(id, this->declared(id, field)).first;
            }
            if (declared->second.field) {
                if (auto value = element.attribute("value"))
                    m_row.set(declared->second.name, std::move(*value), declared->second.column);
            }
        } else if (name == "spell" && m_inEdge) {
            spell(element);
        }
    }

    void end(std::string_view name) override
    {
        if (name == "nodes" && m_xml.depth() == m_graphDepth + 1)
            nodesDone();
        if (!m_open || (name != "node" && name != "edge") || (name == "edge") != m_inEdge)
            return;
        if (m_inEdge) {
            if (!m_row.has("relation") && m_label)
                m_row.set("relation", *m_label, "label");
            if (!m_row.has("strength") && m_weight)
                m_row.set("strength", *m_weight, "weight");
            // The edge's own start / end (what NetworkX writes), else its spells.
            if (m_edgeStart || m_edgeEnd) {
                m_spellStart = m_edgeStart;
                m_spellEnd = m_edgeEnd;
            }
            if (!m_row.has("start") && !m_row.has("end") && (m_spellStart || m_spellEnd)) {
                m_row.set("start", m_spellStart ? edtfOf(*m_spellStart, m_timeformat) : std::string(), "start");
                m_row.set("end", m_spellEnd ? edtfOf(*m_spellEnd, m_timeformat) : std::string(), "end");
            }
            if (m_nodesDone)
                m_sink.tie(std::move(m_row));
            else
                m_waitingTies.push_back(std::move(m_row));
        } else {
            m_sink.entity(std::move(m_row));
        }
        m_open = false;
        m_inEdge = false;
    }

    // The graph's nodes are all given: the edges that came before them follow, then the rest as read.
    void nodesDone()
    {
        if (m_nodesDone)
            return;
        m_nodesDone = true;
        for (ImportRow &row : m_waitingTies)
            m_sink.tie(std::move(row));
        m_waitingTies.clear();
    }

    void begin(bool edge)
    {
        // Its attributes, its own id, label, ends, dates and weight.
        m_row = ImportRow(m_file, m_xml.line(), m_names, (edge ? m_edgeAttributes : m_nodeAttributes).size() + 4);
        m_open = true;
        m_inEdge = edge;
        m_spellStart.reset();
        m_spellEnd.reset();
    }

    // The edge's time from its spells: the earliest start and the latest end.
    void spell(const Element &element)
    {
        if (const auto start = element.attribute("start"); start && (!m_spellStart || *start < *m_spellStart))
            m_spellStart = start;
        if (const auto end = element.attribute("end"); end && (!m_spellEnd || *end > *m_spellEnd))
            m_spellEnd = end;
    }

    XmlEventReader m_xml;
    std::string m_file;
    ImportRowSink &m_sink;
    bool m_sawRoot = false;
    std::string m_timeformat = "double";
    std::string m_class = "node";
    int m_graphDepth = 1;
    // An attribute's title and the TieScope field it maps to (none: not imported), by its id;
    // the field's and the title's names in the rows' ImportNames, looked up once, not per value.
    struct Attribute
    {
        std::string title;
        std::optional<std::string> field;
        const std::string *name = nullptr;
        const std::string *column = nullptr;
    };
    Attribute declared(const std::string &title, const std::optional<std::string> &field)
    {
        return Attribute{title, field, field ? m_names->intern(*field) : nullptr, m_names->intern(title)};
    }
    std::map<std::string, Attribute, std::less<>> m_nodeAttributes, m_edgeAttributes;
    std::shared_ptr<ImportNames> m_names = std::make_shared<ImportNames>();
    ImportRow m_row;
    bool m_open = false;
    bool m_inEdge = false;
    bool m_nodesDone = false;
    std::vector<ImportRow> m_waitingTies;
    std::optional<std::string> m_label, m_weight, m_edgeStart, m_edgeEnd, m_spellStart, m_spellEnd;
};

} // namespace

ImportRows GexfReader::read(const std::filesystem::path &file)
{
    ImportRows rows;
    stream(file, rows);
    return rows;
}

void GexfReader::stream(const std::filesystem::path &file, ImportRowSink &sink)
{
    GexfParse(file, sink).run();
}

bool GexfReader::isGexfNamespace(std::string_view uri)
{
    return uri == "http://gexf.net/1.3" || uri == "http://www.gexf.net/1.3" || uri == "http://www.gexf.net/1.2draft" ||
           uri == "http://gexf.net/1.2" || uri == "http://www.gexf.net/1.1draft";
}

} // namespace tiescope
