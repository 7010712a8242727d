# twin locate: a places file for the registry's cities from a GeoNames
# dump.  fixtures/geonames/cities.txt is a dozen lines in GeoNames' format:
# two Turkus in different Finnish regions (admin1 given by number), two
# Portlands (US states by letter), two Springfields of close population,
# Gothenburg with Göteborg among its alternate names, a Kiel town beside
# a Kiel admin area, Tokyo for "Edogawa (Tokyo)", and nothing for Atlantis.

$ twin -f fixtures/locate.csv locate --gazetteer fixtures/geonames/cities.txt --admin1 fixtures/geonames/admin1CodesASCII.txt
city,country,region,lat,lon,source
Turku,FI,Southwest Finland,60.4515,22.2687,GeoNames 633679
Portland,US,Oregon,45.5234,-122.6762,GeoNames 5746545
Göteborg,SE,,57.7072,11.9668,GeoNames 2711537
Springfield,US,,42.1015,-72.5898,GeoNames 4951788
Kiel,DE,,54.3213,10.1349,GeoNames 2891122
Edogawa (Tokyo),JP,,35.6895,139.6917,GeoNames 1850147
! twin: locate: Springfield (US): 2 candidates, took geonameid 4951788 (pop 155929) over 4250542 (pop 114394)
! twin: locate: not found: Atlantis (GR)
! twin: locate: located 6 of 7 cities, 1 ambiguous, 1 not found
? 1

# Without the admin1 names, FI 02 cannot be told from FI 13: the larger
# Turku is taken, and the choice is reported.
$ twin -f fixtures/locate.csv locate --gazetteer fixtures/geonames/cities.txt -H | cut -d, -f1,6
Turku,GeoNames 633679
Portland,GeoNames 5746545
Göteborg,GeoNames 2711537
Springfield,GeoNames 4951788
Kiel,GeoNames 2891122
Edogawa (Tokyo),GeoNames 1850147
! twin: locate: Turku (FI): 2 candidates, took geonameid 633679 (pop 175945) over 633680 (pop 300); region not checked
! twin: locate: Springfield (US): 2 candidates, took geonameid 4951788 (pop 155929) over 4250542 (pop 114394)
! twin: locate: not found: Atlantis (GR)
! twin: locate: located 6 of 7 cities, 2 ambiguous, 1 not found

# Every city found: exit 0.  TWIN_GAZETTEER names the dump; - reads it
# from standard input.
$ printf 'city,country,partner,partner_country\nKiel,DE,Göteborg,SE\n' > l.tmp; TWIN_GAZETTEER=fixtures/geonames/cities.txt twin -f l.tmp locate; s=$?; rm -f l.tmp; exit $s
city,country,region,lat,lon,source
Kiel,DE,,54.3213,10.1349,GeoNames 2891122
Göteborg,SE,,57.7072,11.9668,GeoNames 2711537
! twin: locate: located 2 of 2 cities, 0 ambiguous, 0 not found

$ printf 'city,country,partner,partner_country\nKiel,DE,Göteborg,SE\n' > l.tmp; twin -f l.tmp locate --gazetteer - < fixtures/geonames/cities.txt | wc -l; rm -f l.tmp
3
! twin: locate: located 2 of 2 cities, 0 ambiguous, 0 not found

# A registry region that the candidates' admin1 codes rule out.
$ printf 'city,country,partner,partner_country,region\nSpringfield,US,Kiel,DE,Oregon\n' > l.tmp; twin -f l.tmp locate --gazetteer fixtures/geonames/cities.txt; s=$?; rm -f l.tmp; exit $s
city,country,region,lat,lon,source
Kiel,DE,,54.3213,10.1349,GeoNames 2891122
! twin: locate: not found: Springfield (US); 2 of that name in other regions
! twin: locate: located 1 of 2 cities, 0 ambiguous, 1 not found
? 1

# The dump is needed.
$ twin locate
! twin: locate: expected --gazetteer FILE or TWIN_GAZETTEER naming a GeoNames dump such as cities500.txt
! usage: twin locate [-H] [-f file] [--admin1 file] --gazetteer file
? 2

$ TWIN_GAZETTEER= twin locate
! twin: locate: expected --gazetteer FILE or TWIN_GAZETTEER naming a GeoNames dump such as cities500.txt
! usage: twin locate [-H] [-f file] [--admin1 file] --gazetteer file
? 2

$ twin locate --gazetteer fixtures/geonames/nonexistent.txt
! twin: locate: cannot open fixtures/geonames/nonexistent.txt: No such file or directory
? 2

$ twin locate --gazetteer - --admin1 -
! twin: locate: --gazetteer and --admin1 cannot both read standard input
! usage: twin locate [-H] [-f file] [--admin1 file] --gazetteer file
? 2

$ twin locate --gazetteer fixtures/geonames/cities.txt Turku
! twin: locate: unexpected argument 'Turku'
! usage: twin locate [-H] [-f file] [--admin1 file] --gazetteer file
? 2

# It writes a places file: CSV only.
$ twin locate --gazetteer fixtures/geonames/cities.txt -o json
! twin: locate: cannot write -o json: expected csv
? 2

# Bad lines of the dump or the admin1 file stop it, naming the line.
$ twin -f fixtures/locate.csv locate --gazetteer fixtures/geonames/bad-fields.txt
! twin: fixtures/geonames/bad-fields.txt:2: expected 19 tab-separated fields (the GeoNames format), got 3
? 2

$ twin -f fixtures/locate.csv locate --gazetteer fixtures/geonames/bad-lat.txt
! twin: fixtures/geonames/bad-lat.txt:3: bad latitude '91.5': expected decimal degrees from -90 to 90
? 2

$ twin -f fixtures/locate.csv locate --gazetteer fixtures/geonames/bad-lon.txt
! twin: fixtures/geonames/bad-lon.txt:1: bad longitude 'east': expected decimal degrees from -180 to 180
? 2

$ twin -f fixtures/locate.csv locate --gazetteer fixtures/geonames/cities.txt --admin1 fixtures/geonames/bad-admin1.txt
! twin: fixtures/geonames/bad-admin1.txt:2: expected 4 tab-separated fields (code, name, ASCII name, geonameid), got 1
? 2

# The output is checked.
$ twin locate --gazetteer fixtures/geonames/cities.txt > /dev/full 2>/dev/null
? 2

$ twin help locate | head -n 1
usage: twin locate [-H] [-f file] [--admin1 file] --gazetteer file
