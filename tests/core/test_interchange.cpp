// SPDX-License-Identifier: MIT
// GraphML and GEXF exports: well-formed whatever the names hold, one edge per tie with its
// key, dates as the source gives them, spells of possible days, nothing written for what is
// unknown. Parsed back with libxml2 (the peers' own readers are in tests/peers).

#include "io/csvexporter.h"
#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "io/xmlstreamwriter.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/inputerror.h"
#include "model/partialdate.h"
#include "smallfixture.h"
#include "tempdir.h"

namespace tiescope {
namespace {

// An XPath query over a written document, with the format's namespace bound to "g".
class Parsed final
{
public:
    Parsed(const std::string &text, const char *ns)
        : m_doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "export.xml", nullptr, XML_PARSE_NONET))
    {
        if (m_doc) {
            m_context = xmlXPathNewContext(m_doc);
            xmlXPathRegisterNs(m_context, BAD_CAST "g", BAD_CAST ns);
        }
    }
    ~Parsed()
    {
        xmlXPathFreeContext(m_context);
        xmlFreeDoc(m_doc);
    }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;

    [[nodiscard]] bool ok() const { return m_doc != nullptr; }

    [[nodiscard]] std::string text(const std::string &xpath) const
    {
        xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST("string(" + xpath + ")").c_str(), m_context);
        std::string value = result && result->stringval ? reinterpret_cast<const char *>(result->stringval) : "";
        xmlXPathFreeObject(result);
        return value;
    }

    [[nodiscard]] int count(const std::string &xpath) const
    {
        return static_cast<int>(std::stod(text("count(" + xpath + ")")));
    }

private:
    xmlDocPtr m_doc = nullptr;
    xmlXPathContextPtr m_context = nullptr;
};

constexpr const char *GraphmlNs = "http://graphml.graphdrawing.org/xmlns";
constexpr const char *Gexf13Ns = "http://gexf.net/1.3";

class Interchange : public ::testing::Test
{
protected:
    Interchange() : m_data(fixtures::makeSmallFixture())
    {
        const EntityId id = *m_data.findEntity("serbia");
        Entity serbia = m_data.entity(id);
        serbia.name = "Serbia <b>&\x01\"'";
        serbia.aliases = {"Srbija", "Republic of Serbia"};
        m_data.setEntity(id, std::move(serbia));
        m_graph.emplace(m_data);
    }

    std::string graphml(const std::vector<Point> &positions = {})
    {
        std::ostringstream out;
        GraphmlWriter::write(GraphView(*m_graph), positions, out);
        return out.str();
    }

    std::string gexf(GexfWriter::Version version = GexfWriter::Version::V1_3)
    {
        GexfWriter::Options options;
        options.version = version;
        options.asOfDay = PartialDate::parse("2025-06-30")->firstDay();
        std::ostringstream out;
        GexfWriter::write(GraphView(*m_graph), options, out);
        return out.str();
    }

    Dataset m_data;
    std::optional<TieGraph> m_graph;
};

TEST(XmlStreamWriter, ReplacesWhatXmlCannotHold)
{
    EXPECT_EQ(XmlStreamWriter::clean("a\tb\nc\rd"), "a\tb\nc\rd");
    EXPECT_EQ(XmlStreamWriter::clean(std::string("x\x01y\x1b", 4)), "x\xEF\xBF\xBDy\xEF\xBF\xBD");
    EXPECT_EQ(XmlStreamWriter::clean("Србија"), "Србија");
}

TEST_F(Interchange, GraphmlIsWellFormedWithEveryTieAsItsOwnEdge)
{
    const Parsed doc(graphml(), GraphmlNs);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.count("//g:node"), static_cast<int>(m_data.entities().size()));
    EXPECT_EQ(doc.count("//g:edge"), static_cast<int>(m_data.ties().size()));
    // Two ties from Russia to Serbia: two edges, each with its key.
    EXPECT_EQ(doc.count("//g:edge[@source='russia'][@target='serbia']"), 2);
    EXPECT_EQ(doc.text("//g:edge[@id='russia-serbia-intel']/g:data[@key='start']"), "2015");
    // Markup in a name is text, the control character a replacement.
    EXPECT_EQ(doc.text("//g:node[@id='serbia']/g:data[@key='label']"), "Serbia <b>&\xEF\xBF\xBD\"'");
    EXPECT_EQ(doc.text("//g:node[@id='serbia']/g:data[@key='aliases']"), "Srbija|Republic of Serbia");
    // An unknown end is left out, not guessed.
    EXPECT_EQ(doc.count("//g:edge[@id='serbia-buys-mig']/g:data[@key='end']"), 0);
    EXPECT_EQ(doc.count("//g:key[@id='x']"), 0); // no positions asked for
    EXPECT_EQ(doc.text("//g:key[@id='strength']/@attr.type"), "double");
}

