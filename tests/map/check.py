#!/usr/bin/env python3
"""Check the SVG that twin map writes, on the fixture registry and its
places file in tests/cli/fixtures: well-formed XML (and xmllint's word
where it is installed), one arc per drawn link and one dot per drawn
city, titles on each, names escaped, the link across the antimeridian
cut in two, -O writing what stdout gets, and rsvg-convert drawing each
projection where it is installed.

usage: check.py TWIN     exits 0 when all holds, 1 when not
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'cli', 'fixtures')
ODD = 'Tom & "Jerry" <x> \'y\''
failures = 0


def check(ok, what):
    global failures
    if not ok:
        failures += 1
        print('FAIL map: ' + what)


def twin(*args):
    env = dict(os.environ, TWIN_CACHE='off', LC_ALL='C.UTF-8')
    env.pop('TWIN_DATA', None)
    return subprocess.run([sys.argv[1], '-f', os.path.join(FIX, 'map.csv'),
                           '-f', os.path.join(FIX, 'map-places.csv'),
                           'map'] + list(args), capture_output=True,
                          env=env)


def classes(e):
    return e.get('class', '').split()


def drawn(root):
    links = [e for e in root.iter(SVG + 'path') if 'link' in classes(e)]
    cities = [e for e in root.iter(SVG + 'circle') if 'city' in classes(e)]
    return links, cities


def title(e):
    t = e.find(SVG + 'title')
    return t.text if t is not None else None


def one_map(args, nlinks, ncities):
    r = twin(*args)
    check(r.returncode == 0, '%s: exit %d' % (args, r.returncode))
    try:
        root = ET.fromstring(r.stdout)
    except ET.ParseError as e:
        check(False, '%s: not XML: %s' % (args, e))
        return None, r.stdout
    links, cities = drawn(root)
    check(len(links) == nlinks, '%s: %d links drawn, expected %d'
          % (args, len(links), nlinks))
    check(len(cities) == ncities, '%s: %d cities drawn, expected %d'
          % (args, len(cities), ncities))
    check(all(title(e) for e in links + cities), '%s: a title is missing'
          % (args,))
    return root, r.stdout


def main():
    root, svg = one_map(['-s', 'all'], 5, 6)
    if root is None:
        return
    links, cities = drawn(root)
    r = twin('-s', 'all')
    check(r.stderr.decode().strip() == 'twin: map: 1 link and 1 city not '
          'drawn: no coordinates (a places file gives them)',
          'the left-out line: %r' % r.stderr)
    # Suva (FJ) - Apia (WS) crosses the antimeridian: two subpaths.
    pacific = [e for e in links if title(e).startswith('Suva (FJ)')]
    check(len(pacific) == 1, 'the Suva - Apia link is drawn once')
    if pacific:
        d = pacific[0].get('d')
        check(d.count('M') == 2, 'Suva - Apia: expected M...M, got ' + d)
    for e in links:
        if e is not pacific[0]:
            check(e.get('d').count('M') == 1, 'one part: ' + title(e))
    # Markup in a name is text: the parser gives it back as written.
    check(any(title(e).startswith(ODD + ' (FR)') for e in cities),
          'the name with & < > " \' in a city title')
    check(any(ODD in title(e) for e in links), 'the same in a link title')
    check(any('ended 2005' in title(e) for e in links), 'an ended link')
    turku = [e for e in cities if title(e).startswith('Turku (FI)')]
    check(len(turku) == 1 and title(turku[0]).endswith('3 partners'),
          "Turku's dot: 3 partners (Nowhere has no coordinates)")
    # Every link names its two cities' dots, for the script.
    ids = {e.get('id') for e in cities}
    check(all(len([c for c in classes(e) if c in ids]) == 2 for e in links),
          "each link's classes name its two cities")
    check(root.find(SVG + 'script') is not None, 'the script is inline')
    check(b'http' not in svg.replace(b'http://www.w3.org/2000/svg', b''),
          'no other address: the file is self-contained')

    # Turku's links only; the default statuses leave the ended one out.
    one_map(['Turku'], 3, 4)
    one_map(['--between', 'FI,NO'], 1, 2)

    tmp = tempfile.mkdtemp()
    try:
        out = os.path.join(tmp, 'm.svg')
        r = twin('-s', 'all', '-O', out)
        check(r.returncode == 0 and os.path.exists(out), '-O FILE')
        if os.path.exists(out):
            with open(out, 'rb') as f:
                check(f.read() == svg, '-O writes what stdout gets')
        check(os.listdir(tmp) == ['m.svg'], 'no temporary file is left')

        xmllint = shutil.which('xmllint')
        rsvg = shutil.which('rsvg-convert')
        for proj in ('equal-earth', 'equirectangular', 'mercator'):
            f = os.path.join(tmp, proj + '.svg')
            r = twin('-s', 'all', '--projection', proj, '-O', f)
            check(r.returncode == 0, proj)
            if xmllint:
                r = subprocess.run([xmllint, '--noout', f],
                                   capture_output=True)
                check(r.returncode == 0, 'xmllint %s: %s' % (proj, r.stderr))
            if rsvg:
                png = os.path.join(tmp, proj + '.png')
                r = subprocess.run([rsvg, '-o', png, f], capture_output=True)
                check(r.returncode == 0 and os.path.getsize(png) > 1000,
                      'rsvg-convert %s: %s' % (proj, r.stderr))
        if not xmllint:
            print('map: xmllint not installed, not run')
        if not rsvg:
            print('map: rsvg-convert not installed, not run')
    finally:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__.split('\n\n')[-1].strip())
    main()
    print('map: %s' % ('%d failed' % failures if failures else 'passed'))
    sys.exit(1 if failures else 0)
