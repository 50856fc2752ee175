#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The peers read TieScope's exports: NetworkX and igraph open the GraphML, GEXF and Cytoscape.js files that
`tiescope-cli export` writes of the bundled data and see what the JSON snapshot of the same view
holds: every entity and tie, parallel ties apart, tie keys as edge ids, dates as written.

Usage: read_exports.py TIESCOPE_CLI DATABASE WORKDIR. Exits 77 (skipped) when a peer is missing.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import networkx
    import igraph
except ImportError as missing:
    print(f"skipped: {missing} (install python3-networkx and python3-igraph)")
    sys.exit(77)

cli, database, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def export(fmt, name, *extra):
    path = os.path.join(work, name)
    subprocess.run([cli, "--db", database, "export", "--format", fmt, "--out", path, *extra], check=True,
                   stdout=subprocess.DEVNULL)
    return path


snapshot = json.load(open(export("json", "view.json")))
entities = {e["id"]: e for e in snapshot["entities"]}
ties = {t["id"]: t for t in snapshot["ties"]}
pairs = {}
for t in ties.values():
    pairs[(t["from"], t["to"])] = pairs.get((t["from"], t["to"]), 0) + 1
parallel = max(pairs, key=pairs.get)
check(pairs[parallel] > 1, "the bundled data should have parallel ties")
dated = next(t for t in ties.values() if t["start"] and t["end"] == "..")


def same_graph(graph, tool):
    check(graph.number_of_nodes() == len(entities), f"{tool}: {graph.number_of_nodes()} nodes, not {len(entities)}")
    check(graph.number_of_edges() == len(ties), f"{tool}: {graph.number_of_edges()} edges, not {len(ties)}")
    check(graph.is_multigraph() and graph.is_directed(), f"{tool}: not a directed multigraph")
    check(graph.number_of_edges(*parallel) == pairs[parallel],
          f"{tool}: {graph.number_of_edges(*parallel)} edges {parallel}, not {pairs[parallel]}")
    for node, attributes in graph.nodes(data=True):
        check(node in entities, f"{tool}: unknown node {node}")
        check(attributes.get("label") == entities.get(node, {}).get("name"), f"{tool}: {node} label")
    return {attributes.get("id", key): (u, v, attributes) for u, v, key, attributes in graph.edges(keys=True, data=True)}


# GraphML: NetworkX
graphml = export("graphml", "view.graphml", "--layout", "circular")
edges = same_graph(networkx.read_graphml(graphml, force_multigraph=True), "networkx graphml")
check(set(edges) == set(ties), "networkx graphml: edge ids are not the tie keys")
for key, tie in ties.items():
    u, v, attributes = edges.get(key, (None, None, {}))
    check((u, v) == (tie["from"], tie["to"]), f"networkx graphml: {key} joins {u}->{v}")
    check(attributes.get("domain") == tie["domain"], f"networkx graphml: {key} domain")
    check(attributes.get("start") == tie["start"], f"networkx graphml: {key} start {attributes.get('start')}")
    check(attributes.get("end") == tie["end"], f"networkx graphml: {key} end {attributes.get('end')}")
    check(json.loads(attributes.get("citations", "[]"))[0]["source"] == tie["citations"][0]["source"],
          f"networkx graphml: {key} citations")
node = next(iter(networkx.read_graphml(graphml).nodes(data=True)))[1]
check(isinstance(node.get("x"), float) and isinstance(node.get("y"), float), "networkx graphml: no x / y positions")

# GraphML: igraph
g = igraph.Graph.Read_GraphML(graphml)
check(g.vcount() == len(entities), f"igraph graphml: {g.vcount()} vertices")
check(g.ecount() == len(ties), f"igraph graphml: {g.ecount()} edges")
check(g.is_directed(), "igraph graphml: undirected")
check(sorted(g.es["id"]) == sorted(ties), "igraph graphml: edge ids")

# GEXF 1.2draft: NetworkX as Debian 12 ships it (2.8) reads no newer version.
gexf12 = export("gexf", "view-1.2.gexf", "--gexf-version", "1.2")
edges = same_graph(networkx.read_gexf(gexf12, version="1.2draft"), "networkx gexf 1.2draft")
check(set(edges) == set(ties), "networkx gexf: edge ids are not the tie keys")
u, v, attributes = edges[dated["id"]]
check(attributes.get("start") == dated["start"], f"networkx gexf: {dated['id']} start attribute")
spells = attributes.get("spells") or []
check(len(spells) == 1 and str(spells[0][0]).startswith(dated["start"][:4]),
      f"networkx gexf: {dated['id']} spells {spells}")
check(attributes.get("end_open") is True, f"networkx gexf: {dated['id']} end_open {attributes.get('end_open')}")
undated = next(key for key, t in ties.items() if not t["start"] and not t["end"])
check(edges[undated][2].get("undated") is True and not edges[undated][2].get("spells"),
      f"networkx gexf: undated {undated} has spells or no undated flag")

# GEXF 1.3: the 1.3 namespace, every tie once; read by NetworkX too where it knows 1.3.
gexf13 = export("gexf", "view.gexf", "--layout", "circular")
ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(gexf13).getroot()
check(root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3", f"gexf 1.3: root {root.tag}")
ids = [e.get("id") for e in root.iterfind("g:graph/g:edges/g:edge", ns)]
check(sorted(ids) == sorted(ties), "gexf 1.3: edge ids")
check(len(root.findall("g:graph/g:nodes/g:node/viz:position", ns)) == len(entities), "gexf 1.3: positions")
if "1.3" in networkx.readwrite.gexf.GEXF.versions:
    same_graph(networkx.read_gexf(gexf13, version="1.3"), "networkx gexf 1.3")

# Cytoscape.js JSON: NetworkX's cytoscape_graph (nodes keyed by "value", edges by "key").
cyjs = export("cyjs", "view.cyjs", "--layout", "circular")
graph = networkx.cytoscape_graph(json.load(open(cyjs)))
check(graph.number_of_nodes() == len(entities), f"networkx cyjs: {graph.number_of_nodes()} nodes")
check(graph.number_of_edges() == len(ties), f"networkx cyjs: {graph.number_of_edges()} edges")
check(graph.is_multigraph() and graph.is_directed(), "networkx cyjs: not a directed multigraph")
check(graph.number_of_edges(*parallel) == pairs[parallel], f"networkx cyjs: parallel ties {parallel} collapsed")
check(graph.nodes[next(iter(entities))].get("name") == next(iter(entities.values()))["name"], "networkx cyjs: names")
check(graph.edges[dated["from"], dated["to"], dated["id"]].get("start") == dated["start"], "networkx cyjs: start")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(entities)} entities, {len(ties)} ties; networkx {networkx.__version__}, igraph {igraph.__version__}: "
      f"{'all read as written' if not failures else str(len(failures)) + ' failures'}")
sys.exit(1 if failures else 0)
