# Commands, options and their errors.

$ twin --version
twin 0.1.0

$ twin
! twin: expected a command (twin --help lists them)
! usage: twin [-HhV] [-f file] [-o format] command [argument ...]
? 2

$ twin frobnicate
! twin: unknown command 'frobnicate' (twin --help lists the commands)
! usage: twin [-HhV] [-f file] [-o format] command [argument ...]
? 2

$ twin --help | head -7
usage: twin [-HhV] [-f file] [-o format] command [argument ...]
|
Query a registry of town twinning links.
|
commands:
  partners    the links of each named city
  decade      links made in a decade (1960 or 1960s)

$ twin partners --help
usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
                     [--exact] [--region region] [--sources] city... | -
|
The links of each city, with the city in the first two columns, ordered by
year (unknown last).  With -, the names are read from standard input, one a
line.  A qualifier picks one of several cities of a name:
'Córdoba (ES)', 'Portland (US, Oregon)', 'Portland (US-OR)'.
|
  -c, --country CC      the city of that name in this country
      --region REGION   the city of that name in this region
      --exact           the city spelled exactly as given
  -s, --status LIST     active, suspended, ended, or all (default active,suspended)
  -k, --kind LIST       twin, partner, cooperation, friendship, or all
      --sources         add the source and note of each link
      --distance        add each link's length in km (from places files)
      --min-km KM       links at least KM long (great-circle)
      --max-km KM       links at most KM long
  -f, --file FILE       read this registry (repeatable)
      --delimiter C     its fields are separated by C (, ; or tab)
      --encoding NAME   its encoding, such as CP1252 (any iconv name)
      --no-cache        read it: neither use nor keep a snapshot
  -o, --format FORMAT   table, tsv, csv, json or geojson
  -H, --no-header       leave out the header row
|
Exit status: 0 when every city has a link listed, 1 when some name names no
city or a city has none, 2 on error.

$ twin partners --bogus Turku
! twin partners: unrecognized option '--bogus'
! usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!                      [--exact] [--region region] [--sources] city... | -
? 2

$ twin partners
! twin: partners: expected a city name
! usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!                      [--exact] [--region region] [--sources] city... | -
? 2

$ twin partners Nowhere
! twin: no city named 'Nowhere'
? 1

# Names found and not found: the found ones print, and the exit status
# says 1, as grep -q would: 0 only when every name was answered.
$ twin partners Nowhere Zwickau
Zwickau	DE	Dortmund	DE	1988	active	twin
! twin: no city named 'Nowhere'
? 1

$ twin partners Turku Nowhere | cut -f 1 | uniq -c
     15 Turku
! twin: no city named 'Nowhere'

$ twin partners Turku Nowhere > /dev/null
! twin: no city named 'Nowhere'
? 1

# A city with no link to list is not answered either.
$ twin partners --status ended Turku Kiel
? 1

# Errors still win.
$ twin -f fixtures/regions.csv partners Nowhere munster
! twin: no city named 'Nowhere'
! twin: 'munster' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Munster (DE, Lower Saxony)	1 partner
! twin:   Münster (DE, North Rhine-Westphalia)	1 partner
? 2

$ twin partners --country XX Turku
! twin: unknown country 'XX': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland
? 2

$ twin partners --kind twinning Turku
! twin: unknown kind 'twinning': expected twin, partner, cooperation, friendship, a comma-separated list of them, or all
? 2

$ twin partners --status paused Turku
! twin: unknown status 'paused': expected active, suspended, ended, a comma-separated list of them, or all
? 2

$ twin partners --kind partner,friendship --country DK Aarhus | cut -f3
Amsterdam
Brussels
Chicago
Hamburg
London
Novi Sad

# Names from standard input, one a line, all answered from one load.
$ printf 'Kiel\n\nNowhere\r\nZwickau\n' | twin partners -
Kiel	DE	Gothenburg	SE		active	partner
Zwickau	DE	Dortmund	DE	1988	active	twin
! twin: no city named 'Nowhere'
? 1

$ printf 'Turku\nTartu\n' | twin partners - | cut -f 1 | uniq -c
     15 Turku
      1 Tartu

$ printf 'Nowhere\n' | twin partners -
! twin: no city named 'Nowhere'
? 1

# Global options may follow the command.
$ twin partners Zwickau -o csv -H
Zwickau,DE,Dortmund,DE,1988,active,twin

