// SPDX-License-Identifier: MIT
// GEXF and GraphML import: TieScope -> GEXF / GraphML / CSV -> TieScope keeps every entity,
// tie, date with its precision and citation; Gephi's and yEd's spellings; parallel edges
// kept, duplicate edge ids reported; hostile XML gives one clear error in bounded time.

#include "interchange/gexfreader.h"

#include <fstream>

#include <gtest/gtest.h>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "interchange/csvrows.h"
#include "interchange/graphmlreader.h"
#include "interchange/importplanner.h"
#include "io/csvexporter.h"
#include "io/datasetreader.h"
#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "model/partialdate.h"
#include "store/store.h"
#include "tempdir.h"
#include "testfiles.h"

namespace tiescope {
namespace {


Dataset bundled()
{
    DatasetReader::Result result = DatasetReader::read(TIESCOPE_SOURCE_DIR "/data/serbia-russia");
    EXPECT_TRUE(result.ok());
    return std::move(result.dataset);
}

// The bundled data with a short quote on the first citation of an entity and of a tie (the
// bundled data has none), so that the round trips carry quotes too.
Dataset bundledWithQuotes()
{
    Dataset data = bundled();
    Entity entity = data.entities().front();
    entity.citations.front().quote = "a quote, \"in quotes\" & <brackets>";
    data.setEntity(EntityId(0), entity);
    Tie tie = data.ties().front();
    tie.citations.front().quote = "another quote";
    data.setTie(TieId(0), tie);
    return data;
}

// The bundled data written by an exporter, imported into a store holding only its vocabulary
// and sources, and loaded back.
class RoundTrip : public ::testing::Test
{
protected:
    RoundTrip() : m_original(bundledWithQuotes()), m_graph(m_original) {}

    Dataset importInto(const ImportRows &rows, const ImportSpec &spec)
    {
        Dataset start = m_original.vocabulary();
        for (const Source &source : m_original.sources())
            start.addSource(source);
        const ImportPlan plan = ImportPlanner::plan(start, rows, spec);
        EXPECT_FALSE(plan.hasBadRows()) << plan.badRows.front().toString();
        EXPECT_EQ(plan.entities.added, m_original.entities().size());
        EXPECT_EQ(plan.ties.added, m_original.ties().size());
        Store::create(m_dir.file("back.db"), start);
        Store store = Store::open(m_dir.file("back.db"), Store::Mode::ReadWrite);
        const ApplyResult result = store.apply(plan.changeSet, "tester");
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems.front().toString());
        return store.load();
    }

    void expectSame(const Dataset &back, bool entityCitations)
    {
        ASSERT_EQ(back.entities().size(), m_original.entities().size());
        ASSERT_EQ(back.ties().size(), m_original.ties().size());
        for (const Entity &e : m_original.entities()) {
            const auto found = back.findEntity(e.key);
            ASSERT_TRUE(found) << e.key;
            const Entity &b = back.entity(*found);
            EXPECT_EQ(b.name, e.name);
            EXPECT_EQ(back.kind(b.kind).key, m_original.kind(e.kind).key);
            EXPECT_EQ(b.country, e.country);
            EXPECT_EQ(b.aliases, e.aliases);
            EXPECT_EQ(b.description, e.description);
            if (entityCitations) {
                EXPECT_EQ(citations(back, b.citations), citations(m_original, e.citations)) << e.key;
            }
        }
        for (const Tie &t : m_original.ties()) {
            const auto found = back.findTie(t.key);
            ASSERT_TRUE(found) << t.key;
            const Tie &b = back.tie(*found);
            EXPECT_EQ(back.entity(b.from).key, m_original.entity(t.from).key);
            EXPECT_EQ(back.entity(b.to).key, m_original.entity(t.to).key);
            EXPECT_EQ(back.domain(b.domain).key, m_original.domain(t.domain).key);
            EXPECT_EQ(back.relation(b.relation).key, m_original.relation(t.relation).key);
            EXPECT_EQ(b.start, t.start) << t.key; // the EDTF text: its precision and qualifiers
            EXPECT_EQ(b.end, t.end) << t.key;
            EXPECT_EQ(b.status, t.status);
            EXPECT_EQ(b.note, t.note);
            EXPECT_EQ(back.strengthOf(b), m_original.strengthOf(t));
            EXPECT_EQ(citations(back, b.citations), citations(m_original, t.citations)) << t.key;
        }
    }

