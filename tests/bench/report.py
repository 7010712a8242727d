#!/usr/bin/env python3
"""Support code of tests/bench/run (python3 standard library only).

  report.py check TOOL:FORMAT:PATH ...   compare the answers with the first
                                         (twin's); FORMAT is tsv, csv (CSV
                                         rows, no header) or csvh (CSV with a
                                         header row)
  report.py names FILE N                 N city names spread over FILE
  report.py median JSON NAME             median seconds of NAME in a
                                         hyperfine JSON export
  report.py render RESULTS_DIR           RESULTS.md on stdout
"""
import collections
import csv
import io
import json
import os
import re
import statistics
import sys
import zlib

WIKI_NOTE = ("drawn from Wikipedia's lists of twin towns, CC BY-SA 4.0 "
             "(see data/SOURCE.md of the sample)")


# ------------------------------------------------------------------ check

def link_key(row):
    """A link as a set of its two ends plus year and status, so that the
    order of the ends and the case of names do not matter."""
    row = [c.strip() for c in row] + [""] * 7
    a = (row[0].casefold(), row[1].upper())
    b = (row[2].casefold(), row[3].upper())
    return (frozenset([a, b]), row[4], row[5])


def read_links(fmt, path):
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        text = fh.read()
    if fmt == "tsv":
        rows = [line.split("\t") for line in text.splitlines() if line]
    else:
        rows = [r for r in csv.reader(io.StringIO(text)) if r]
        if fmt == "csvh":
            rows = rows[1:]
    # twin lists each link once however many rows state it; the other
    # tools list rows, so answers are compared as sets of distinct links.
    return collections.Counter(set(link_key(r) for r in rows))


def cmd_check(specs):
    results = []
    for spec in specs:
        tool, fmt, path = spec.split(":", 2)
        results.append((tool, read_links(fmt, path)))
    ref_tool, ref = results[0]
    ok = True
    for tool, links in results:
        n = sum(links.values())
        if tool == ref_tool:
            verdict = "reference"
        elif links == ref:
            verdict = "same"
        else:
            ok = False
            verdict = "differs"
            extra = list((links - ref).elements())[:3]
            missing = list((ref - links).elements())[:3]
            print(f"{tool}: {n} links, {ref_tool}: {sum(ref.values())}; "
                  f"only in {tool}: {fmt_keys(extra)}; only in {ref_tool}: "
                  f"{fmt_keys(missing)}", file=sys.stderr)
        print(f"{tool}\t{n}\t{verdict}")
    return 0 if ok else 1


def fmt_keys(keys):
    out = []
    for ends, year, status in keys:
        ends = sorted(ends)
        out.append(" - ".join(f"{n} ({c})" for n, c in ends) + f" {year} {status}".rstrip())
    return "; ".join(out) or "-"


# ------------------------------------------------------------------ names

