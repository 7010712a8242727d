# Output formats, filters, and how names are found.

$ twin -o table partners Tartu
CITY   COUNTRY  PARTNER  PARTNER_COUNTRY  YEAR  STATUS  KIND
Tartu  EE       Turku    FI               2008  active  twin

$ twin -o table -H partners Tartu
Tartu  EE  Turku  FI  2008  active  twin

$ twin -o csv partners Tartu
city,country,partner,partner_country,year,status,kind
Tartu,EE,Turku,FI,2008,active,twin

$ twin -o csv -H partners Tartu
Tartu,EE,Turku,FI,2008,active,twin

$ twin -o json partners Tartu
[
  {"city": "Tartu", "country": "EE", "partner": "Turku", "partner_country": "FI", "year": 2008, "status": "active", "kind": "twin", "region": null, "partner_region": null, "ended": null, "km": 341.3, "sources": [{"file": "twinning.csv (built in)", "line": 14, "year": 2008, "ended": null, "status": "active", "kind": "twin", "source": "City of Turku: international relations", "note": null}]}
]

$ twin -o json partners Nowhere
[]
! twin: no city named 'Nowhere'
? 1

$ twin -o csv partners --country SE Gothenburg | head -n 3
city,country,partner,partner_country,year,status,kind
Gothenburg,SE,Turku,FI,1946,active,twin
Gothenburg,SE,Aarhus,DK,,active,twin

$ twin partners -c DE -k twin -s all Turku
! twin: no city named 'Turku' in Germany (DE)
? 1

$ twin partners -s ended Turku
? 1

$ twin -o json decade 1940
[
  {"city": "Turku", "country": "FI", "partner": "Aarhus", "partner_country": "DK", "year": 1946, "status": "active", "kind": "twin", "region": null, "partner_region": null, "ended": null, "km": 849.1, "sources": [{"file": "twinning.csv (built in)", "line": 4, "year": 1946, "ended": null, "status": "active", "kind": "twin", "source": "City of Turku: international relations; City of Aarhus: sister cities", "note": "Aarhus lists Turku among its Nordic sister cities"}]},
  {"city": "Turku", "country": "FI", "partner": "Bergen", "partner_country": "NO", "year": 1946, "status": "active", "kind": "twin", "region": null, "partner_region": null, "ended": null, "km": 927.5, "sources": [{"file": "twinning.csv (built in)", "line": 2, "year": 1946, "ended": null, "status": "active", "kind": "twin", "source": "City of Turku: international relations", "note": null}]},
  {"city": "Turku", "country": "FI", "partner": "Gothenburg", "partner_country": "SE", "year": 1946, "status": "active", "kind": "twin", "region": null, "partner_region": null, "ended": null, "km": 662.0, "sources": [{"file": "twinning.csv (built in)", "line": 3, "year": 1946, "ended": null, "status": "active", "kind": "twin", "source": "City of Turku: international relations", "note": "Turku lists it as Göteborg"}]}
]

$ twin suspended -c RU -k twin
Turku	FI	Saint Petersburg	RU	1953	suspended	twin

$ twin suspended x
! twin: suspended: unexpected argument 'x'
! usage: twin suspended [-H] [-c country] [-f file] [-k kind] [-o format]
? 2

$ twin decade
! twin: decade: expected a decade such as 1960 or 1960s
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin decade 1940 1950
! twin: decade: expected one decade, got 2 arguments
! usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
? 2

$ twin partners
! twin: partners: expected a city name
! usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!                      [--exact] [--region region] [--sources] city... | -
? 2

$ twin -V
twin 0.1.0

$ twin
! twin: expected a command (twin --help lists them)
! usage: twin [-HhV] [-f file] [-o format] command [argument ...]
? 2

$ twin partners -h | head -n 1
usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]

$ twin partners -k friendship,partner -s active,suspended Aarhus
Aarhus	DK	Amsterdam	NL		active	friendship
Aarhus	DK	Brussels	BE		active	friendship
Aarhus	DK	Chicago	US		active	friendship
Aarhus	DK	Hamburg	DE		active	friendship
Aarhus	DK	London	GB		active	friendship
Aarhus	DK	Novi Sad	RS		active	friendship

$ twin partners -s bogus Aarhus
! twin: unknown status 'bogus': expected active, suspended, ended, a comma-separated list of them, or all
? 2

# Quoting in each format.
$ printf 'city,country,partner,partner_country\n"Washington, D.C.",US,"Xi\047an ""X"" \\\\",CN\n' | twin -f - -o csv partners 'Washington, D.C.'
city,country,partner,partner_country,year,status,kind
"Washington, D.C.",US,"Xi'an ""X"" \\",CN,,active,twin

$ printf 'city,country,partner,partner_country\n"Washington, D.C.",US,"Xi\047an ""X"" \\\\",CN\n' | twin -f - -o json partners 'washington dc'
[
  {"city": "Washington, D.C.", "country": "US", "partner": "Xi'an \"X\" \\\\", "partner_country": "CN", "year": null, "status": "active", "kind": "twin", "region": null, "partner_region": null, "ended": null, "sources": [{"file": "(stdin)", "line": 2, "year": null, "ended": null, "status": "active", "kind": "twin", "source": null, "note": null}]}
]

$ printf 'city,country,partner,partner_country\n"Washington, D.C.",US,"Xi\047an ""X"" \\\\",CN\n' | twin -f - -o tsv partners "Xi'an \"X\""
Xi'an "X" \\	CN	Washington, D.C.	US		active	twin

$ printf 'city,country,partner,partner_country\nŁódź,PL,Tromsø,NO\n' | twin -f - -o table partners lodz
CITY  COUNTRY  PARTNER  PARTNER_COUNTRY  YEAR  STATUS  KIND
Łódź  PL       Tromsø   NO                     active  twin

# Names in several countries, and aliases.
$ printf 'city,country,partner,partner_country\nParis,FR,Rome,IT\nParis,US,Rome,US\n' | twin -f - partners Paris
! twin: 'Paris' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Paris (FR)	1 partner
! twin:   Paris (US)	1 partner
? 2

$ printf 'city,country,partner,partner_country\nParis,FR,Rome,IT\nParis,US,Rome,US\n' | twin -f - partners --country France Paris
Paris	FR	Rome	IT		active	twin

$ twin partners Åbo | head -n 2
Turku	FI	Aarhus	DK	1946	active	twin
Turku	FI	Bergen	NO	1946	active	twin

$ twin partners GÖTEBORG | head -n 1
Gothenburg	SE	Turku	FI	1946	active	twin

$ printf 'Tartu\n\nnowhere\r\nTartu\n' | twin partners -
Tartu	EE	Turku	FI	2008	active	twin
Tartu	EE	Turku	FI	2008	active	twin
! twin: no city named 'nowhere'
? 1

$ TWIN_DATA=../../data/twinning.csv:../../data/aliases.csv twin partners abo | head -n 1
Turku	FI	Aarhus	DK	1946	active	twin

$ TWIN_DATA=../../data/twinning.csv:nope.csv twin partners Turku
! twin: nope.csv: cannot open: No such file or directory
? 2
