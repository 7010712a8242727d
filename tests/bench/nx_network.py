#!/usr/bin/env python3
"""What a researcher runs without twin: read the registry CSV, build the
distinct-link network in networkx, and compute twin's measures.

Usage: nx_network.py stats|betweenness FILE.csv

stats: the figures of `twin stats`'s network section (KONECT's table but the
power law, which networkx lacks); betweenness: `twin rank --by betweenness
-n 10`.  Prints them as tab-separated name/value lines, so that the bench
can check they are twin's answers.
"""
import csv
import os
import sys

import networkx as nx

# Newman's assortativity where networkx lacks numpy: the checks' own.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "measures"))
from check import assortativity  # noqa: E402


def load(path):
    """Cities as (name, country, region), as the registry names them."""
    g = nx.Graph()
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            a = (row["city"].strip(), row["country"].strip().upper(),
                 (row.get("region") or "").strip())
            b = (row["partner"].strip(),
                 row["partner_country"].strip().upper(),
                 (row.get("partner_region") or "").strip())
            if a != b:
                g.add_edge(a, b)
    return g


def stats(g):
    degs = sorted(d for _, d in g.degree())
    n = len(degs)
    comps = list(nx.connected_components(g))
    big = g.subgraph(max(comps, key=len))
    out = [
        ("network_cities", n),
        ("network_links", g.number_of_edges()),
        ("network_mean_degree", 2 * g.number_of_edges() / n),
        ("network_max_degree", degs[-1]),
        ("network_components", len(comps)),
        ("network_largest_component", big.number_of_nodes()),
        ("diameter", nx.diameter(big)),
        ("mean_distance", nx.average_shortest_path_length(big)),
        ("triangles", sum(nx.triangles(g).values()) // 3),
        ("assortativity", assortativity(g)),
        ("clustering", nx.average_clustering(g)),
        ("transitivity", nx.transitivity(g)),
        ("gini", sum((2 * (i + 1) - n - 1) * d
                     for i, d in enumerate(degs)) / (n * sum(degs))),
    ]
    for k, v in out:
        print("%s\t%s" % (k, v if isinstance(v, int) else "%.12f" % v))


def betweenness(g):
    b = nx.betweenness_centrality(g)
    top = sorted(b.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    for (name, country, _), v in top:
        print("%s\t%s\t%.10g" % (name, country, v))


def main():
    g = load(sys.argv[2])
    {"stats": stats, "betweenness": betweenness}[sys.argv[1]](g)


if __name__ == "__main__":
    main()
