#!/usr/bin/env python3
"""Check twin's distances and GeoJSON against what is computed here.

Usage: check.py TWIN
Distances: each link's km from `twin partners --distance`, against the
great-circle distance computed apart (atan2 of the cross and dot products
of unit vectors, on a sphere of 6371.0088 km): Turku-Bergen, Suva-Apia
across the antimeridian, and two antipodes.  GeoJSON: RFC 7946 at the
level of its schema (a FeatureCollection of Features, each with a
geometry of a known type and properties), positions as [longitude,
latitude] within range, and the link across the antimeridian cut into a
MultiLineString whose parts meet at 180 and -180.
"""
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "cli", "fixtures")
REG = ["-f", os.path.join(FIX, "geo.csv"), "-f",
       os.path.join(FIX, "geo-places.csv")]
R = 6371.0088
failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL geo: " + msg)


def twin(*args, status=0):
    p = subprocess.run([sys.argv[1]] + REG + list(args), capture_output=True,
                       text=True, env=dict(os.environ, TWIN_CACHE="off"))
    if p.returncode != status:
        fail("%s: exit %d, expected %d: %s" % (" ".join(args), p.returncode,
                                                status, p.stderr.strip()))
    return p.stdout, p.stderr


def distance(a, b):
    (la1, lo1), (la2, lo2) = [(math.radians(x), math.radians(y))
                              for x, y in (a, b)]
    u = [(math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo),
          math.sin(la)) for la, lo in ((la1, lo1), (la2, lo2))]
    cross = (u[0][1] * u[1][2] - u[0][2] * u[1][1],
             u[0][2] * u[1][0] - u[0][0] * u[1][2],
             u[0][0] * u[1][1] - u[0][1] * u[1][0])
    dot = sum(p * q for p, q in zip(*u))
    return R * math.atan2(math.sqrt(sum(c * c for c in cross)), dot)


PLACES = {"Turku": (60.4515, 22.2687), "Bergen": (60.3930, 5.3242),
          "Suva": (-18.1416, 178.4419), "Apia": (-13.8333, -171.7667),
          "Antipodea": (40.0, -4.0), "Antipodes": (-40.0, 176.0)}


def check_distances():
    want = {("Turku", "Bergen"), ("Suva", "Apia"), ("Antipodea", "Antipodes")}
    out, _ = twin("partners", "--distance", "-o", "json", "Turku", "Suva",
                  "Antipodea")
    got = {(r["city"], r["partner"]): r["km"] for r in json.loads(out)}
    for a, b in want:
        d = round(distance(PLACES[a], PLACES[b]), 1)
        if got.get((a, b)) != d:
            fail("%s-%s is %r km, expected %.1f" % (a, b, got.get((a, b)), d))
    if abs(distance(PLACES["Antipodea"], PLACES["Antipodes"]) - math.pi * R) \
            > 1e-6:
        fail("the antipodes of the fixture are not antipodes")
    if got.get(("Turku", "Nowhere"), "absent") is not None:
        fail("a link to a city with no place has a km: %r"
             % got.get(("Turku", "Nowhere")))
    # To the ten-thousandth of a km: stats' shortest and longest links.
    out, _ = twin("stats", "-o", "json")
    st = json.loads(out)
    for key, a, b in (("shortest_km", "Turku", "Bergen"),
                      ("longest_km", "Antipodea", "Antipodes")):
        d = distance(PLACES[a], PLACES[b])
        if abs(st[key] - d) > 5e-5:
            fail("stats %s is %r, expected %.4f" % (key, st[key], d))
    # --max-km and --min-km: the short link alone, the long ones alone.
    out, _ = twin("links", "--max-km", "1000", "-o", "json")
    if [(r["city"], r["partner"]) for r in json.loads(out)] != \
            [("Turku", "Bergen")]:
        fail("links --max-km 1000: %s" % out)
    out, _ = twin("links", "--min-km", "20000", "-o", "json")
    if [(r["city"], r["partner"]) for r in json.loads(out)] != \
            [("Antipodea", "Antipodes")]:
        fail("links --min-km 20000: %s" % out)


