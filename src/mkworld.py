#!/usr/bin/env python3
"""Write src/world_table.c: the country outlines that `twin map` draws.

The outlines are Natural Earth's 1:110m admin-0 countries (public domain),
as Debian's python3-geopandas ships them (bookworm: 0.12.2).  Run by
maintainers when that data changes:

    python3 src/mkworld.py > src/world_table.c

which reads the shapefile where python3-geopandas installs it, or, without
installing the package and its many dependencies:

    apt-get download python3-geopandas && dpkg -x python3-geopandas_*.deb /tmp/gp
    python3 src/mkworld.py /tmp/gp/usr/lib/python3/dist-packages/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp > src/world_table.c

geopandas itself is not imported: the .shp (ESRI shapefile of polygons)
and the .dbf beside it (dBase III) are read here with struct, which is
all the two formats need.

Each point is rounded to a hundredth of a degree (at most 0.56 km off,
well below what a 1:110m outline holds) and kept as two int16; a point
that rounds onto the one before it is dropped.  Rings stay closed (the
last point repeats the first), outer rings and holes alike, in the
shapefile's order; a drawer fills a country's rings as one path with the
even-odd rule.
"""
import math
import os
import struct
import sys

from cstrings import c_string

SHP = ("/usr/lib/python3/dist-packages/geopandas/datasets/"
       "naturalearth_lowres/naturalearth_lowres.shp")
SCALE = 100             # units per degree in world_points
SHP_POLYGON = 5
SHP_NULL = 0


def read_dbf(path):
    """The records of a dBase III file as dicts of stripped strings."""
    with open(path, "rb") as f:
        data = f.read()
    nrec, hlen, rlen = struct.unpack_from("<IHH", data, 4)
    fields = []
    off = 32
    while data[off] != 0x0D:
        name = data[off:off + 11].split(b"\0")[0].decode("ascii")
        width = data[off + 16]
        fields.append((name, width))
        off += 32
    # The .cpg beside it names the encoding; Natural Earth's is Latin-1.
    enc = "latin-1"
    cpg = os.path.splitext(path)[0] + ".cpg"
    if os.path.exists(cpg):
        with open(cpg) as f:
            enc = f.read().strip() or enc
    records = []
    for i in range(nrec):
        rec = data[hlen + i * rlen:hlen + (i + 1) * rlen]
        if rec[:1] == b"*":
            records.append(None)        # deleted; keeps the shp order
            continue
        pos = 1
        row = {}
        for name, width in fields:
            row[name] = rec[pos:pos + width].decode(enc).strip()
            pos += width
        records.append(row)
    return records


def read_shp(path):
    """The polygons of a shapefile: for each record, a list of rings of
    (lon, lat) pairs, or None for a null shape."""
    with open(path, "rb") as f:
        data = f.read()
    code, = struct.unpack_from(">i", data, 0)
    words, = struct.unpack_from(">i", data, 24)
    stype, = struct.unpack_from("<i", data, 32)
    if code != 9994 or stype != SHP_POLYGON:
        sys.exit("mkworld: %s: not a shapefile of polygons" % path)
    end = min(len(data), words * 2)
    shapes = []
    off = 100
    while off + 8 <= end:
        _, clen = struct.unpack_from(">ii", data, off)
        body = off + 8
        off = body + clen * 2
        t, = struct.unpack_from("<i", data, body)
        if t == SHP_NULL:
            shapes.append(None)
            continue
        if t != SHP_POLYGON:
            sys.exit("mkworld: %s: shape type %d" % (path, t))
        nparts, npoints = struct.unpack_from("<ii", data, body + 36)
        parts = list(struct.unpack_from("<%di" % nparts, data, body + 44))
        pts = struct.unpack_from("<%dd" % (2 * npoints), data,
                                 body + 44 + 4 * nparts)
        parts.append(npoints)
        rings = []
        for a, b in zip(parts, parts[1:]):
            rings.append([(pts[2 * k], pts[2 * k + 1]) for k in range(a, b)])
        shapes.append(rings)
    return shapes


