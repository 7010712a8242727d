#!/usr/bin/env python3
"""What a researcher runs without twin: read the registry CSV, build the
distinct-link network in networkx, and compute twin's measures.

Usage: nx_network.py stats|betweenness FILE.csv [SOURCES]

stats: the figures of `twin stats`'s network section (KONECT's table but
the power law, which networkx lacks); betweenness: networkx's
betweenness_centrality, which `twin rank --by betweenness` computes.

Exact diameter, mean distance and betweenness take a search from every
city: on the world registry, hours of networkx.  With SOURCES, those
searches are run from that many cities (a fixed sample) and their time
scaled to every city, as networkx's time grows with the number of
sources; everything else is computed in full.  Prints the figures (for
stats) and, last, "seconds<TAB>S" and "estimated<TAB>yes|no".
"""
import csv
import os
import random
import sys
import time

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


def sweeps(big, sources):
    """diameter and average_shortest_path_length each search from every
    node of the largest component: from a sample, their time scaled."""
    start = time.perf_counter()
    if sources is None or sources >= big.number_of_nodes():
        out = nx.diameter(big), nx.average_shortest_path_length(big)
        spent = time.perf_counter() - start
        return out, spent, spent
    nodes = random.Random(1).sample(sorted(big.nodes()), sources)
    for _ in range(2):	# eccentricity, then the path lengths
        for v in nodes:
            nx.single_source_shortest_path_length(big, v)
    spent = time.perf_counter() - start
    return (None, None), spent, spent * big.number_of_nodes() / sources


def stats(g, sources):
    start = time.perf_counter()
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
        ("triangles", sum(nx.triangles(g).values()) // 3),
        ("assortativity", assortativity(g)),
        ("clustering", nx.average_clustering(g)),
        ("transitivity", nx.transitivity(g)),
        ("gini", sum((2 * (i + 1) - n - 1) * d
                     for i, d in enumerate(degs)) / (n * sum(degs))),
    ]
    (diameter, mean), spent, scaled = sweeps(big, sources)
    if diameter is not None:
        out += [("diameter", diameter), ("mean_distance", mean)]
    for k, v in out:
        print("%s\t%s" % (k, v if isinstance(v, int) else "%.12f" % v))
    # The time it took, with the sample's searches as if from every city.
    return time.perf_counter() - start - spent + scaled, diameter is None


def betweenness(g, sources):
    start = time.perf_counter()
    if sources is None or sources >= g.number_of_nodes():
        nx.betweenness_centrality(g)
        return time.perf_counter() - start, False
    nx.betweenness_centrality(g, k=sources, seed=1)
    spent = time.perf_counter() - start
    return spent * g.number_of_nodes() / sources, True


def main():
    start = time.perf_counter()
    g = load(sys.argv[2])
    loaded = time.perf_counter() - start
    sources = int(sys.argv[3]) if len(sys.argv) > 3 else None
    run = {"stats": stats, "betweenness": betweenness}[sys.argv[1]]
    spent, estimated = run(g, sources)
    total = loaded + spent
    print("seconds\t%.3f" % total)
    print("estimated\t%s" % ("yes" if estimated else "no"))


if __name__ == "__main__":
    main()
