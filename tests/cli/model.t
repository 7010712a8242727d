# The registry model: regions tell same-named towns apart, and every row
# that states a pair of cities is a statement of one link.
# fixtures/regions.csv: Portland in Maine and in Oregon (one row writes
# Oregon as US-OR), a Portland row without a region, Münster (North
# Rhine-Westphalia) and Munster (Lower Saxony), pairs stated from both
# ends (Sapporo, Orléans and Arkhangelsk restate links), disagreeing years.

# A name in several regions is ambiguous; each candidate is listed as it
# can be typed back, with its number of partners.
$ twin -f fixtures/regions.csv partners Portland
! twin: 'Portland' is ambiguous: it names 3 cities; name one as listed, or pick with --country or --region:
! twin:   Portland (US, no region)	1 partner
! twin:   Portland (US, Maine)	1 partner
! twin:   Portland (US, Oregon)	2 partners
? 2

# The forms the list gives, and the ISO 3166-2 code, name one city each.
$ twin -f fixtures/regions.csv partners 'Portland (US, Oregon)'
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	

$ twin -f fixtures/regions.csv partners 'Portland (US-OR)'
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	

$ twin -f fixtures/regions.csv partners 'Portland (US, Maine)' 'Portland (US, no region)'
Portland	US	Arkhangelsk	RU	1988	active	twin	Maine	
Portland	US	Corinto	NI	1985	active	twin		

$ twin -f fixtures/regions.csv partners 'portland (United States, us-or)'
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	

$ twin -f fixtures/regions.csv partners --region Maine portland
Portland	US	Arkhangelsk	RU	1988	active	twin	Maine	

$ twin -f fixtures/regions.csv partners --country US --region ME Portland
Portland	US	Arkhangelsk	RU	1988	active	twin	Maine	

$ twin -f fixtures/regions.csv partners 'Portland (US, Texas)'
! twin: no city named 'Portland (US, Texas)'
? 1

# Folding still joins spellings; the region tells Münster from Munster.
$ twin -f fixtures/regions.csv partners munster
! twin: 'munster' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Munster (DE, Lower Saxony)	1 partner
! twin:   Münster (DE, North Rhine-Westphalia)	1 partner
? 2

$ twin -f fixtures/regions.csv partners 'Munster (DE, Lower Saxony)'
Munster	DE	Kiryat Bialik	IL	1980	active	partner	Lower Saxony	

# A name in parentheses that is no qualifier is part of the name.
$ printf 'city,country,partner,partner_country\nArakawa (Tokyo),JP,Lyon,FR\n' | twin -f - partners 'Arakawa (Tokyo)'
Arakawa (Tokyo)	JP	Lyon	FR		active	twin

# Batch mode takes the same forms, one a line; an ambiguous line is an error.
$ printf 'Portland (US, Oregon)\nPortland (US-ME)\nPortland\n' | twin -f fixtures/regions.csv partners -
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	
Portland	US	Arkhangelsk	RU	1988	active	twin	Maine	
! twin: 'Portland' is ambiguous: it names 3 cities; name one as listed, or pick with --country or --region:
! twin:   Portland (US, no region)	1 partner
! twin:   Portland (US, Maine)	1 partner
! twin:   Portland (US, Oregon)	2 partners
? 2

# An ambiguous line stays an error when a later one names no city.
$ printf 'Portland\nSalem\n' | twin -f fixtures/regions.csv partners - 2>/dev/null
? 2

# An exact spelling is pointed out, and --exact picks it.
$ twin -f fixtures/regions.csv partners turi
! twin: 'turi' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Türi (EE)	2 partners
! twin:   Turi (IT)	1 partner
? 2

$ twin -f fixtures/regions.csv partners Turi
! twin: 'Turi' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Türi (EE)	2 partners
! twin:   Turi (IT)	1 partner
! twin: 'Turi' is spelled exactly so by Turi (IT); --exact picks it
? 2

$ twin -f fixtures/regions.csv partners --exact Turi
Turi	IT	Türi	EE		active	friendship		