$ twin decade 1960
Dortmund	DE	Amiens	FR	1960	active	twin
Turku	FI	Constanța	RO	1963	active	twin
Turku	FI	Varna	BG	1963	active	twin
Turku	FI	Cologne	DE	1967	active	twin
Dortmund	DE	Leeds	GB	1969	active	twin

$ twin decade --country GB 1960s
Dortmund	DE	Leeds	GB	1969	active	twin

$ twin decade 1900s
? 1

$ twin decade 1965
! twin: decade: bad decade '1965': expected a year ending in 0, such as 1960 or 1960s
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin decade 19999
! twin: decade: bad decade '19999': expected a year ending in 0, such as 1960 or 1960s
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin decade sixties
! twin: decade: bad decade 'sixties': expected a year ending in 0, such as 1960 or 1960s
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin decade
! twin: decade: expected a decade such as 1960 or 1960s
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin suspended --country SE
? 1

$ twin suspended extra
! twin: suspended: unexpected argument 'extra'
! usage: twin suspended [-H] [-c country] [-f file] [-k kind] [-o format]
? 2

# A write error is an error; a reader that goes away is not.
$ twin partners Turku > /dev/full
! twin: write error: No space left on device
? 2

$ twin partners Turku | head -1
Turku	FI	Aarhus	DK	1946	active	twin

$ twin --bogus
! twin: unrecognized option '--bogus'
! usage: twin [-HhV] [-f file] [-o format] command [argument ...]
? 2

$ twin -o
! twin: option requires an argument -- 'o'
! usage: twin [-HhV] [-f file] [-o format] command [argument ...]
? 2

# Format names, like the names of cities, are taken in any case.
$ twin -o TSV partners Tartu
Tartu	EE	Turku	FI	2008	active	twin

$ twin partners Tartu --format Csv -H
Tartu,EE,Turku,FI,2008,active,twin

# Decades as people write them; a decade without its century is a question.
$ twin decade 1960S | head -n 1
Dortmund	DE	Amiens	FR	1960	active	twin

$ twin decade "1960's" | wc -l
5

$ twin decade 60s
! twin: decade: bad decade '60s': the century is needed, as in 1960s or 2010s
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin links --decade "60's"
! twin: links: bad decade '60's': the century is needed, as in 1960s or 2010s
? 2

# In a list, the word that is wrong is named.
$ twin partners -k twin,bogus Turku
! twin: unknown kind 'bogus': expected twin, partner, cooperation, friendship, a comma-separated list of them, or all
? 2

$ twin partners --status active,paused,ended Turku
! twin: unknown status 'paused': expected active, suspended, ended, a comma-separated list of them, or all
? 2

# An empty CSV result is still a CSV document: its header row (none
# with -H); JSON prints [], and a table or TSV nothing.
$ twin partners --status ended Turku -o csv
city,country,partner,partner_country,year,status,kind
? 1

$ twin partners --status ended Turku -o csv -H
? 1

$ twin common Zwickau Tartu -o csv
city,country
? 1

$ twin cities --min 100 -o CSV
city,country,partners
? 1

$ twin partners --status ended Turku -o json
[]
? 1

$ twin partners --status ended Turku -o tsv
? 1

# A file of aliases alone has no links to answer from.
$ printf 'alias,city,country\nÅbo,Turku,FI\n' | twin -f - partners Turku
! twin: no link file was given, only alias or places files ((stdin)): name a file of links as well
? 2

$ TWIN_DATA=../../data/aliases.csv twin cities
! twin: no link file was given, only alias or places files (../../data/aliases.csv): name a file of links as well
? 2

$ printf 'Turku\n' | twin -f - partners -
! twin: partners: the registry and the city names cannot both be read from standard input (-f - and -): name a registry file
! usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!                      [--exact] [--region region] [--sources] city... | -
? 2

# graph writes graph formats; a table format asked of it is an error,
# never DOT in disguise, and a graph format asked of a table too.
$ twin graph -o csv Turku
! twin: graph: cannot write -o csv: expected dot, graphml, gexf, json or edges
? 2

$ twin graph -o svg
! twin: unknown format 'svg': expected dot, graphml, gexf, json or edges
? 2

$ twin -o graphml partners Turku
! twin: partners: cannot write -o graphml: expected table, tsv, csv, json or geojson
? 2

$ twin -o csv graph
! twin: graph: cannot write -o csv: expected dot, graphml, gexf, json or edges
? 2
