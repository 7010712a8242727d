#!/usr/bin/env python3
"""Compare a places file that twin locate wrote with checked answers.

usage: compare.py OURS.csv CHECKED.csv [KM]

Both are places files (city,country,region,lat,lon and a source or
geonameid column), joined on city and country.  Prints how many cities
each has, how many both have, how many of those agree within KM km
(default 10) and the ten that differ most.  Exits 1 when any differ.
"""
import csv
import math
import sys


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {(r["city"], r["country"]): r for r in csv.DictReader(f)}


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (float(a["lat"]), float(a["lon"]),
                                            float(b["lat"]), float(b["lon"])))
    h = (math.sin((la2 - la1) / 2) ** 2 +
         math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def main():
    ours, checked = read(sys.argv[1]), read(sys.argv[2])
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    both = [k for k in checked if k in ours]
    dist = sorted(((km(ours[k], checked[k]), k) for k in both), reverse=True)
    differ = [(d, k) for d, k in dist if d > limit]
    print("checked: %d cities; located: %d; both: %d" %
          (len(checked), len(ours), len(both)))
    print("agree within %g km: %d; differ: %d" %
          (limit, len(both) - len(differ), len(differ)))
    print("only in the checked file: %d; only located: %d" %
          (len(checked) - len(both), len([k for k in ours if k not in checked])))
    for d, k in differ[:10]:
        print("  %s (%s): %.0f km: %s vs geonameid %s" %
              (k[0], k[1], d, ours[k].get("source", ""),
               checked[k].get("geonameid", checked[k].get("source", ""))))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
