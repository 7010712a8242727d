#!/usr/bin/env python3
"""Check twin's network measures against networkx, the reference tool.

Usage: check.py TWIN
Runs on the built-in registry and on a synthetic registry made here,
deterministically (a fixed seed): a few thousand links, with triangles,
several components, repeated pairs and self-links, which the measures
must leave out.  Counts must agree exactly, real figures to 1e-9.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

TOL = 1e-9


def twin_json(twin, reg, *args):
    cmd = [twin] + (["-f", reg] if reg else []) + list(args)
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit("check.py: %s failed: %s" % (" ".join(cmd), out.stderr))
    return json.loads(out.stdout)


def reference(twin, reg):
    """The distinct-link network as networkx sees it."""
    g = nx.Graph()
    for l in twin_json(twin, reg, "links", "-s", "all", "-o", "json"):
        a = (l["city"], l["country"], l["region"])
        b = (l["partner"], l["partner_country"], l["partner_region"])
        if a != b:
            g.add_edge(a, b)
    return g


def assortativity(g):
    """networkx's, or Newman's formula where networkx lacks numpy."""
    try:
        import numpy  # noqa: F401  networkx needs it here
        return nx.degree_assortativity_coefficient(g)
    except ImportError:
        pass
    d = dict(g.degree())
    pairs = [(d[a], d[b]) for a, b in g.edges()]
    pairs += [(y, x) for x, y in pairs]
    k = len(pairs)
    mx = sum(x for x, _ in pairs) / k
    cov = sum(x * y for x, y in pairs) / k - mx * mx
    var = sum(x * x for x, _ in pairs) / k - mx * mx
    return cov / var if var > 0 else None


def expected(g):
    e = {"network_cities": g.number_of_nodes(),
         "network_links": g.number_of_edges()}
    if g.number_of_nodes() == 0:
        return e
    degs = sorted(d for _, d in g.degree())
    n = len(degs)
    e["network_max_degree"] = degs[-1]
    e["network_mean_degree"] = 2 * g.number_of_edges() / n
    comps = list(nx.connected_components(g))
    e["network_components"] = len(comps)
    big = g.subgraph(max(comps, key=len))
    e["network_largest_component"] = big.number_of_nodes()
    e["diameter"] = nx.diameter(big)
    e["mean_distance"] = (nx.average_shortest_path_length(big)
                          if big.number_of_nodes() > 1 else None)
    e["triangles"] = sum(nx.triangles(g).values()) // 3
    e["clustering"] = nx.average_clustering(g)
    e["transitivity"] = nx.transitivity(g)
    e["assortativity"] = assortativity(g)
    e["gini"] = sum((2 * (i + 1) - n - 1) * d
                    for i, d in enumerate(degs)) / (n * sum(degs))
    try:
        fit = powerlaw(degs)
    except ImportError:
        print("power law: not checked, python3 has no mpmath")
        return e
    (e["powerlaw_alpha"], e["powerlaw_xmin"], e["powerlaw_tail"],
     e["powerlaw_ks"]) = fit
    return e


def powerlaw(degs):
    """Clauset, Shalizi and Newman's discrete fit, with mpmath's Hurwitz
    zeta and its derivative: for each distinct degree but the largest as
    xmin, the exponent that zeroes the derivative of the log-likelihood,
    and the Kolmogorov-Smirnov distance over every integer from xmin to
    the largest degree, as their plfit computes it; the smallest wins."""
    import mpmath
    mpmath.mp.dps = 30
    best = None
    for xmin in sorted(set(degs))[:-1]:
        tail = [d for d in degs if d >= xmin]
        n = len(tail)
        target = mpmath.fsum(mpmath.log(d) for d in tail) / n

        def score(a):
            return -mpmath.zeta(a, xmin, 1) / mpmath.zeta(a, xmin) - target

        lo, hi = mpmath.mpf(1) + mpmath.mpf(10) ** -12, mpmath.mpf(2)
        while score(hi) > 0:
            lo, hi = hi, hi * 2
        alpha = mpmath.findroot(score, (lo, hi), solver="anderson")
        z = mpmath.zeta(alpha, xmin)
        cdf, ks, below = 0, 0, 0
        counts = {}
        for d in tail:
            counts[d] = counts.get(d, 0) + 1
        for x in range(xmin, tail[-1] + 1):
            cdf += mpmath.power(x, -alpha) / z
            below += counts.get(x, 0)
            ks = max(ks, abs(mpmath.mpf(below) / n - cdf))
        if best is None or ks < best[3]:
            best = (float(alpha), xmin, n, float(ks))
    return best


def compare(name, got, want):
    bad = 0
    for k, v in want.items():
        if k not in got:
            print("%s: %s missing" % (name, k))
            bad += 1
        elif isinstance(v, int):
            if got[k] != v:
                print("%s: %s is %r, networkx %r" % (name, k, got[k], v))
                bad += 1
        elif v is None or got[k] is None:
            if got[k] is not v:
                print("%s: %s is %r, networkx %r" % (name, k, got[k], v))
                bad += 1
        elif abs(got[k] - v) > TOL:
            print("%s: %s is %.15g, networkx %.15g" % (name, k, got[k], v))
            bad += 1
    print("%s: %d measures, %s" % (name, len(want),
                                    "agree" if bad == 0 else "%d differ" % bad))
    return bad


def pagerank(g):
    """networkx's PageRank, through its pure-Python path when scipy is
    missing; tolerances tight enough to compare to 1e-9."""
    try:
        return nx.pagerank(g, tol=1e-14, max_iter=1000)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import \
            _pagerank_python
        return _pagerank_python(g, tol=1e-14, max_iter=1000)


def centralities(g, eigen):
    """Each of twin rank's measures, as networkx computes it.  Eigenvector
    centrality only where power iteration converges to 1e-13 in 1,000
    steps: on the synthetic registry, components whose leading
    eigenvalues are close keep it from converging, in networkx as in twin."""
    c = {
        "degree": dict(g.degree()),
        "betweenness": nx.betweenness_centrality(g),
        "closeness": nx.closeness_centrality(g),
        "pagerank": pagerank(g),
    }
    if eigen:
        c["eigenvector"] = nx.eigenvector_centrality(g, max_iter=1000,
                                                     tol=1e-13)
    return c


def compare_rank(twin, reg, name, g, eigen):
    """twin rank --by each measure, every city, against networkx."""
    bad = 0
    want = centralities(g, eigen)
    n = max(1, g.number_of_nodes())
    for by, ref in want.items():
        rows = twin_json(twin, reg, "rank", "--by", by, "-n", str(n),
                         "-s", "all", "-o", "json")
        got = {(r["city"], r["country"]): r[by] for r in rows}
        ref = {(k[0], k[1]): v for k, v in ref.items()}
        for k, v in ref.items():
            if k not in got or abs(got[k] - v) > TOL * max(1, abs(v)):
                print("%s: rank --by %s: %s is %r, networkx %r"
                      % (name, by, k, got.get(k), v))
                bad += 1
                break
        if len(got) != len(ref):
            print("%s: rank --by %s lists %d cities, networkx %d"
                  % (name, by, len(got), len(ref)))
            bad += 1
    print("%s: rank by %d measures, %s" % (
        name, len(want), "agree" if bad == 0 else "%d differ" % bad))
    return bad


def twin_text(twin, reg, *args):
    cmd = [twin] + (["-f", reg] if reg else []) + list(args)
    out = subprocess.run(cmd, capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit("check.py: %s failed: %s" % (" ".join(cmd), out.stderr))
    return out.stdout


def read_places(path):
    import csv
    with open(path, encoding="utf-8") as f:
        return {(r["city"], r["country"]): (float(r["lat"]), float(r["lon"]))
                for r in csv.DictReader(f)}


def expected_exports(twin, reg, places):
    """The graph of cities and the graph of countries that twin graph
    should write, from twin links (and the coordinates of places): nodes,
    edges and their attributes."""
    nodes, edges, degree = {}, {}, {}
    countries, weights = {}, {}
    for l in twin_json(twin, reg, "links", "-s", "all", "-o", "json"):
        a = (l["city"], l["country"], l["region"])
        b = (l["partner"], l["partner_country"], l["partner_region"])
        for k in (a, b):
            nodes[k] = {"name": k[0], "country": k[1]}
            if k[2] is not None:
                nodes[k]["region"] = k[2]
            if (k[0], k[1]) in places:
                nodes[k]["lat"], nodes[k]["lon"] = places[(k[0], k[1])]
            degree.setdefault(k, set())
        if a != b:
            degree[a].add(b)
            degree[b].add(a)
        attrs = {"status": l["status"], "kind": l["kind"],
                 "statements": len(l["sources"])}
        if l["year"] is not None:
            attrs["year"] = l["year"]
        if l["ended"] is not None:
            attrs["ended"] = l["ended"]
        edges[frozenset((a, b))] = attrs
        for k in (a, b):
            countries.setdefault(k[1], {"cities": set(), "links": 0,
                                        "domestic_links": 0,
                                        "partners": set()})
            countries[k[1]]["cities"].add(k)
        ca, cb = sorted((a[1], b[1]))
        countries[ca]["links"] += 1
        if ca == cb:
            countries[ca]["domestic_links"] += 1
        else:
            countries[cb]["links"] += 1
            countries[ca]["partners"].add(cb)
            countries[cb]["partners"].add(ca)
            weights[frozenset((ca, cb))] = weights.get(
                frozenset((ca, cb)), 0) + 1
    for k in nodes:
        nodes[k]["degree"] = len(degree[k])
    cnodes = {c: {"cities": len(v["cities"]), "links": v["links"],
                  "domestic_links": v["domestic_links"],
                  "degree": len(v["partners"])}
              for c, v in countries.items()}
    return nodes, edges, cnodes, weights


def read_export(fmt, data):
    """networkx's own reader for each of twin graph's formats."""
    import io
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(data))
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(data))
    if fmt == "json":
        return nx.node_link_graph(json.loads(data))
    return nx.read_edgelist(io.StringIO(data.decode()), delimiter="\t",
                            data=[("weight", int)])


def check_exports(twin, reg, name, places=None):
    """twin graph -o graphml, gexf, json and edges, cities and countries,
    as networkx reads them, against what twin links says."""
    nodes, edges, cnodes, weights = expected_exports(twin, reg,
                                                     places or {})
    bad = 0
    ids = None
    for fmt in ("graphml", "gexf", "json", "edges"):
        g = read_export(fmt, twin_text(twin, reg, "graph", "-s", "all",
                                       "-o", fmt))
        if fmt == "edges":
            got_edges = {frozenset(ids[x] for x in e) for e in g.edges()}
            if got_edges != set(edges):
                print("%s: graph -o edges: edges differ" % name)
                bad += 1
        else:
            key = {}
            for v, d in g.nodes(data=True):
                k = (d.get("name"), d.get("country"), d.get("region"))
                want = dict(nodes.get(k, {}))
                got = {a: d[a] for a in ("name", "country", "region",
                                         "degree", "lat", "lon") if a in d}
                if got != want:
                    print("%s: graph -o %s: node %r has %r, expected %r"
                          % (name, fmt, v, got, want))
                    bad += 1
                    break
                key[v] = k
            ids = key
            got_edges = {}
            for u, v, d in g.edges(data=True):
                got_edges[frozenset((key[u], key[v]))] = {
                    a: d[a] for a in ("year", "ended", "status", "kind",
                                      "statements") if a in d}
            if len(key) != len(nodes) or got_edges != edges:
                print("%s: graph -o %s: %d nodes, %d edges, expected %d, %d"
                      " (or their attributes differ)"
                      % (name, fmt, len(key), len(got_edges), len(nodes),
                         len(edges)))
                bad += 1
        c = read_export(fmt, twin_text(twin, reg, "graph", "--countries",
                                       "-s", "all", "-o", fmt))
        got_w = {frozenset(e): d["weight"] for *e, d in c.edges(data=True)}
        if got_w != weights:
            print("%s: graph --countries -o %s: weights differ" % (name, fmt))
            bad += 1
        if fmt != "edges":
            got_n = {v: {a: d[a] for a in ("cities", "links",
                                           "domestic_links", "degree")}
                     for v, d in c.nodes(data=True)}
            if got_n != cnodes:
                print("%s: graph --countries -o %s: nodes differ"
                      % (name, fmt))
                bad += 1
    print("%s: graph exports (graphml, gexf, json, edges; cities and "
          "countries), %s" % (name, "agree" if bad == 0 else
                              "%d differ" % bad))
    return bad


def haversine(a, b):
    """Great-circle km on a sphere of 6371.0088 km, written apart from
    twin's geo.c: the spherical law of cosines is ill-conditioned for
    near points, so atan2 of the chord, which is not."""
    import math
    (la1, lo1), (la2, lo2) = [(math.radians(x), math.radians(y))
                              for x, y in (a, b)]
    x1 = (math.cos(la1) * math.cos(lo1), math.cos(la1) * math.sin(lo1),
          math.sin(la1))
    x2 = (math.cos(la2) * math.cos(lo2), math.cos(la2) * math.sin(lo2),
          math.sin(la2))
    cross = (x1[1] * x2[2] - x1[2] * x2[1], x1[2] * x2[0] - x1[0] * x2[2],
             x1[0] * x2[1] - x1[1] * x2[0])
    dot = sum(p * q for p, q in zip(x1, x2))
    return 6371.0088 * math.atan2(math.sqrt(sum(c * c for c in cross)), dot)


def check_lengths(twin, reg, places, name):
    """twin's km of each link and twin stats' link lengths, from the
    places file's own coordinates; of the random pairs, how many and
    from how many cities (their lengths depend on twin's draw)."""
    import csv
    import statistics
    pos = {}
    with open(places, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pos[(row["city"], row["country"])] = (float(row["lat"]),
                                                 float(row["lon"]))
    args = ["-f", reg, "-f", places] if reg else []
    km, cities = [], set()
    for l in twin_json(twin, None, *args, "links", "-s", "all", "-o",
                       "json"):
        a, b = (l["city"], l["country"]), (l["partner"],
                                            l["partner_country"])
        if a == b or a not in pos or b not in pos:
            continue
        d = haversine(pos[a], pos[b])
        km.append(d)
        cities.update((a, b))
        if abs(l["km"] - round(d, 1)) > 0.05 + 1e-9:
            print("%s: %s-%s is %r km, expected %.1f" % (name, a, b,
                                                        l["km"], d))
            return 1
    got = twin_json(twin, None, *args, "stats", "-o", "json")
    seed = got["random_seed"]
    want = {"placed_links": len(km),
            "median_km": statistics.median(km),
            "mean_km": sum(km) / len(km),
            "share_under_500_km": sum(d < 500 for d in km) / len(km),
            "shortest_km": min(km), "longest_km": max(km),
            "placed_cities": len(cities), "random_pairs": 100000}
    bad = 0
    for k, v in want.items():
        if abs(got[k] - v) > 5e-5:
            print("%s: %s is %r, expected %r" % (name, k, got[k], v))
            bad += 1
    print("%s: link lengths (%d links, seed %d), %s" % (
        name, len(km), seed, "agree" if bad == 0 else "%d differ" % bad))
    return bad


def synthetic(path):
    """Clustered groups of cities, some joined, plus small islands."""
    rnd = random.Random(20130101)
    rows = []
    cities = [("C%04d" % i, "FI DE FR IT SE NO PL ES".split()[i % 8])
              for i in range(1500)]
    for grp in range(12):
        members = cities[grp * 100:(grp + 1) * 100]
        for _ in range(230):
            a, b = rnd.sample(members, 2)
            rows.append((a, b))
            if rnd.random() < 0.3:	# close a triangle
                c = rnd.choice(members)
                rows += [(b, c), (c, a)]
        if grp % 3 != 2 and grp < 11:	# join some groups
            rows.append((members[0], cities[(grp + 1) * 100]))
    for i in range(1200, 1500, 3):	# paths and triangles apart
        rows += [(cities[i], cities[i + 1]), (cities[i + 1], cities[i + 2])]
        if i % 2:
            rows.append((cities[i + 2], cities[i]))
    rows += rows[:40]			# repeated pairs
    rows += [(c, c) for c in cities[:5]]	# self-links
    with open(path, "w") as f:
        f.write("city,country,partner,partner_country,year,status,kind,"
                "source,note\n")
        for (a, ac), (b, bc) in rows:
            f.write("%s,%s,%s,%s,,active,twin,,\n" % (a, ac, b, bc))
    return len(rows)


def main():
    twin = sys.argv[1]
    builtin_places = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                  "..", "..", "data", "places.csv")
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        syn = os.path.join(tmp, "synthetic.csv")
        nrows = synthetic(syn)
        for name, reg in (("built-in", None),
                          ("synthetic (%d rows)" % nrows, syn)):
            got = twin_json(twin, reg, "stats", "-o", "json")
            ref = reference(twin, reg)
            bad += compare(name, got, expected(ref))
            bad += compare_rank(twin, reg, name, ref, reg is None)
            bad += check_exports(twin, reg, name,
                                 read_places(builtin_places) if reg is None
                                 else None)
        bad += check_lengths(twin, None, builtin_places, "built-in")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