def position(p, where):
    if not (isinstance(p, list) and len(p) == 2 and
            all(isinstance(x, (int, float)) for x in p)):
        fail("%s: a position is not [lon, lat]: %r" % (where, p))
        return
    if not (-180 <= p[0] <= 180 and -90 <= p[1] <= 90):
        fail("%s: position out of range: %r" % (where, p))


def geometry(g, where):
    """RFC 7946 3.1: the geometry types twin writes, and their shape."""
    t, c = g.get("type"), g.get("coordinates")
    if t == "Point":
        position(c, where)
    elif t == "LineString":
        if len(c) < 2:
            fail("%s: a LineString of %d positions" % (where, len(c)))
        for p in c:
            position(p, where)
    elif t == "MultiLineString":
        for line in c:
            geometry({"type": "LineString", "coordinates": line}, where)
    else:
        fail("%s: geometry type %r" % (where, t))


def collection(text, where):
    try:
        d = json.loads(text)
    except ValueError as e:
        fail("%s: not JSON: %s" % (where, e))
        return []
    if d.get("type") != "FeatureCollection" or \
            not isinstance(d.get("features"), list):
        fail("%s: not a FeatureCollection" % where)
        return []
    for f in d["features"]:
        if f.get("type") != "Feature" or \
                not isinstance(f.get("properties"), dict):
            fail("%s: a feature without type or properties: %r" % (where, f))
        geometry(f.get("geometry", {}), where)
    return d["features"]


def check_geojson():
    out, err = twin("partners", "-o", "geojson", "Turku", "Suva")
    if "1 link left out" not in err:
        fail("partners -o geojson: no word of the link left out: %r" % err)
    feats = collection(out, "partners -o geojson")
    lines = [f for f in feats if f["geometry"]["type"] != "Point"]
    points = {f["properties"]["city"]: f["geometry"]["coordinates"]
              for f in feats if f["geometry"]["type"] == "Point"}
    if len(lines) != 2 or set(points) != {"Turku", "Bergen", "Suva", "Apia"}:
        fail("partners -o geojson: %d lines, points %s" % (len(lines),
                                                           sorted(points)))
    # Longitude first: Turku is at 22 E, 60 N.
    if points.get("Turku") != [22.2687, 60.4515]:
        fail("Turku's Point is %r, expected [22.2687, 60.4515]"
             % points.get("Turku"))
    for f in lines:
        p = f["properties"]
        g = f["geometry"]
        ends = (g["coordinates"][0][0], g["coordinates"][-1][-1]) \
            if g["type"] == "MultiLineString" else \
            (g["coordinates"][0], g["coordinates"][-1])
        want = [[PLACES[p["city"]][1], PLACES[p["city"]][0]],
                [PLACES[p["partner"]][1], PLACES[p["partner"]][0]]]
        if [[round(x, 4) for x in e] for e in ends] != want:
            fail("%s-%s: the line runs %r, expected %r" % (
                p["city"], p["partner"], ends, want))
        if p["city"] == "Suva":
            if g["type"] != "MultiLineString" or len(g["coordinates"]) != 2:
                fail("Suva-Apia is not cut at the antimeridian: %s"
                     % g["type"])
                continue
            a, b = g["coordinates"][0][-1], g["coordinates"][1][0]
            if a[0] != 180 or b[0] != -180 or a[1] != b[1]:
                fail("Suva-Apia's parts meet at %r and %r" % (a, b))
        elif g["type"] != "LineString":
            fail("%s-%s is cut but crosses no antimeridian" % (
                p["city"], p["partner"]))
        if "km" not in p or "status" not in p:
            fail("a link's properties lack km or status: %r" % p)
    out, _ = twin("places", "-o", "geojson")
    feats = collection(out, "places -o geojson")
    if sorted(f["properties"]["city"] for f in feats) != sorted(PLACES):
        fail("places -o geojson: %r" % [f["properties"]["city"]
                                         for f in feats])
    out, _ = twin("show", "Suva", "Apia", "-o", "geojson")
    feats = collection(out, "show -o geojson")
    if len(feats) != 3 or "sources" not in feats[0]["properties"]:
        fail("show -o geojson: %d features" % len(feats))


def main():
    check_distances()
    check_geojson()
    print("geo: %s" % ("passed" if failures == 0 else
                       "%d failed" % failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