TEST_F(Interchange, GraphmlCarriesPositionsWhenGiven)
{
    std::vector<Point> positions(m_data.entities().size(), Point{1.5, -2.25});
    const Parsed doc(graphml(positions), GraphmlNs);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.text("//g:node[@id='nis']/g:data[@key='x']"), "1.5");
    EXPECT_EQ(doc.text("//g:node[@id='nis']/g:data[@key='y']"), "-2.25");
}

TEST_F(Interchange, GexfSpellsArePossibleDaysAndUndatedTiesHaveNone)
{
    const Parsed doc(gexf(), Gexf13Ns);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.text("/g:gexf/@version"), "1.3");
    EXPECT_EQ(doc.count("//g:edge"), static_cast<int>(m_data.ties().size()));
    const std::string intel = "//g:edge[@id='russia-serbia-intel']";
    EXPECT_EQ(doc.text(intel + "/g:spells/g:spell/@start"), "2015-01-01");
    EXPECT_EQ(doc.text(intel + "/g:spells/g:spell/@end"), "2020-12-31");
    // An unknown end stops at the as-of day and says so.
    const std::string mig = "//g:edge[@id='serbia-buys-mig']";
    EXPECT_EQ(doc.text(mig + "/g:spells/g:spell/@start"), "2017-10-01");
    EXPECT_EQ(doc.text(mig + "/g:spells/g:spell/@end"), "2025-06-30");
    EXPECT_EQ(doc.text(mig + "/g:attvalues/g:attvalue[@for='end_unknown']/@value"), "true");
    // A planned tie yet to start ends where it starts, never before.
    EXPECT_EQ(doc.text("//g:edge[@id='eu-serbia-planned']/g:spells/g:spell/@end"), "2027-01-01");
    const std::string undated = "//g:edge[@id='russia-owns-gpn']";
    EXPECT_EQ(doc.count(undated + "/g:spells"), 0);
    EXPECT_EQ(doc.text(undated + "/g:attvalues/g:attvalue[@for='undated']/@value"), "true");
    EXPECT_EQ(doc.text(intel + "/@weight"), "0.4"); // no strength of its own: cooperates-with's default
}

TEST_F(Interchange, Gexf12DraftForOlderReaders)
{
    const Parsed doc(gexf(GexfWriter::Version::V1_2Draft), "http://www.gexf.net/1.2draft");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.text("/g:gexf/@version"), "1.2");
    EXPECT_EQ(doc.count("//g:node"), static_cast<int>(m_data.entities().size()));
}

TEST_F(Interchange, AFailingStreamThrows)
{
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    EXPECT_THROW(GraphmlWriter::write(GraphView(*m_graph), {}, out), std::runtime_error);
}

std::vector<std::string> linesOf(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

TEST_F(Interchange, CsvWritesFourFilesIntoANewFolder)
{
    const fixtures::TempDir dir;
    const std::filesystem::path folder = dir.file("export");
    const auto counts = CsvExporter::write(GraphView(*m_graph), folder);
    EXPECT_EQ(counts.entities, m_data.entities().size());
    EXPECT_EQ(counts.ties, m_data.ties().size());
    const auto ties = linesOf(folder / "ties.csv");
    ASSERT_EQ(ties.size(), m_data.ties().size() + 1);
    EXPECT_EQ(ties[0], "id,source,target,relation,domain,start,end,status,strength,note\r");
    bool intel = false;
    for (const std::string &line : ties)
        intel = intel || line.rfind("russia-serbia-intel,russia,serbia,cooperates-with,intelligence,2015,2020,alleged,", 0) == 0;
    EXPECT_TRUE(intel);
    const auto citations = linesOf(folder / "citations.csv");
    EXPECT_EQ(citations.size(), counts.citations + 1);
    EXPECT_EQ(linesOf(folder / "sources.csv").size(), counts.sources + 1);
    // A name is data, not a formula or markup.
    bool serbia = false;
    for (const std::string &line : linesOf(folder / "entities.csv"))
        serbia = serbia || line.rfind("serbia,\"Serbia <b>&", 0) == 0;
    EXPECT_TRUE(serbia);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()),
              1); // no temporary folder left beside it
}

TEST_F(Interchange, CsvRefusesAFolderThatHoldsSomethingAndLeavesItAlone)
{
    const fixtures::TempDir dir;
    const std::filesystem::path folder = dir.file("taken");
    std::filesystem::create_directory(folder);
    std::ofstream(folder / "mine.txt") << "keep";
    EXPECT_THROW(CsvExporter::write(GraphView(*m_graph), folder), InputError);
    EXPECT_EQ(linesOf(folder / "mine.txt"), std::vector<std::string>{"keep"});
    EXPECT_FALSE(std::filesystem::exists(folder / "ties.csv"));
    EXPECT_THROW(CsvExporter::write(GraphView(*m_graph), dir.file("missing/export")), InputError);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

} // namespace
} // namespace tiescope
