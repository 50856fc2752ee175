// SPDX-License-Identifier: MIT
// Cytoscape.js and FollowTheMoney exports, and the one dispatcher the CLI and the window share:
// every visible entity and tie once, parallel ties apart, dates only as the source gives them,
// FtM schemata and their ranges respected, a failed write leaving the old file.

#include "io/cytoscapewriter.h"
#include "io/ftmwriter.h"
#include "io/interchangeexport.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filter/filterengine.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/inputerror.h"
#include "smallfixture.h"
#include "tempdir.h"

namespace tiescope {
namespace {

using nlohmann::json;

class InterchangeExportTest : public ::testing::Test
{
protected:
    InterchangeExportTest() : m_data(fixtures::makeSmallFixture())
    {
        m_data.addKind(EntityKind{"concept", "Idea"});
        Entity idea;
        idea.key = "russkiy-mir";
        idea.name = "Russkiy mir";
        idea.kind = *m_data.findKind("concept");
        m_data.addEntity(std::move(idea));
        Tie draws;
        draws.key = "serbia-draws-on-russkiy-mir";
        draws.from = *m_data.findEntity("serbia");
        draws.to = *m_data.findEntity("russkiy-mir");
        draws.domain = *m_data.findDomain("diplomacy");
        draws.relation = *m_data.findRelation("cooperates-with");
        draws.start = EdtfDate::parse("2014~");
        draws.citations.push_back(fixtures::cite(*m_data.findSource("src"), "C3"));
        m_data.addTie(std::move(draws));
        m_graph.emplace(m_data);
    }

    std::vector<json> ftmLines(FtmWriter::Counts *counts = nullptr)
    {
        std::ostringstream out;
        const FtmWriter::Counts written = FtmWriter::write(GraphView(*m_graph), out);
        if (counts)
            *counts = written;
        std::vector<json> lines;
        std::istringstream in(out.str());
        for (std::string line; std::getline(in, line);)
            lines.push_back(json::parse(line));
        return lines;
    }

