#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""TieScope imports what the peers write: NetworkX 2.8 (Debian's python3-networkx) writes GEXF and
GraphML of a small multigraph — parallel edges, attributes, a DiGraph without edge ids — and of the
bundled data it read from TieScope's own export; `tiescope-cli import` reads each with the same
node and edge counts, and a second import of the same file changes nothing.

Usage: import_peers.py TIESCOPE_CLI DATABASE WORKDIR. Exits 77 (skipped) when NetworkX is missing.
"""
import json
import os
import shutil
import subprocess
import sys

try:
    import networkx
except ImportError as missing:
    print(f"skipped: {missing} (install python3-networkx)")
    sys.exit(77)

cli, database, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = []
DEFAULTS = ["--default-source", "peer", "--default-source-title", "Written by NetworkX", "--default-grade", "C3",
            "--default-kind", "organisation", "--default-domain", "economy", "--default-relation", "associated-with"]


def check(condition, message):
    if not condition:
        failures.append(message)


def run_import(store, fmt, path, *extra):
    result = subprocess.run([cli, "--db", store, "import", "--format", fmt, path, "--json", *extra],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"{os.path.basename(path)}: exit {result.returncode}: {result.stderr.strip()}")
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        failures.append(f"{os.path.basename(path)}: no JSON report: {result.stdout[:200]}")
        return {"entities": {}, "ties": {}, "bad_rows": []}


def imports_with_counts(fmt, path, nodes, edges):
    name = os.path.basename(path)
    store = os.path.join(work, name + ".db")
    first = run_import(store, fmt, path, *DEFAULTS)
    check(first["entities"].get("new") == nodes, f"{name}: {first['entities']} entities, not {nodes} new")
    check(first["ties"].get("new") == edges, f"{name}: {first['ties']} ties, not {edges} new")
    check(not first["bad_rows"], f"{name}: bad rows {first['bad_rows']}")
    again = run_import(store, fmt, path, *DEFAULTS)
    check(again["ties"].get("unchanged") == edges and again["changes"] == 0, f"{name}: re-import {again['ties']}")


graph = networkx.MultiDiGraph()
graph.add_node("acme", label="Acme Corp", kind="company", country="DE")
graph.add_node("beta", label="Beta", kind="company")
graph.add_node("Republic of X", label="Republic of X", kind="state")
graph.add_edge("acme", "beta", key="t1", relation="owns", domain="economy", start="2014")
graph.add_edge("acme", "beta", key="t2", relation="owns", domain="economy", start="2019-06")  # parallel
graph.add_edge("beta", "Republic of X", key="t3", relation="supplies", domain="energy", weight=0.7)
graph.add_edge("Republic of X", "acme", key="t4", relation="sanctions", domain="politics", start="2022", end="2024")
for fmt, write in (("graphml", networkx.write_graphml), ("gexf", networkx.write_gexf)):
    path = os.path.join(work, f"networkx.{fmt}")
    write(graph, path)
    imports_with_counts(fmt, path, graph.number_of_nodes(), graph.number_of_edges())

plain = networkx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])
path = os.path.join(work, "plain.graphml")
networkx.write_graphml(plain, path)
imports_with_counts("graphml", path, 3, 3)

# The bundled data, read from TieScope's GEXF and GraphML by NetworkX and written again: every
# record comes back unchanged into a copy of the store it came from.
for fmt, read, write, extra in (
        ("gexf", lambda p: networkx.read_gexf(p, version="1.2draft"), networkx.write_gexf, ["--gexf-version", "1.2"]),
        ("graphml", networkx.read_graphml, networkx.write_graphml, [])):
    ours = os.path.join(work, f"ours.{fmt}")
    subprocess.run([cli, "--db", database, "export", "--format", fmt, "--out", ours, *extra], check=True,
                   stdout=subprocess.DEVNULL)
    bundled = read(ours)
    path = os.path.join(work, f"bundled-by-networkx.{fmt}")
    write(bundled, path)
    store = os.path.join(work, f"bundled-{fmt}.db")
    shutil.copy(database, store)
    report = run_import(store, fmt, path)
    check(report["entities"].get("unchanged") == bundled.number_of_nodes(),
          f"{fmt} of the bundled data: entities {report['entities']}")
    check(report["ties"].get("unchanged") == bundled.number_of_edges(), f"{fmt} of the bundled data: ties {report['ties']}")
    check(report.get("changes") == 0, f"{fmt} of the bundled data: {report.get('changes')} changes, "
                                      f"{[r for r in report.get('rows', []) if r['outcome'] != 'unchanged'][:3]}")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
