# Output formats, on the built-in registry.

# On a terminal the default is an aligned table; names are aligned by their
# width on screen, not their bytes.
$ ttyrun 'twin partners Gdansk'
CITY    COUNTRY  PARTNER  PARTNER_COUNTRY  YEAR  STATUS  KIND
Gdańsk  PL       Turku    FI               1958  active  twin

$ ttyrun 'twin -H partners Gdansk'
Gdańsk  PL  Turku  FI  1958  active  twin

# In a pipe it is TSV with no header.
$ twin partners Gdansk | cat
Gdańsk	PL	Turku	FI	1958	active	twin

$ twin -o tsv partners Tianjin
Tianjin	CN	Turku	FI		active	cooperation

$ twin -o table partners Tianjin
CITY     COUNTRY  PARTNER  PARTNER_COUNTRY  YEAR  STATUS  KIND
Tianjin  CN       Turku    FI                     active  cooperation

$ twin -o csv -H partners Tianjin
Tianjin,CN,Turku,FI,,active,cooperation

$ twin -o json partners Tianjin
[
  {"city": "Tianjin", "country": "CN", "partner": "Turku", "partner_country": "FI", "year": null, "status": "active", "kind": "cooperation", "region": null, "partner_region": null, "ended": null, "km": 6550.2, "sources": [{"file": "twinning.csv (built in)", "line": 16, "year": null, "ended": null, "status": "active", "kind": "cooperation", "source": "City of Turku: international relations", "note": "a valid cooperation agreement with the City of Tianjin"}]}
]

# JSON for nothing found is still JSON.
$ twin -o json decade 1900s
[]
? 1

# JSON is valid JSON and CSV reads back with Python's csv module, quotes and all.
$ twin -o json partners Aarhus | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), d[0]["partner"], d[-1]["year"])'
13 Turku None

$ twin -o csv partners Aarhus | python3 -c 'import csv,sys; r=list(csv.reader(sys.stdin)); print(len(r), r[0][6], r[1][2], r[1][4])'
14 kind Turku 1946

$ twin -o csv -f fixtures/quoted.csv partners Paris | python3 -c 'import csv,sys; print(list(csv.reader(sys.stdin))[1][2])'
Washington, D.C.

$ twin -o yaml suspended
! twin: unknown format 'yaml': expected table, tsv, csv or json
? 2