    Dataset m_data;
    std::optional<TieGraph> m_graph;
};

TEST_F(InterchangeExportTest, CytoscapeHasEveryEntityAndTieWithParallelTiesApart)
{
    std::vector<Point> positions(m_data.entities().size(), Point{3.0, -4.5});
    std::ostringstream out;
    CytoscapeWriter::write(GraphView(*m_graph), positions, "test", out);
    const json doc = json::parse(out.str());
    EXPECT_TRUE(doc["directed"].get<bool>());
    EXPECT_TRUE(doc["multigraph"].get<bool>());
    const json &nodes = doc["elements"]["nodes"];
    const json &edges = doc["elements"]["edges"];
    ASSERT_EQ(nodes.size(), m_data.entities().size());
    ASSERT_EQ(edges.size(), m_data.ties().size());
    EXPECT_EQ(nodes[0]["data"]["id"], nodes[0]["data"]["value"]); // NetworkX keys nodes by value
    EXPECT_DOUBLE_EQ(nodes[0]["position"]["y"].get<double>(), -4.5);
    std::set<std::string> ids;
    int russiaToSerbia = 0;
    for (const json &edge : edges) {
        ids.insert(edge["data"]["id"].get<std::string>());
        EXPECT_EQ(edge["data"]["id"], edge["data"]["key"]);
        russiaToSerbia += edge["data"]["source"] == "russia" && edge["data"]["target"] == "serbia";
    }
    EXPECT_EQ(ids.size(), edges.size());
    EXPECT_EQ(russiaToSerbia, 2);
    const auto tie = [&](const std::string &key) {
        for (const json &edge : edges)
            if (edge["data"]["id"] == key)
                return edge["data"];
        return json();
    };
    EXPECT_EQ(tie("serbia-buys-mig")["start"], "2017-10");
    EXPECT_FALSE(tie("serbia-buys-mig").contains("end")); // unknown: left out, not guessed
    EXPECT_EQ(tie("serbia-draws-on-russkiy-mir")["start"], "2014~");
    EXPECT_EQ(tie("gpn-owns-nis")["citations"][0]["grade"], "B2");
}

TEST_F(InterchangeExportTest, CytoscapeWithoutPositionsHasNone)
{
    std::ostringstream out;
    CytoscapeWriter::write(GraphView(*m_graph), {}, "test", out);
    EXPECT_FALSE(json::parse(out.str())["elements"]["nodes"][0].contains("position"));
}

TEST_F(InterchangeExportTest, FtmMapsKindsAndRelationsToSchemataWithinTheirRanges)
{
    FtmWriter::Counts counts;
    const std::vector<json> lines = ftmLines(&counts);
    EXPECT_EQ(counts.leftOutEntities, 1u); // the idea
    EXPECT_EQ(counts.leftOutTies, 1u);     // and its tie
    EXPECT_EQ(counts.entities + counts.links, lines.size());
    std::map<std::string, json> byId;
    for (const json &line : lines) {
        ASSERT_TRUE(line.contains("id") && line.contains("schema") && line["properties"].is_object()) << line;
        for (const auto &[name, values] : line["properties"].items())
            EXPECT_TRUE(values.is_array() && !values.empty()) << name; // FtM: lists of strings
        EXPECT_TRUE(byId.emplace(line["id"], line).second) << "duplicate id " << line["id"];
    }
    EXPECT_EQ(byId.at("tiescope-entity-serbia")["schema"], "PublicBody");
    EXPECT_EQ(byId.at("tiescope-entity-nis")["schema"], "Company");
    EXPECT_EQ(byId.at("tiescope-entity-mig-29")["schema"], "Asset");
    EXPECT_EQ(byId.at("tiescope-entity-nato")["schema"], "Organization");
    EXPECT_FALSE(byId.count("tiescope-entity-russkiy-mir"));
    const json &owns = byId.at("tiescope-tie-gpn-owns-nis");
    EXPECT_EQ(owns["schema"], "Ownership");
    EXPECT_EQ(owns["properties"]["owner"][0], "tiescope-entity-gazprom-neft");
    EXPECT_EQ(owns["properties"]["asset"][0], "tiescope-entity-nis");
    EXPECT_EQ(owns["properties"]["startDate"][0], "2008");
    EXPECT_FALSE(owns["properties"].contains("endDate"));
    const json &supplies = byId.at("tiescope-tie-nis-supplies-serbia");
    EXPECT_EQ(supplies["schema"], "UnknownLink");
    EXPECT_EQ(supplies["properties"]["subject"][0], "tiescope-entity-nis");
    EXPECT_EQ(supplies["properties"]["role"][0], "supplies");
    EXPECT_EQ(byId.at("tiescope-tie-russia-serbia-intel")["properties"]["endDate"][0], "2020");
    // Every link points at an entity that is in the file.
    for (const json &line : lines) {
        for (const char *end : {"subject", "object", "owner", "asset", "member", "organization"}) {
            if (line["properties"].contains(end)) {
                EXPECT_TRUE(byId.count(line["properties"][end][0].get<std::string>())) << line["id"] << " " << end;
            }
        }
    }
}

TEST_F(InterchangeExportTest, FtmKeepsAnInexactDateInWordsNotAsAnExactOne)
{
    // The idea's tie is left out; an approximate date on a kept tie goes to the description.
    Tie tie = m_data.tie(*m_data.findTie("serbia-buys-mig"));
    tie.start = EdtfDate::parse("2017~");
    m_data.setTie(*m_data.findTie("serbia-buys-mig"), std::move(tie));
    m_graph.emplace(m_data);
    for (const json &line : ftmLines()) {
        if (line["id"] != "tiescope-tie-serbia-buys-mig")
            continue;
        EXPECT_FALSE(line["properties"].contains("startDate"));
        EXPECT_NE(line["properties"]["description"][0].get<std::string>().find("start 2017~ (EDTF)"), std::string::npos);
        return;
    }
    FAIL() << "no line for serbia-buys-mig";
}

TEST_F(InterchangeExportTest, EveryFormatHasANameAndWritesTheFilteredView)
{
    const fixtures::TempDir dir;
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    const GraphView view = FilterEngine::apply(*m_graph, spec);
    ASSERT_EQ(view.visibleTieCount(), 3u);
    for (const InterchangeExport::Format format : InterchangeExport::formats()) {
        const std::string name(InterchangeExport::name(format));
        EXPECT_EQ(InterchangeExport::parse(name), format);
        EXPECT_FALSE(InterchangeExport::label(format).empty());
        const std::filesystem::path target = dir.path() / ("view-" + name + std::string(InterchangeExport::extension(format)));
        InterchangeExport::Options options;
        options.filter = spec;
        const InterchangeExport::Summary summary = InterchangeExport::write(format, view, options, target);
        EXPECT_TRUE(std::filesystem::exists(target)) << name;
        if (format != InterchangeExport::Format::Ftm) {
            EXPECT_EQ(summary.ties, 3u) << name;
        }
    }
    EXPECT_FALSE(InterchangeExport::parse("xlsx").has_value());
}

TEST_F(InterchangeExportTest, AFailedWriteLeavesTheOldFileAndNamesTheTarget)
{
    const fixtures::TempDir dir;
    const std::filesystem::path missing = dir.path() / "no-such-folder" / "view.cyjs";
    try {
        (void)InterchangeExport::write(InterchangeExport::Format::Cyjs, GraphView(*m_graph), {}, missing);
        FAIL() << "wrote into a missing folder";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find("view.cyjs"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(std::filesystem::exists(missing));
}

} // namespace
} // namespace tiescope
