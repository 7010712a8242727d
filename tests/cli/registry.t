# Reading registries: -f, TWIN_DATA, alias files, formats and faults.

# One name in several countries is ambiguous; --country picks one.
$ twin -f fixtures/homonyms.csv partners Cordoba
! twin: 'Cordoba' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Córdoba (AR)	2 partners
! twin:   Córdoba (ES)	2 partners
? 2

$ twin -f fixtures/homonyms.csv partners --country ES cordoba
Córdoba	ES	Córdoba	AR	1980	active	twin
Córdoba	ES	Kairouan	TN	1988	active	twin

$ twin -f fixtures/homonyms.csv partners --country Argentina CÓRDOBA
Córdoba	AR	Córdoba	ES	1980	active	twin
Córdoba	AR	Guadalajara	MX		active	partner

$ twin -f fixtures/homonyms.csv partners --country IT Cordoba
! twin: no city named 'Cordoba' in Italy (IT)
? 1

# Ended links are left out unless asked for.
$ twin -f fixtures/homonyms.csv partners --country US Paris
? 1

$ twin -f fixtures/homonyms.csv partners --country US --status ended Paris
Paris	US	Paris	FR		ended	friendship

$ twin -f fixtures/homonyms.csv partners --country fr --status all Paris
Paris	FR	Rome	IT	1956	active	twin
Paris	FR	Paris	US		ended	friendship

# Aliases come from files with an alias column; one that names no city is ignored.
$ twin -f fixtures/homonyms.csv -f fixtures/homonym-aliases.csv partners Cordova Roma lodsch
Córdoba	ES	Córdoba	AR	1980	active	twin
Córdoba	ES	Kairouan	TN	1988	active	twin
Rome	IT	Paris	FR	1956	active	twin
Łódź	PL	Tampere	FI	1996	active	twin

$ twin -f fixtures/homonyms.csv -f fixtures/homonym-aliases.csv partners Atlantis
! twin: no city named 'Atlantis'
? 1

# TWIN_DATA lists files like PATH; -f wins over it.
$ TWIN_DATA=fixtures/homonyms.csv:fixtures/homonym-aliases.csv twin partners lodz
Łódź	PL	Tampere	FI	1996	active	twin

$ TWIN_DATA=fixtures/homonyms.csv twin -f ../../data/twinning.csv partners Tampere
! twin: no city named 'Tampere'
? 1

# A BOM, CRLF, header names in any case and order, quoted commas, quotes and newlines.
$ twin -f fixtures/quoted.csv -o csv partners Paris
city,country,partner,partner_country,year,status,kind
Paris,FR,"Washington, D.C.",US,,active,twin

$ twin -f fixtures/quoted.csv partners goteborg
Göteborg	SE	Turku	FI		active	twin

# Reading the registry from standard input.
$ cat fixtures/homonyms.csv | twin -f - partners Tampere
Tampere	FI	Łódź	PL	1996	active	twin

# Faults stop the command with the file, the line and what was expected.
$ twin -f fixtures/bad-year.csv suspended
! twin: fixtures/bad-year.csv:2: bad year '19a5': expected a year of up to four digits such as 1946, or nothing when unknown
? 2

$ twin -f fixtures/unterminated.csv suspended
! twin: fixtures/unterminated.csv:4: unterminated quoted field: expected a closing quote before the end of the file
? 2

$ twin -f fixtures/missing-column.csv suspended
! twin: fixtures/missing-column.csv:1: missing column 'partner_country': a registry needs the columns city, country, partner and partner_country; found 'city', 'country', 'partner'
? 2

$ twin -f fixtures/no-such-file.csv suspended
! twin: fixtures/no-such-file.csv: cannot open: No such file or directory
? 2

$ twin -f fixtures suspended
! twin: fixtures: is a directory: expected a registry file
? 2