$ twin -f fixtures/regions.csv partners --exact Türi
Türi	EE	Tartu	EE	1995	active	twin		
Türi	EE	Turi	IT		active	friendship		

# Regions are columns 8 and 9 of link rows where the registry has them.
$ twin -f fixtures/regions.csv -o csv partners 'Sapporo'
city,country,partner,partner_country,year,status,kind,region,partner_region
Sapporo,JP,Portland,US,1959,active,twin,,Oregon

$ twin -f fixtures/regions.csv -o table partners 'Münster (DE, North Rhine-Westphalia)'
CITY     COUNTRY  PARTNER  PARTNER_COUNTRY  YEAR  STATUS  KIND  REGION                  PARTNER_REGION
Münster  DE       Orléans  FR               1960  active  twin  North Rhine-Westphalia

$ twin -f fixtures/regions.csv -o json partners 'Munster (DE, Lower Saxony)'
[
  {"city": "Munster", "country": "DE", "partner": "Kiryat Bialik", "partner_country": "IL", "year": 1980, "status": "active", "kind": "partner", "region": "Lower Saxony", "partner_region": null, "ended": null, "sources": [{"file": "fixtures/regions.csv", "line": 8, "year": 1980, "ended": null, "status": "active", "kind": "partner", "source": "City of Munster", "note": null}]}
]

# Alias files may name a region too.
$ twin -f fixtures/regions.csv -f fixtures/region-aliases.csv partners 'Rose City' 'Portland Oregon'
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	

# One link per pair: Sapporo restates Portland's link, which is listed once
# whichever end is asked, with the statements of both rows.
$ twin -f fixtures/regions.csv partners Sapporo
Sapporo	JP	Portland	US	1959	active	twin		Oregon

$ twin -f fixtures/regions.csv show Sapporo 'Portland (US, Oregon)'
Portland	US	Sapporo	JP	1959	active	twin	Oregon		fixtures/regions.csv	3	City of Portland OR: sister cities	
Sapporo	JP	Portland	US	1959	active	twin		Oregon	fixtures/regions.csv	5	City of Sapporo: sister cities	Sapporo lists Portland in Oregon

$ twin -f fixtures/regions.csv show -o table 'Portland (US, Oregon)' Sapporo
CITY      COUNTRY  PARTNER   PARTNER_COUNTRY  YEAR  STATUS  KIND  REGION  PARTNER_REGION  FILE                  LINE  SOURCE                              NOTE
Portland  US       Sapporo   JP               1959  active  twin  Oregon                  fixtures/regions.csv     3  City of Portland OR: sister cities
Sapporo   JP       Portland  US               1959  active  twin          Oregon          fixtures/regions.csv     5  City of Sapporo: sister cities      Sapporo lists Portland in Oregon

# The earliest year stated is the link's; twin check names both rows.
$ twin -f fixtures/regions.csv show Orléans Münster --region 'North Rhine-Westphalia'
Münster	DE	Orléans	FR	1960	active	twin	North Rhine-Westphalia		fixtures/regions.csv	7	City of Münster	
Orléans	FR	Münster	DE	1961	active	twin		North Rhine-Westphalia	fixtures/regions.csv	9	City of Orléans	Orléans gives another year

$ twin -f fixtures/regions.csv -o json show Arkhangelsk Portland --region Maine
[
  {"city": "Arkhangelsk", "country": "RU", "partner": "Portland", "partner_country": "US", "year": 1988, "status": "active", "kind": "twin", "region": null, "partner_region": "Maine", "ended": null, "sources": [{"file": "fixtures/regions.csv", "line": 2, "year": 1988, "ended": null, "status": "active", "kind": "twin", "source": "City of Portland ME: sister cities", "note": null}, {"file": "fixtures/regions.csv", "line": 10, "year": 1988, "ended": null, "status": "suspended", "kind": "twin", "source": "City of Arkhangelsk", "note": "restated; suspended since"}]}
]