def cmd_names(path, n):
    seen = {}
    with open(path, encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        col = header.index("city")
        for row in rd:
            name = row[col]
            if name and name == name.strip() and "\t" not in name and "\n" not in name:
                seen.setdefault(name, None)
    names = list(seen)
    if len(names) > n:
        step = len(names) / n
        names = [names[int(i * step)] for i in range(n)]
    sys.stdout.write("".join(x + "\n" for x in names))
    return 0


# ------------------------------------------------------------------ hyperfine JSON

def load_json(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return {r["command"]: r for r in json.load(fh)["results"]}
    except (OSError, ValueError, KeyError):
        return {}


def median(result):
    if result is None:
        return None
    if result.get("median") is not None:
        return result["median"]
    return statistics.median(result["times"])


def cmd_median(path, name):
    m = median(load_json(path).get(name))
    print(f"{m:.6f}" if m is not None else "0")
    return 0


# ------------------------------------------------------------------ render

def fmt_time(s):
    if s is None:
        return "-"
    if s < 1e-3:
        return f"{s * 1e6:.0f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms" if s < 0.1 else f"{s * 1e3:.0f} ms"
    return f"{s:.2f} s" if s < 100 else f"{s:.0f} s"


# "A few MB beyond the mapped snapshot": the warm target, in MiB.
WARM_RSS_BEYOND_MIB = 4


def fmt_bytes(n):
    n = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


def fmt_ratio(x):
    if x is None:
        return ""
    return f"{x:.2f}×" if x < 10 else f"{x:.0f}×"


def read_tsv(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    except OSError:
        return []


def read_cmds(path):
    return read_tsv(path)


def table(header, rows, left=1):
    """A markdown table; the first `left` columns are aligned left, the
    others (figures) right."""
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i < left else "---:" for i in range(len(header))) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


QUESTIONS = [
    ("partners", "`partners NAME`: links of one city (NAME is given per registry)"),
    ("decade", "`decade 1960s`: links made in 1960-1969"),
    ("suspended", "`suspended`: suspended links"),
]


def cmd_render(res):
    meta = dict(r[:2] for r in read_tsv(os.path.join(res, "meta.tsv")) if len(r) >= 2)
    datasets = read_tsv(os.path.join(res, "datasets.tsv"))
    p = lambda *a: os.path.join(res, ".".join(a))
    out = []
    w = out.append

    w("# twin benchmark results\n")
    w(f"Measured on {meta.get('date', '?')} by `tests/bench/run` "
      "(see [README.md](README.md) for what each figure means). "
      "Times are medians of hyperfine runs, with the file in the page cache; "
      "ratios are each tool's median divided by twin's (2× = twice as slow as twin).")
    if meta.get("quick") == "1":
        w("\n**Quick run (BENCH_QUICK=1): few runs per command, figures are rough.**")
    w("")

    w("## Machine\n")
    rows = [
        ["CPU", meta.get("cpu", "?")],
        ["cores (nproc)", meta.get("nproc", "?")],
        ["memory", meta.get("memory", "?")],
        ["kernel", meta.get("kernel", "?")],
    ]
    if "load_start" in meta or "load_end" in meta:
        rows.append(["load average (1, 5, 15 min)",
                     "; ".join(f"{meta[k]} at the {k[5:]}" for k in ("load_start", "load_end") if k in meta)])
    cvs = []
    for ds in (d[0] for d in datasets):
        for q in ("partners", "decade", "suspended", "load"):
            for res_ in load_json(p(ds, q, "json")).values():
                if res_.get("mean") and res_.get("stddev") is not None and len(res_.get("times", [])) >= 3:
                    cvs.append(res_["stddev"] / res_["mean"])
    if cvs:
        rows.append(["run-to-run spread", f"median standard deviation {statistics.median(cvs) * 100:.0f}% "
                     f"of the mean (over {len(cvs)} timed commands)"])
    w(table(["", ""], left=2, rows=rows))
    w("")
    if cvs and statistics.median(cvs) > 0.15:
        w("**The machine was noisy during this run** (see the spread above): "
          "read ratios below 2× as a tie.\n")
    w("## Versions\n")
    rows = [["twin", f"{meta.get('twin', '?')} (`{meta.get('twin_path', '?')}`, "
             f"source {meta.get('twin_commit', '?')})"]]
    for k in ("grep", "awk", "mlr", "sqlite3", "csvgrep", "libcsv", "hyperfine", "cc", "python3"):
        if k in meta:
            rows.append([k, meta[k]])
    w(table(["tool", "version"], rows, left=2))
    w("")

    w("## Registries\n")
    rows = []
    for ds, f, size, recs, name in datasets:
        what = WIKI_NOTE if ds == "world-wikipedia" else \
            f"synthetic, `gen {recs} {meta.get('seed', '?')}`"
        rows.append([ds, name, what, f"`{f}`", fmt_bytes(size), f"{int(recs):,}"])
    w(table(["registry", "NAME", "origin", "file", "size", "links"], rows, left=4))
    w("")

    names = [d[0] for d in datasets]

    w("## Query time\n")
    w("Each cell: median time, then the ratio to twin. A ⚠ marks a tool whose "
      "answer (the set of links) differs from twin's; the counts are in "
      "[Answers](#answers). SQLite times are the query alone, on a database "
      "prepared beforehand (see [SQLite import](#sqlite-import)).\n")
    for q, title in QUESTIONS:
        w(f"### {title}\n")
        tools = []
        data = {}
        for ds in names:
            js = load_json(p(ds, q, "json"))
            checks = {r[0]: r for r in read_tsv(p(ds, q, "check"))}
            data[ds] = (js, checks)
            for t in js:
                if t not in tools:
                    tools.append(t)
        rows = []
        for t in tools:
            row = [t]
            for ds in names:
                js, checks = data[ds]
                m = median(js.get(t))
                base = median(js.get("twin"))
                if m is None:
                    row.append("-")
                    continue
                cell = fmt_time(m)
                if t != "twin" and base:
                    cell += f" ({fmt_ratio(m / base)})"
                if checks.get(t, ["", "", ""])[2] == "differs":
                    cell += " ⚠"
                row.append(cell)
            rows.append(row)
        w(table(["tool"] + names, rows))
        w("")

    w("## Answers\n")
    w("Number of links each tool printed, and whether it is the same set of "
      "links as twin's (compared as unordered pairs of city and country, with "
      "year and status; names compared case-insensitively). As twin does by "
      "default, every tool leaves ended links out of `partners` and `decade`.\n")
    rows = []
    for q, _ in QUESTIONS:
        for ds in names:
            checks = read_tsv(p(ds, q, "check"))
            if checks:
                rows.append([q, ds] + [f"{t}: {n}" + ("" if v in ("same", "reference") else " ⚠ differs")
                                       for t, n, v in checks])
    width = max((len(r) for r in rows), default=2)
    rows = [r + [""] * (width - len(r)) for r in rows]
    w(table(["question", "registry"] + ["answer"] * (width - 2), rows, left=width))
    w("")

    w("## SQLite import\n")
    w("Creating the database from the CSV (`.import --csv`) and building the four "
      "indexes, one run; this is paid once, before the query times above.\n")
    rows = []
    for ds, f, size, recs, name in datasets:
        js = load_json(p(ds, "import", "json"))
        m = median(js.get("sqlite3 import+index"))
        info = dict(read_tsv(p(ds, "import", "info")))
        if m is None:
            continue
        dbb = int(info.get("db_bytes", 0))
        rows.append([ds, fmt_time(m), fmt_bytes(dbb), f"{dbb / int(size):.1f}×"])
    w(table(["registry", "import + index", "database size", "database / CSV"], rows)
      if rows else "(sqlite3 not available)")
    w("")

    w("## Loading\n")
    w("`true` is the cost of starting a process at all, included in every "
      "figure on this page; `wc -l` reads the file (I/O floor); `csvfloor` parses it with libcsv "
      "without storing anything (floor for a libcsv-based loader); `twin load` "
      "is `twin partners` on a name that does not exist, so it is twin's "
      "load plus one failed lookup, parsing the CSV; `twin load (snapshot)` "
      "is the same with twin's snapshot of the parsed registry.\n")
    rows = []
    for ds, f, size, recs, name in datasets:
        js = load_json(p(ds, "load", "json"))
        tr, wc, fl, tw, ts = (median(js.get(k)) for k in
                              ("true", "wc -l", "csvfloor", "twin load", "twin load (snapshot)"))
        rows.append([ds, fmt_bytes(size), fmt_time(tr), fmt_time(wc), fmt_time(fl), fmt_time(tw),
                     fmt_ratio(tw / fl) if tw and fl else "-",
                     f"{int(size) / fl / 1048576:.0f} MiB/s" if fl else "-",
                     f"{int(size) / tw / 1048576:.0f} MiB/s" if tw else "-",
                     fmt_time(ts)])
    w(table(["registry", "size", "true", "wc -l", "csvfloor", "twin load", "twin / csvfloor",
             "csvfloor throughput", "twin throughput", "twin load (snapshot)"], rows))
    w("")

    render_targets(res, w, datasets)
    render_profile(res, w)
    render_model(res, w)
    render_time(res, w)
    render_map(res, w)
    render_network(res, w)

    w("## Peak memory\n")
    w("Maximum resident set size (`/usr/bin/time -v`) of each tool answering "
      "`partners NAME`, and of twin's load; ratio = twin's peak RSS / file size.\n")
    tools = []
    rss = {}
    for ds in names:
        rss[ds] = {r[0]: int(r[1]) for r in read_tsv(p(ds, "rss", "tsv")) if len(r) >= 2 and r[1].isdigit()}
        for t in rss[ds]:
            if t not in tools:
                tools.append(t)
    if tools:
        rows = []
        for ds, f, size, recs, name in datasets:
            r = rss[ds]
            row = [ds, fmt_bytes(size)] + [fmt_bytes(r[t] * 1024) if t in r else "-" for t in tools]
            row.append(f"{r['twin'] * 1024 / int(size):.1f}×" if "twin" in r else "-")
            rows.append(row)
        w(table(["registry", "file size"] + tools + ["twin RSS / file"], rows))
    else:
        w("(/usr/bin/time not available)")
    w("")

    w("## One process for 1,000 questions\n")
    w("The same 1,000 city names (spread over the file) asked once through "
      "`twin partners -`, which reads them from stdin after one load, and as "
      "1,000 separate `twin partners NAME` processes, each loading the "
      "registry (parsing it, or reading its snapshot). When the separate runs "
      "would take too long, a prefix of the names is run and the total is "
      "extrapolated (column *measured*). The batch output is checked to be "
      "byte-identical to the separate runs' output for up to 100 names.\n")
    rows = []
    for ds, f, size, recs, name in datasets:
        info = {r[0]: r[1] for r in read_tsv(p(ds, "batch", "info")) if len(r) >= 2}
        b = median(next(iter(load_json(p(ds, "batch", "json")).values()), None))
        if b is None:
            continue
        nn = int(info.get("names", 0))
        rows.append([ds, "`twin partners -` (one process)", fmt_time(b), fmt_time(b / nn), "all", "1×"])
        for variant, label in (("single", "`twin partners NAME` × " + str(nn)),
                               ("single-snapshot", "`twin partners NAME` × " + str(nn) + ", snapshot")):
            s = median(next(iter(load_json(p(ds, variant, "json")).values()), None))
            ns = int(info.get(variant, 0) or 0)
            if s is None or not ns:
                continue
            total = s * nn / ns
            rows.append([ds, label, fmt_time(total), fmt_time(total / nn),
                         "all" if ns >= nn else f"{ns} of {nn}", fmt_ratio(total / b)])
        if "same" in info:
            rows.append([ds, "check", "", "", "", f"same output ({info['same']})"])
        elif "differ" in info:
            rows.append([ds, "check", "", "", "", f"⚠ output differs ({info['differ']})"])
    w(table(["registry", "how", "total", "per name", "measured", "vs batch"], rows, left=2))
    w("")

    w("## Commands\n")
    w("Run from `tests/bench/`; `out/` holds the generated registries and the "
      "SQLite databases. Queries were timed with "
      "`hyperfine --style basic --output=pipe -i --warmup W --runs R -N` "
      "(W and R depend on the size: 3/10 up to 200k links, 1/3 up to 2M, "
      "0/2 above; the batch runs without `-N`, through `sh`).\n")
    for ds in names:
        w(f"<details><summary>{ds}</summary>\n")
        w("```sh")
        for test in ("import", "partners", "decade", "suspended", "load", "snapwrite",
                     "cities", "stats", "batch", "single"):
            cmds = read_cmds(p(ds, test, "cmds"))
            if not cmds:
                continue
            w(f"# {test}")
            for tool, cmd in cmds:
                w(f"{cmd}    # {tool}")
        w("```\n")
        w("</details>\n")
    return "\n".join(out).rstrip() + "\n"


def cmd_model(src, regions_path, restated_path):
    """Write the two variants of the registry model section: src with region
    columns (every third row names a region, one of 50 per country), and
    src with every tenth link stated again from its other end."""
    with open(src, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    with open(regions_path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header + ["region", "partner_region"])
        for i, r in enumerate(body):
            region = f"Region {zlib.crc32(r[0].encode()) % 50}" if i % 3 == 0 else ""
            out.writerow(r + [region, ""])
    with open(restated_path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        out.writerows(body)
        for r in body[::10]:
            out.writerow([r[2], r[3], r[0], r[1]] + r[4:])
    print(f"rows\t{len(body)}")
    return 0


def render_model(res, w):
    js = load_json(os.path.join(res, "model.load.json"))
    if not js:
        return
    info = dict(r for r in read_tsv(os.path.join(res, "model.info")) if len(r) == 2)
    w("## Registry model\n")
    w("What the registry model costs when loading (`twin load`, parsing the "
      "CSV): the largest synthetic registry as generated; the same rows with "
      "`region` and `partner_region` columns, a third of the rows naming a "
      "region, so that many cities are written both with a region and "
      "without one and are settled after loading; and the same rows with "
      "every tenth link stated again from its other end, which twin merges "
      "into one link. Per row = load time / rows.\n")
    base = median(js.get("as generated"))
    brows = int(info.get("plain.rows", 0) or 0)
    rows = []
    for name, key in (("as generated", "plain"), ("with regions", "model-regions"),
                      ("restated", "model-restated")):
        m = median(js.get(name))
        n = int(info.get(key + ".rows", 0) or 0)
        links = info.get(key + ".links", "?")
        if m is None or not n:
            continue
        per = m / n
        rows.append([name, f"{n:,}", f"{int(links):,}" if links.isdigit() else links,
                     fmt_time(m), f"{per * 1e9:.0f} ns",
                     fmt_ratio(per / (base / brows)) if base and brows else "-"])
    w(table(["registry", "rows", "links", "twin load", "per row", "per row / as generated"], rows))
    w("")


def render_time(res, w):
    js = load_json(os.path.join(res, "time.stats.json"))
    if not js:
        return
    w("## The registry in time\n")
    w("`twin stats` on world-wikipedia as it stands, and as it stood at the "
      "end of 1989 (`--as-of 1989`), parsing the CSV and from the snapshot; "
      "ratio = `--as-of` / plain.\n")
    rows = []
    for suffix in ("", " (snapshot)"):
        plain = median(js.get("stats" + suffix))
        as_of = median(js.get("stats --as-of 1989" + suffix))
        if plain is None or as_of is None:
            continue
        rows.append(["parsing" if not suffix else "snapshot", fmt_time(plain),
                     fmt_time(as_of), fmt_ratio(as_of / plain)])
    w(table(["how", "stats", "stats --as-of 1989", "ratio"], rows))
    w("")


def render_map(res, w):
    js = load_json(os.path.join(res, "map.world.json"))
    if not js:
        return
    info = {}
    path = os.path.join(res, "map.info")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                k, v = line.rstrip("\n").split("\t")
                info[k] = v
    w("## The world on a map, and places at load\n")
    w("`twin map` of the whole world registry with world-places.csv "
      "(load included, parsing the CSV and from the snapshot), and "
      "`partners Turku` parsing the registry without and with the places "
      "file: the cost of placing the cities when loading. Target: the map "
      "well under a second, its SVG under 5 MB.\n")
    rows = []
    for name in ("map", "map (snapshot)", "partners, no places",
                 "partners, places"):
        m = median(js.get(name))
        if m is not None:
            rows.append([name, fmt_time(m)])
    w(table(["question", "time"], rows))
    plain = median(js.get("partners, no places"))
    placed = median(js.get("partners, places"))
    if plain and placed:
        w("")
        w(f"Loading the places costs {fmt_ratio(placed / plain)} the load "
          "without them.")
    if info:
        w("")
        w(f"The SVG: {int(info.get('svg_bytes', 0)) / 1e6:.2f} MB, "
          f"{int(info.get('arcs', 0)):,} arcs.")
    w("")


def paired_rounds(res, ds):
    """The hyperfine results of each paired round of ds, in round order
    (tests/bench/run writes DS.paired.ROUND.json)."""
    pat = re.compile(re.escape(ds) + r"\.paired\.(\d+)\.json$")
    try:
        files = os.listdir(res)
    except OSError:
        return []
    found = sorted((int(m.group(1)), m.group(0)) for m in map(pat.match, files) if m)
    return [load_json(os.path.join(res, fn)) for _, fn in found]


def render_targets(res, w, datasets):
    """The speed targets of a cold and a warm load. Those of twin against
    csvfloor, awk and SQLite come from the paired rounds when the run made
    them, as the median of the ratios taken within each round; the others,
    and all of them in results without rounds, are ratios of two medians of
    this run."""
    p = lambda *a: os.path.join(res, ".".join(a))
    med = lambda ds, test, name: median(load_json(p(ds, test, "json")).get(name))
    rss = lambda ds: {r[0]: int(r[1]) for r in read_tsv(p(ds, "rss", "tsv"))
                      if len(r) >= 2 and r[1].isdigit()}
    sizes = {d[0]: int(d[2]) for d in datasets}
    rounds = {ds: paired_rounds(res, ds) for ds in sizes}
    rows = []
    used_rounds = []

    def add_ratio(what, r, limit, how, or_else=None):
        """or_else: the target's other way of being met, when it is."""
        if r is None:
            rows.append([what, how, "-", f"≤ {limit:.2f}×", "not measured"])
            return
        rows.append([what, how, f"{r:.2f}×",
                     f"≤ {limit:.2f}×" + (f", or {or_else}" if or_else else ""),
                     "met" if r <= limit or or_else else "not met"])

    def add(what, num, den, limit, how, or_else=None):
        add_ratio(what, num / den if num is not None and den else None,
                  limit, how, or_else)

    def add_paired(what, ds, num, den, limit, how, fallback):
        """num / den in each paired round of ds, the median of those ratios
        against the limit; how(t_num, t_den) says what was measured.
        Without rounds holding both: fallback, the medians (t_num, t_den)
        of the sets the tables show."""
        ratios, tn, td = [], [], []
        for js in rounds[ds]:
            a, b = median(js.get(num)), median(js.get(den))
            if a and b:
                ratios.append(a / b)
                tn.append(a)
                td.append(b)
        if not ratios:
            add(what, *fallback, limit, how(*fallback))
            return
        n = len(ratios)
        used_rounds.append(n)
        add_ratio(what, statistics.median(ratios), limit,
                  how(statistics.median(tn), statistics.median(td))
                  + f", median of {n} paired round{'s' if n != 1 else ''} "
                  f"(range {min(ratios):.2f}–{max(ratios):.2f}×)")

    for ds, limit_floor, limit_awk in (("world-wikipedia", 2.0, 1.25),
                                       ("synthetic-1M", 1.5, 1.6)):
        if ds not in sizes:
            continue
        tw = med(ds, "partners", "twin")
        add_paired(f"cold, {ds}", ds, "twin", "csvfloor", limit_floor,
                   lambda a, b: f"twin partners {fmt_time(a)} / csvfloor {fmt_time(b)}",
                   (tw, med(ds, "load", "csvfloor")))
        add_paired(f"cold, {ds}", ds, "twin", "awk", limit_awk,
                   lambda a, b: f"twin partners / awk {fmt_time(b)}",
                   (tw, med(ds, "partners", "awk")))
    if "synthetic-10M" in sizes and "synthetic-1M" in sizes:
        t10, t1 = med("synthetic-10M", "partners", "twin"), med("synthetic-1M", "partners", "twin")
        add("cold, 10M rows linear", t10 / 10 if t10 else None, t1, 1.1,
            f"(twin at 10M / 10) / twin at 1M: {fmt_time(t10)}, {fmt_time(t1)}")
    if "world-wikipedia" in sizes:
        ds = "world-wikipedia"
        for test, question in (("partners", "partners NAME"), ("cities", "cities"),
                               ("stats", "stats --counts")):
            how = lambda a, b, q=question: \
                f"twin (snapshot) {q} {fmt_time(a)} / sqlite3 with indexes {fmt_time(b)}"
            fallback = (med(ds, test, "twin (snapshot)"), med(ds, test, "sqlite3"))
            if test == "partners":
                add_paired(f"warm, {ds}", ds, "twin (snapshot)", "sqlite3", 1.0, how, fallback)
            else:
                add(f"warm, {ds}", *fallback, 1.0, how(*fallback))
    for ds in ("synthetic-1M",):
        if ds in sizes and "twin" in rss(ds):
            add(f"cold, {ds}", rss(ds)["twin"] * 1024, sizes[ds], 1.5,
                f"peak RSS {fmt_bytes(rss(ds)['twin'] * 1024)} / file size {fmt_bytes(sizes[ds])}")
    for ds in ("synthetic-1M",):
        info = dict(r for r in read_tsv(p(ds, "warmrss", "info")) if len(r) == 2)
        if ds in sizes and "warm_rss_kb" in info:
            beyond = int(info["warm_rss_kb"]) * 1024 - int(info["snapshot_bytes"])
            rows.append([f"warm, {ds}",
                         f"peak RSS {fmt_bytes(int(info['warm_rss_kb']) * 1024)} "
                         f"with its snapshot of {fmt_bytes(int(info['snapshot_bytes']))} mapped",
                         f"{fmt_bytes(beyond)} beyond", f"≤ {WARM_RSS_BEYOND_MIB} MiB beyond",
                         "met" if beyond <= WARM_RSS_BEYOND_MIB << 20 else "not met"])
    for ds in ("world-wikipedia", "synthetic-1M"):
        if ds not in sizes:
            continue
        off = med(ds, "snapwrite", "twin partners (no snapshot)")
        on = med(ds, "snapwrite", "twin partners (writing its snapshot)")
        add(f"snapshot, {ds}", on - off if on and off else None, on, 0.10,
            f"writing it adds {fmt_time(on - off) if on and off else '-'} to a cold run "
            f"of {fmt_time(on)}", or_else="after the answer")
    if not rows:
        return
    w("## Targets\n")
    if used_rounds:
        w("The targets of twin against csvfloor and awk, and against SQLite "
          "on `partners NAME`, are measured in paired rounds (the rows that "
          "say so): each round is one hyperfine invocation timing those "
          "commands side by side (in reverse order every other round), the "
          "ratio is taken within each round, and the table gives the median "
          "of the rounds' ratios and their range. "
          "The machine's speed drifts from minute to minute, so two medians "
          "from sets run minutes apart make an unsteady ratio. The times "
          "shown with them are medians over the rounds, and may differ from "
          "the tables above. The other targets are ratios of two medians of "
          "this run (from the tables above and below). The snapshot is "
          "written after the answer, with standard output flushed, so its "
          "share is what the whole process takes longer, not what the "
          "answer waits.\n")
    else:
        w("Each target of the load as a ratio of two medians of this run (the "
          "figures come from the tables above and below). The snapshot is "
          "written after the answer, with standard output flushed, so its share "
          "is what the whole process takes longer, not what the answer waits.\n")
    w(table(["target", "measured", "ratio", "limit", ""], rows, left=2))
    w("")


def read_profile(path):
    """Total and top functions of a callgrind_annotate listing."""
    total, funcs = None, []
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                m = re.match(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$", line)
                if not m:
                    continue
                n = int(m.group(1).replace(",", ""))
                what = m.group(3)
                if "PROGRAM TOTALS" in what:
                    total = n
                    continue
                name = what.split(" [")[0]
                fn = name.rsplit(":", 1)[-1]
                src = os.path.basename(name.rsplit(":", 1)[0]) if ":" in name else ""
                lib = what.split(" [")[1].rstrip("]") if " [" in what else ""
                where = src if src and src != "???" else os.path.basename(lib)
                funcs.append((fn, where, n))
    except OSError:
        pass
    return total, funcs


def render_profile(res, w):
    before = read_profile(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                       "profile-before.txt"))
    after = read_profile(os.path.join(res, "profile.txt"))
    if after[0] is None:
        return
    w("## Load profile\n")
    w("Instructions of a cold `twin -f world-wikipedia.csv partners Tampere` "
      "(`TWIN_CACHE=off valgrind --tool=callgrind`, then `callgrind_annotate`), "
      "both threads together: the top five functions, before the load was "
      "split over two threads ([profile-before.txt](profile-before.txt), "
      "twin at 881742c) and in this run.\n")
    rows = []
    for label, (total, funcs) in (("before", before), ("this run", after)):
        if total is None:
            continue
        rows.append([label, "total", "", f"{total:,}", "100%"])
        for fn, where, n in funcs[:5]:
            rows.append(["", f"`{fn}`", where, f"{n:,}", f"{100 * n / total:.1f}%"])
    w(table(["profile", "function", "in", "instructions", "share"], rows, left=3))
    w("")


def render_network(res, w):
    js = load_json(os.path.join(res, "network.twin.json"))
    path = os.path.join(res, "network.nx")
    if not js or not os.path.exists(path):
        return
    nx_times, how = {}, {}
    with open(path) as f:
        for line in f:
            k, secs, estimated, sources = line.rstrip("\n").split("\t")
            if secs:
                nx_times[k] = float(secs)
                how[k] = ("scaled from %s cities' searches" % sources
                          if estimated == "yes" else "exact run")
    w("## Network measures: twin and networkx\n")
    w("On world-wikipedia, loading the CSV included, as a user runs each: "
      "`twin stats` (every measure: components, exact diameter and mean "
      "distance, triangles, clustering, transitivity, assortativity, Gini, "
      "power law) against tests/bench/nx_network.py computing the same with "
      "networkx (all but the power law, which networkx lacks), and `twin rank "
      "--by betweenness` against `networkx.betweenness_centrality`. The "
      "searches from every city take networkx hours, so it searches from a "
      "fixed sample of cities and its time is scaled to all of them (its "
      "time grows with the number of sources); the rest of networkx's work "
      "is timed in full. networkx's graph is built from the names as "
      "written, twin's from folded names, so networkx has a few more cities "
      "(17,213 against 17,173). ratio = networkx / twin.\n")
    rows = []
    for name, key in (("twin stats", "stats"),
                      ("twin rank --by betweenness", "betweenness")):
        t = median(js.get(name))
        n = nx_times.get(key)
        if t is None or n is None:
            continue
        rows.append([name, fmt_time(t), fmt_time(n), how[key],
                     fmt_ratio(n / t)])
    w(table(["question", "twin", "networkx", "networkx's time", "ratio"],
            rows))
    w("")


def main(argv):
    if len(argv) >= 2 and argv[1] == "check":
        return cmd_check(argv[2:])
    if len(argv) == 4 and argv[1] == "names":
        return cmd_names(argv[2], int(argv[3]))
    if len(argv) == 4 and argv[1] == "median":
        return cmd_median(argv[2], argv[3])
    if len(argv) == 5 and argv[1] == "model":
        return cmd_model(argv[2], argv[3], argv[4])
    if len(argv) == 3 and argv[1] == "render":
        sys.stdout.write(cmd_render(argv[2]))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
