# twin map: the links on a world map (tests/map/check.py reads the SVG).

# An unknown projection names the ones there are.
$ twin -f fixtures/map.csv -f fixtures/map-places.csv map --projection mollweide
! twin: map: unknown projection 'mollweide': expected equal-earth, equirectangular, mercator
? 2

# A city that is not in the registry.
$ twin -f fixtures/map.csv -f fixtures/map-places.csv map Atlantis
! twin: no city named 'Atlantis'
? 1

# Names that mean several cities are errors, as in twin partners.
$ twin -f fixtures/homonyms.csv map Córdoba
! twin: 'Córdoba' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Córdoba (AR)	2 partners
! twin:   Córdoba (ES)	2 partners
? 2

# No link passes the filters: nothing is written.
$ twin -f fixtures/map.csv -f fixtures/map-places.csv map -c JP
! twin: map: no link to draw
? 1

# Links whose cities have no coordinates are counted, not drawn.
$ twin -f fixtures/map.csv -f fixtures/map-places.csv map Nowhere
! twin: map: 1 link and 1 city not drawn: no coordinates (a places file gives them)
? 1

$ twin -f fixtures/map.csv map
! twin: map: 5 links and 7 cities not drawn: no coordinates (a places file gives them)
? 1

# Something drawn: exit 0, and the links left out said on one line.
$ twin -f fixtures/map.csv -f fixtures/map-places.csv map -s all | grep -c '<path class="link'
5
! twin: map: 1 link and 1 city not drawn: no coordinates (a places file gives them)

# A map is SVG: -o is not an option of map, -O names the file.
$ twin -o json -f fixtures/map.csv map
! twin: map: it writes SVG only (-O names the output file)
! usage: twin map [-c country] [-f file] [-k kind] [-O file] [-s status]
!          [--as-of year] [--between cc,cc] [--max-km km] [--min-km km]
!          [--projection name] [--since year] [--until year] [city ...]
? 2

$ twin -f fixtures/map.csv -f fixtures/map-places.csv map -O /nonexistent/dir/m.svg Kiel
! twin: map: cannot write /nonexistent/dir/m.svg: No such file or directory
? 2

$ twin -f fixtures/map.csv -f fixtures/map-places.csv map --between FI,XX
! twin: map: bad --between 'FI,XX': unknown country 'XX'
? 2

# Links by length, as links selects them: the antipodes alone.
$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv map --min-km 20000 | grep -c '<path class="link'
1