def quantize(ring):
    """The ring in hundredths of a degree, without repeated points."""
    out = []
    for lon, lat in ring:
        p = (int(math.floor(lon * SCALE + 0.5)),
             int(math.floor(lat * SCALE + 0.5)))
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def check_antimeridian(name, ring):
    """Natural Earth cuts its rings at the antimeridian (Russia's and
    Fiji's end at 180 and start again at -180), so no edge of a ring
    jumps across it and a drawer need not split rings.  The one edge
    allowed to is Antarctica's along the South Pole, from 180 to -180 at
    -90, which every projection here draws as the map's bottom edge."""
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if abs(x1 - x0) > 180 * SCALE and not (
                y0 == y1 and abs(y0) == 90 * SCALE):
            sys.exit("mkworld: %s: an edge crosses the antimeridian, "
                     "from %r to %r" % (name, (x0, y0), (x1, y1)))


def main():
    shp = sys.argv[1] if len(sys.argv) > 1 else SHP
    if not os.path.exists(shp):
        sys.exit("mkworld: %s: no such file; see the top of %s for how "
                 "to get it" % (shp, sys.argv[0]))
    shapes = read_shp(shp)
    records = read_dbf(os.path.splitext(shp)[0] + ".dbf")
    if len(shapes) != len(records):
        sys.exit("mkworld: %s: %d shapes but %d records" %
                 (shp, len(shapes), len(records)))
    countries = []
    for rings, rec in zip(shapes, records):
        if rings is None or rec is None:
            continue
        name = rec["name"]
        code = rec.get("iso_a3", "")
        if not code or code == "-99":
            code = name
        kept = []
        for r in rings:
            q = quantize(r)
            if len(q) >= 4:     # three corners and the closing point
                kept.append(q)
        for q in kept:
            check_antimeridian(name, q)
        if kept:
            countries.append((code, name, kept))
    countries.sort(key=lambda c: c[0])

    out = sys.stdout
    w = out.write
    w("/*\n"
      " * world_table.c: generated by src/mkworld.py; do not edit.\n"
      " *\n"
      " * The outlines of the countries: Natural Earth's 1:110m admin-0\n"
      " * countries (naturalearthdata.com; public domain), as the\n"
      " * naturalearth_lowres dataset of Debian's python3-geopandas ships\n"
      " * them, in hundredths of a degree.\n"
      " */\n")
    w('#include "world_table.h"\n\n')
    w("const struct world_country world_countries[] = {\n")
    ring = 0
    for code, name, rings in countries:
        w("\t{ %s, %s, %d, %d },\n" % (c_string(code), c_string(name),
                                        ring, len(rings)))
        ring += len(rings)
    w("};\n\n")
    w("const size_t world_countries_len = %d;\n\n" % len(countries))

    w("const uint32_t world_ring_start[] = {\n")
    start = 0
    line = []
    for _, _, rings in countries:
        for r in rings:
            line.append(str(start))
            start += len(r)
    line.append(str(start))
    write_numbers(w, line)
    w("};\n\n")
    w("const size_t world_rings_len = %d;\n\n" % ring)

    w("const struct world_point world_points[] = {\n")
    nums = []
    for _, _, rings in countries:
        for r in rings:
            for lon, lat in r:
                nums.append("{%d,%d}" % (lon, lat))
    write_numbers(w, nums)
    w("};\n\n")
    w("const size_t world_points_len = %d;\n" % start)


def write_numbers(w, items):
    """Items separated by commas, in lines of at most 80 columns."""
    line = "\t"
    for it in items:
        if len(line) + len(it) + 1 > 72:
            w(line.rstrip() + "\n")
            line = "\t"
        line += it + ","
    if line.strip():
        w(line + "\n")


main()