$ twin -f fixtures/regions.csv show Sapporo Tartu
! twin: Sapporo (JP) and Tartu (EE) are not linked
? 1

$ twin -f fixtures/regions.csv show Sapporo
! twin: show: expected two city names, got 1
! usage: twin show [-H] [-c country] [-f file] [-o format] [--region region] [--exact]
!           [--as-of year] city partner
? 2

# --sources adds each link's sources and notes.
$ twin -f fixtures/regions.csv partners --sources 'Portland (US, Oregon)'
Portland	US	Sapporo	JP	1959	active	twin	Oregon		City of Portland OR: sister cities; City of Sapporo: sister cities	Sapporo lists Portland in Oregon
Portland	US	Guadalajara	MX	1983	active	twin	Oregon		City of Portland OR: sister cities	

$ twin -f fixtures/regions.csv partners --sources -o csv Arkhangelsk
city,country,partner,partner_country,year,status,kind,region,partner_region,source,note
Arkhangelsk,RU,Portland,US,1988,active,twin,,Maine,City of Portland ME: sister cities; City of Arkhangelsk,restated; suspended since

# Every command counts links, not rows.
$ twin -f fixtures/regions.csv links --status all | wc -l
8

$ twin -f fixtures/regions.csv decade 1950s
Portland	US	Sapporo	JP	1959	active	twin	Oregon	

$ twin -f fixtures/regions.csv links --since 1959 --until 1961
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Münster	DE	Orléans	FR	1960	active	twin	North Rhine-Westphalia	

$ twin -f fixtures/regions.csv cities | head -3
Portland	US	2
Türi	EE	2
Arkhangelsk	RU	1

$ twin -f fixtures/regions.csv countries
US	3	4	4
DE	2	2	2
EE	2	2	1
FR	1	1	1
IL	1	1	1
IT	1	1	1
JP	1	1	1
MX	1	1	1
NI	1	1	1
RU	1	1	1

$ twin -f fixtures/regions.csv countries --pairs
DE	FR	1
DE	IL	1
EE	EE	1
EE	IT	1
JP	US	1
MX	US	1
NI	US	1
RU	US	1

$ twin -f fixtures/regions.csv common Sapporo Guadalajara
Portland	US

$ twin -f fixtures/regions.csv path Sapporo Guadalajara
Sapporo	JP	Portland	US	1959	active	twin		Oregon
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	

$ twin -f fixtures/regions.csv stats | head -4
rows		11
links		8
self_links		0
cities		14

$ twin -f fixtures/regions.csv graph | grep -c -- ' -- '
8

# twin check: the row without a region, and statements that disagree.
$ twin check fixtures/regions.csv
fixtures/regions.csv:1: note: read as UTF-8, fields separated by ','
fixtures/regions.csv:6: warning: Portland (US) has no region, and the registry has that name in several regions: Portland (US, Maine; line 2), Portland (US, Oregon; line 3); expected a region
fixtures/regions.csv:9: warning: conflicts with line 7 on Orléans (FR) - Münster (DE): year 1961 here, 1960 there
fixtures/regions.csv:10: warning: conflicts with line 2 on Arkhangelsk (RU) - Portland (US): status suspended here, active there
twin check: 0 errors, 3 warnings in 8 links
? 1

# twin check goes on after a stray quote: every problem of the file.
$ printf 'city,country,partner,partner_country,year\nTurku,FI,Bergen,NO,1946\nTurku,FI,Ab"o,SE,1950\nTurku,FI,Oslo,NO,19x6\nTurku,FI,Turku,FI,\n' | twin check -
(stdin):1: note: read as UTF-8, fields separated by ','
(stdin):3: error: bad quoting: expected a quote only at the start and end of a field, doubled ("") inside it
(stdin):4: error: bad year '19x6': expected a year of up to four digits such as 1946, or nothing when unknown
(stdin):5: warning: link from Turku (FI) to itself
twin check: 2 errors, 1 warning in 2 links
? 2
