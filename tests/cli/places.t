# Places: where the cities are, from places files (twin(5)), and the
# lengths of links.  tests/geo/check.py checks the figures apart.

# The built-in registry ships the places of its cities, from GeoNames.
$ twin places -c DE -o table
CITY              COUNTRY  REGION      LAT      LON  FILE                   LINE  SOURCE
Berlin            DE               52.5244  13.4105  places.csv (built in)    41  GeoNames 2950159
Cologne           DE               50.9333     6.95  places.csv (built in)    11  GeoNames 2886242
Dortmund          DE               51.5149    7.466  places.csv (built in)    34  GeoNames 2935517
Hamburg           DE               53.5507    9.993  places.csv (built in)    25  GeoNames 2911298
Kiel              DE               54.3213  10.1349  places.csv (built in)    26  GeoNames 2891122
Mannheim          DE               49.4891   8.4669  places.csv (built in)    45  GeoNames 2873891
Osnabrück         DE               52.2726   8.0498  places.csv (built in)    43  GeoNames 2856883
Rostock           DE               54.0887  12.1405  places.csv (built in)     8  GeoNames 2844588
Treptow-Köpenick  DE               52.4455  13.5746  places.csv (built in)    47  GeoNames 2885656
Zwickau           DE               50.7272  12.4884  places.csv (built in)    40  GeoNames 2803560

$ twin places --missing
? 1

# A registry with a city that has no place, and a places file beside it.
$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv places --missing
Nowhere	SE		1

$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv partners --distance Turku
Turku	FI	Bergen	NO	1946	active	twin	927.5
Turku	FI	Nowhere	SE	2000	active	twin	

$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv -o csv links --max-km 2000 --distance
city,country,partner,partner_country,year,status,kind,km
Turku,FI,Bergen,NO,1946,active,twin,927.5
Suva,FJ,Apia,WS,2001,active,twin,1150.7

$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv links --min-km 30000
! twin: bad --min-km '30000': expected a length in km from 0 to 20016
? 2

$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv links --min-km 900 --max-km 500
! twin: --min-km 900 --max-km 500: the range is empty: expected --min-km at most --max-km
? 2

$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv links --max-km ten
! twin: bad --max-km 'ten': expected a length in km from 0 to 20016
? 2

# The lengths of links against random pairs of the same cities.
$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv stats -o table | sed -n '/^link lengths/,$p'
link lengths (great-circle km; self-links left out)
  links placed      3 of 4
  median            1150.7
  mean              7364.4
  under 500 km      0.0%
  shortest          927.5  Turku (FI) - Bergen (NO)
  longest           20015.1  Antipodea (ES) - Antipodes (NZ)
  random pairs of the 6 placed cities (100000 pairs, seed 20130101)
    median          14832.5
    mean            10809.2

# Regions tell homonyms apart: a place goes to the city of its region, or
# to a city the registry gives none (Sapporo), never to a city the
# registry puts in another region (no Münster is in Bavaria).
$ twin -f fixtures/regions.csv -f fixtures/regions-places.csv places -o csv
city,country,region,lat,lon,file,line,source
Munster,DE,Lower Saxony,52.9861,10.0865,fixtures/regions-places.csv,5,
Portland,US,Maine,43.6615,-70.2553,fixtures/regions-places.csv,3,
Portland,US,Oregon,45.5234,-122.6762,fixtures/regions-places.csv,2,
Sapporo,JP,,43.0667,141.35,fixtures/regions-places.csv,4,

$ twin check fixtures/regions.csv fixtures/regions-places.csv | grep -v note
fixtures/regions.csv:6: warning: Portland (US) has no region, and the registry has that name in several regions: Portland (US, Maine; line 2), Portland (US, Oregon; line 3); expected a region
fixtures/regions.csv:9: warning: conflicts with line 7 on Orléans (FR) - Münster (DE): year 1961 here, 1960 there
fixtures/regions.csv:10: warning: conflicts with line 2 on Arkhangelsk (RU) - Portland (US): status suspended here, active there
fixtures/regions-places.csv:6: warning: place 'Münster' (DE) names no city of the registry
twin check: 0 errors, 4 warnings in 8 links

# Bad coordinates: file, line and what was expected; twin check lists all.
$ twin -f fixtures/geo.csv -f fixtures/places-bad.csv partners Turku
! twin: fixtures/places-bad.csv:2: bad latitude '91': expected decimal degrees from -90 to 90
? 2

$ twin check fixtures/geo.csv fixtures/places-bad.csv
fixtures/geo.csv:1: note: read as UTF-8, fields separated by ','
fixtures/places-bad.csv:1: note: read as UTF-8, fields separated by ','
fixtures/places-bad.csv:2: error: bad latitude '91': expected decimal degrees from -90 to 90
fixtures/places-bad.csv:3: error: bad longitude '181': expected decimal degrees from -180 to 180
fixtures/places-bad.csv:4: error: bad latitude 'south': expected decimal degrees from -90 to 90
fixtures/places-bad.csv:5: error: bad longitude '': expected decimal degrees from -180 to 180
twin check: 4 errors, 0 warnings in 4 links
? 2

# Decimal numbers only: not hexadecimal, not "NaN".
$ twin check fixtures/geo.csv fixtures/places-words.csv
fixtures/geo.csv:1: note: read as UTF-8, fields separated by ','
fixtures/places-words.csv:1: note: read as UTF-8, fields separated by ','
fixtures/places-words.csv:2: error: bad longitude '0x16': expected decimal degrees from -180 to 180
fixtures/places-words.csv:3: error: bad latitude 'NaN': expected decimal degrees from -90 to 90
twin check: 2 errors, 0 warnings in 4 links
? 2

# One city, two places: an error; a place of no city: a warning.
$ twin -f fixtures/geo.csv -f fixtures/places-conflict.csv partners Turku
! twin: fixtures/places-conflict.csv:3: Turku (FI) is at 60.5000, 22.3000 here but at 60.4515, 22.2687 in fixtures/places-conflict.csv:2: expected one place per city
? 2

$ twin check fixtures/geo.csv fixtures/places-conflict.csv
fixtures/geo.csv:1: note: read as UTF-8, fields separated by ','
fixtures/places-conflict.csv:1: note: read as UTF-8, fields separated by ','
fixtures/places-conflict.csv:3: error: Turku (FI) is at 60.5000, 22.3000 here but at 60.4515, 22.2687 in fixtures/places-conflict.csv:2: expected one place per city
fixtures/places-conflict.csv:4: warning: place 'Atlantis' (GR) names no city of the registry
twin check: 1 error, 1 warning in 4 links
? 2

$ twin -f fixtures/geo.csv -f fixtures/places-missing-column.csv places
! twin: fixtures/places-missing-column.csv:1: missing column 'lon': a places file needs the columns city, country, lat and lon; found 'city', 'country', 'latitude'
? 2

# A spreadsheet's places in a German locale: semicolons, decimal commas.
$ twin -f fixtures/geo.csv -f fixtures/places-comma.csv places -o csv
city,country,region,lat,lon,file,line,source
Turku,FI,,60.45,22.27,fixtures/places-comma.csv,2,

# Only places files: no links to place.
$ twin -f fixtures/geo-places.csv places
! twin: no link file was given, only alias or places files (fixtures/geo-places.csv): name a file of links as well
? 2

$ twin places -o geojson --missing
! twin: places: --missing lists cities without coordinates: expected a format other than geojson
? 2