    static std::vector<std::string> citations(const Dataset &data, const std::vector<Citation> &list)
    {
        std::vector<std::string> text;
        for (const Citation &c : list)
            text.push_back(data.source(c.source).key + " / " + c.locator + " / " + c.grade.toString() + " / " + c.quote);
        return text;
    }

    std::string write(const std::string &name, const std::function<void(std::ostream &)> &writer)
    {
        std::ofstream out(m_dir.file(name), std::ios::binary);
        writer(out);
        return m_dir.file(name);
    }

    fixtures::TempDir m_dir;
    Dataset m_original;
    TieGraph m_graph;
};

TEST_F(RoundTrip, Gexf13And12KeepEveryEntityTieDateAndCitation)
{
    for (const auto version : {GexfWriter::Version::V1_3, GexfWriter::Version::V1_2Draft}) {
        GexfWriter::Options options;
        options.version = version;
        options.asOfDay = PartialDate::parse("2025-12-01")->firstDay();
        const std::string file =
            write("a.gexf", [&](std::ostream &out) { GexfWriter::write(GraphView(m_graph), options, out); });
        ImportSpec spec;
        spec.format = ImportSpec::Format::Gexf;
        expectSame(importInto(GexfReader::read(file), spec), true);
        std::filesystem::remove(m_dir.file("back.db"));
    }
}

TEST_F(RoundTrip, GraphMlKeepsEveryEntityTieDateAndCitation)
{
    const std::string file =
        write("a.graphml", [&](std::ostream &out) { GraphmlWriter::write(GraphView(m_graph), {}, out); });
    ImportSpec spec;
    spec.format = ImportSpec::Format::GraphMl;
    expectSame(importInto(GraphmlReader::read(file), spec), true);
}

TEST_F(RoundTrip, TheCsvExportFolderKeepsEntityCitationsToo)
{
    const std::filesystem::path folder = m_dir.path() / "csv";
    (void)CsvExporter::write(GraphView(m_graph), folder);
    ImportSpec spec;
    spec.entities = folder / "entities.csv";
    spec.ties = folder / "ties.csv";
    spec.sources = folder / "sources.csv";
    spec.citations = folder / "citations.csv";
    expectSame(importInto(CsvRows::read(spec), spec), true);
}

TEST(GexfReader, ReadsGephiSpellsAndDynamicValuesAndKeepsParallelEdges)
{
    const ImportRows rows = GexfReader::read(fixtures::ImportDir + "gephi.gexf");
    ASSERT_TRUE(rows.issues.empty()) << rows.issues.front().toString();
    ASSERT_EQ(rows.entities.size(), 2u);
    EXPECT_EQ(rows.entities[0].value("name"), "Acme Corp");
    EXPECT_EQ(rows.entities[0].value("kind"), "company"); // attribute titled "Kind"
    ASSERT_EQ(rows.ties.size(), 3u);
    const ImportRow &e0 = rows.ties[0];
    EXPECT_EQ(e0.value("relation"), "owns"); // the dynamic value's latest
    EXPECT_EQ(e0.value("strength"), "0.8");  // the weight
    EXPECT_EQ(e0.value("start"), "2010-03-01");
    EXPECT_EQ(e0.value("end"), "2016-06-30");          // from the first spell's start to the last one's end
    EXPECT_EQ(rows.ties[1].value("relation"), "owns"); // the label
    EXPECT_EQ(rows.ties[1].line, 25u);

    Dataset store = bundled().vocabulary();
    store.addSource(Source{"r", "R", "", "", std::nullopt, "", ""});
    ImportSpec spec;
    spec.defaultSource = "r";
    spec.defaultGrade = "C3";
    const ImportPlan plan = ImportPlanner::plan(store, rows, spec);
    EXPECT_EQ(plan.ties.added, 2u); // e0 and e1: parallel edges kept
    ASSERT_EQ(plan.badRows.size(), 1u);
    EXPECT_EQ(plan.badRows[0].line, 26u);
    EXPECT_NE(plan.badRows[0].reason.find("duplicate key \"e1\" (first on line 25)"), std::string::npos);
}

TEST(GraphmlReader, ReadsYedLabelsAndKeyDefaults)
{
    const ImportRows rows = GraphmlReader::read(fixtures::ImportDir + "yed.graphml");
    ASSERT_TRUE(rows.issues.empty()) << rows.issues.front().toString();
    ASSERT_EQ(rows.entities.size(), 2u);
    EXPECT_EQ(rows.entities[0].value("name"), "Acme Corp");
    EXPECT_EQ(rows.entities[0].value("kind"), "company"); // the key's default
    EXPECT_EQ(rows.entities[1].value("kind"), "state");
    ASSERT_EQ(rows.ties.size(), 2u);
    EXPECT_EQ(rows.ties[1].value("relation"), "supplies");
}

// One issue, naming the file and a line, for each hostile or broken file.
void expectOneError(const ImportRows &rows, const std::string &file, const std::string &words)
{
    ASSERT_EQ(rows.issues.size(), 1u);
    EXPECT_EQ(rows.issues[0].file, file);
    EXPECT_GT(rows.issues[0].line, 0u);
    EXPECT_NE(rows.issues[0].reason.find(words), std::string::npos) << rows.issues[0].reason;
    EXPECT_TRUE(rows.ties.empty());
}

TEST(HostileXml, BillionLaughsAndExternalEntitiesGiveOneErrorAndExpandNothing)
{
    const ImportRows laughs = GexfReader::read(fixtures::ImportDir + "billion-laughs.gexf");
    expectOneError(laughs, fixtures::ImportDir + "billion-laughs.gexf", "document type declaration");
    EXPECT_EQ(laughs.issues[0].line, 2u); // where the entities are declared
    EXPECT_TRUE(laughs.entities.empty());
    const ImportRows external = GraphmlReader::read(fixtures::ImportDir + "external-entity.graphml");
    expectOneError(external, fixtures::ImportDir + "external-entity.graphml", "document type declaration");
    // Behind a comment, and a declaration only the reader sees (past the first 64 KiB).
    fixtures::TempDir dir;
    fixtures::writeFile(dir.file("late.gexf"), "<?xml version=\"1.0\"?>\n<!-- " + std::string(70000, 'x') +
                                                   " -->\n<!DOCTYPE gexf [<!ENTITY a \"b\">]>\n<gexf/>");
    expectOneError(GexfReader::read(dir.file("late.gexf")), dir.file("late.gexf"), "document type declaration");
    EXPECT_TRUE(external.entities.empty()); // nothing of /etc/passwd
}

TEST(HostileXml, DeepNestingTruncationAndWrongNamespacesAreOneClearError)
{
    fixtures::TempDir dir;
    std::string deep = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph>";
    for (int i = 0; i < 100000; ++i)
        deep += "<node>";
    fixtures::writeFile(dir.file("deep.graphml"), deep);
    expectOneError(GraphmlReader::read(dir.file("deep.graphml")), dir.file("deep.graphml"), "nested deeper");
    expectOneError(GexfReader::read(fixtures::ImportDir + "truncated.gexf"), fixtures::ImportDir + "truncated.gexf",
                   "the file ends before its elements are closed");
    // Cut after a whole element, not inside a tag: the same plain words.
    fixtures::writeFile(dir.file("cut.gexf"), "<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes><node id=\"a\"/>");
    const ImportRows cut = GexfReader::read(dir.file("cut.gexf"));
    ASSERT_EQ(cut.issues.size(), 1u);
    EXPECT_NE(cut.issues[0].reason.find("truncated?"), std::string::npos) << cut.issues[0].reason;
    expectOneError(GexfReader::read(fixtures::ImportDir + "wrong-namespace.gexf"), fixtures::ImportDir + "wrong-namespace.gexf",
                   "namespace \"http://example.org/not-gexf\"");
    expectOneError(GraphmlReader::read(fixtures::ImportDir + "gephi.gexf"), fixtures::ImportDir + "gephi.gexf", "is not GraphML");
    // An empty file is said to be empty (libxml2 calls it "extra content at the end").
    fixtures::writeFile(dir.file("empty.gexf"), "");
    fixtures::writeFile(dir.file("empty.graphml"), "");
    for (const ImportRows &empty : {GexfReader::read(dir.file("empty.gexf")), GraphmlReader::read(dir.file("empty.graphml"))}) {
        ASSERT_EQ(empty.issues.size(), 1u);
        EXPECT_EQ(empty.issues[0].line, 0u); // about the whole file: it has no line
        EXPECT_NE(empty.issues[0].reason.find("is empty"), std::string::npos) << empty.issues[0].reason;
    }
    // GEXF has a reader of its own (XmlEventReader): bounded the same way.
    std::string deepGexf = "<gexf xmlns=\"http://gexf.net/1.3\"><graph>";
    for (int i = 0; i < 100000; ++i)
        deepGexf += "<node>";
    fixtures::writeFile(dir.file("deep.gexf"), deepGexf);
    expectOneError(GexfReader::read(dir.file("deep.gexf")), dir.file("deep.gexf"), "nested deeper");
}

// The streamed GEXF reader counts lines past 65,535 (a built node's line stops there), gives an
// edge listed before the nodes after them, and decodes "&amp;" in attribute values.
TEST(GexfReader, CountsLongFilesLinesAndGivesEveryNodeBeforeAnyEdge)
{
    const std::string head = "<gexf xmlns=\"http://gexf.net/1.3\"><graph>";
    const std::string edges = "<edges><edge id=\"e1\" source=\"a\" target=\"b\" label=\"R &amp; D\"/></edges>";
    const std::string nodes = "<nodes><node id=\"a\" label=\"A &amp; B\"/>" + std::string(70000, '\n') +
                              "<node id=\"b\" label=\"B\"/></nodes>";
    fixtures::TempDir dir;
    fixtures::writeFile(dir.file("long.gexf"), head + edges + nodes + "</graph></gexf>");
    const ImportRows rows = GexfReader::read(dir.file("long.gexf"));
    ASSERT_TRUE(rows.issues.empty()) << rows.issues.front().toString();
    ASSERT_EQ(rows.entities.size(), 2u);
    EXPECT_EQ(rows.entities[0].value("name"), "A & B");
    EXPECT_EQ(rows.entities[1].line, 70001u);
    ASSERT_EQ(rows.ties.size(), 1u);
    EXPECT_EQ(rows.ties[0].value("relation"), "R & D");

    // Streamed into a sink, the edge still comes after both nodes.
    struct Order final : ImportRowSink
    {
        std::string seen;
        void source(ImportRow &&) override { seen += 's'; }
        void citation(ImportRow &&) override { seen += 'c'; }
        void entity(ImportRow &&) override { seen += 'n'; }
        void tie(ImportRow &&) override { seen += 'e'; }
        void readIssues(std::vector<ImportIssue> issues) override { seen += issues.empty() ? "." : "!"; }
    } order;
    GexfReader::stream(dir.file("long.gexf"), order);
    EXPECT_EQ(order.seen, "nne.");
}

// GraphML's <data> text comes from the parser in pieces: entities, character references, CDATA
// and a value longer than the reader's 256 KiB chunk are each joined into the one value.
TEST(GraphmlReader, JoinsDataTextGivenInPiecesAcrossEntitiesCdataAndChunks)
{
    const std::string head = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                             "<key id=\"n\" for=\"node\" attr.name=\"name\"/>"
                             "<key id=\"r\" for=\"edge\" attr.name=\"relation\"/><graph edgedefault=\"directed\">";
    const std::string longName(300 * 1024, 'x');
    const std::string body = "<node id=\"a\"><data key=\"n\">Gazprom &amp; NIS &#8211; <![CDATA[<oil>]]> deal</data></node>"
                             "<node id=\"b\"><data key=\"n\">" + longName + "</data></node>"
                             "<edge source=\"a\" target=\"b\"><data key=\"r\">R &lt;&gt; D</data></edge>";
    fixtures::TempDir dir;
    fixtures::writeFile(dir.file("pieces.graphml"), head + body + "</graph></graphml>");
    const ImportRows rows = GraphmlReader::read(dir.file("pieces.graphml"));
    ASSERT_TRUE(rows.issues.empty()) << rows.issues.front().toString();
    ASSERT_EQ(rows.entities.size(), 2u);
    EXPECT_EQ(rows.entities[0].value("name"), "Gazprom & NIS \u2013 <oil> deal");
    EXPECT_EQ(rows.entities[1].value("name").size(), longName.size());
    ASSERT_EQ(rows.ties.size(), 1u);
    EXPECT_EQ(rows.ties[0].value("relation"), "R <> D");
}

} // namespace
} // namespace tiescope
