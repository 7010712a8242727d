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
  -f, --file FILE       read this registry (repeatable)
  -o, --format FORMAT   table, tsv, csv or json
  -H, --no-header       leave out the header row
|
Exit status: 0 when a link is listed, 1 when none, 2 on error.

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

# Names found and not found: the found ones print, the exit status says 0.
$ twin partners Nowhere Zwickau
Zwickau	DE	Dortmund	DE	1988	active	twin
! twin: no city named 'Nowhere'

$ twin partners --country XX Turku
! twin: unknown country 'XX': expected an ISO 3166-1 alpha-2 code such as FI, or an English name such as Finland
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
