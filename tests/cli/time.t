# Time: links that ended or were suspended, and the network as it stood
# in any year.  fixtures/time.csv: links suspended and ended in 2022, one
# of unknown year, one made and ended in 1990.

# A registry with an ended column shows it after the seven columns.
$ twin -f fixtures/time.csv partners --status all Turku
Turku	FI	Bergen	NO	1946	active	twin	
Turku	FI	Saint Petersburg	RU	1953	suspended	twin	2022
Turku	FI	Tartu	EE	2008	active	twin	

# As of 2021, the links suspended in 2022 were active, with no end yet.
$ twin -f fixtures/time.csv partners --as-of 2021 Turku
Turku	FI	Bergen	NO	1946	active	twin	
Turku	FI	Saint Petersburg	RU	1953	active	twin	
Turku	FI	Tartu	EE	2008	active	twin	

$ twin -f fixtures/time.csv partners --as-of 1950 Turku
Turku	FI	Bergen	NO	1946	active	twin	

# Links of unknown year are kept, unless --known-years.
$ twin -f fixtures/time.csv links --as-of 1995
Turku	FI	Bergen	NO	1946	active	twin	
Turku	FI	Saint Petersburg	RU	1953	active	twin	
Pskov	RU	Saint Petersburg	RU	1960	active	cooperation	
Gdańsk	PL	Kaliningrad	RU	1992	active	partner	
Lviv	UA	Rochester	US		active	twin	

$ twin -f fixtures/time.csv links --as-of 1995 --known-years
Turku	FI	Bergen	NO	1946	active	twin	
Turku	FI	Saint Petersburg	RU	1953	active	twin	
Pskov	RU	Saint Petersburg	RU	1960	active	cooperation	
Gdańsk	PL	Kaliningrad	RU	1992	active	partner	

$ twin -f fixtures/time.csv links --as-of 1990 --status all
Turku	FI	Bergen	NO	1946	active	twin	
Turku	FI	Saint Petersburg	RU	1953	active	twin	
Pskov	RU	Saint Petersburg	RU	1960	active	cooperation	
Oslo	NO	Toronto	CA	1990	ended	friendship	1990
Lviv	UA	Rochester	US		active	twin	

$ twin -f fixtures/time.csv cities --as-of 1995
Saint Petersburg	RU	2
Turku	FI	2
Bergen	NO	1
Gdańsk	PL	1
Kaliningrad	RU	1
Lviv	UA	1
Pskov	RU	1
Rochester	US	1

$ twin -f fixtures/time.csv countries --as-of 2021
RU	3	4	3
FI	1	3	3
EE	1	2	2
NO	1	1	1
PL	1	1	1
UA	1	1	1
US	1	1	1

$ twin -f fixtures/time.csv countries --pairs --as-of 2023
EE	FI	1
FI	NO	1
FI	RU	1
PL	RU	1
RU	RU	1
UA	US	1

$ twin -f fixtures/time.csv common --as-of 2021 Pskov Turku
Saint Petersburg	RU
Tartu	EE

$ twin -f fixtures/time.csv path --as-of 2021 Tartu 'Saint Petersburg'
Tartu	EE	Pskov	RU	1996	active	twin	
Pskov	RU	Saint Petersburg	RU	1960	active	cooperation	

$ twin -f fixtures/time.csv path --as-of 2023 Tartu 'Saint Petersburg'
Tartu	EE	Turku	FI	2008	active	twin	
Turku	FI	Saint Petersburg	RU	1953	suspended	twin	2022

$ twin -f fixtures/time.csv graph --as-of 1960 | grep -c -- ' -- '
4

$ twin -f fixtures/time.csv show --as-of 1950 Turku 'Saint Petersburg'
! twin: Turku (FI) and Saint Petersburg (RU) were not linked in 1950: their link was made in 1953
? 1

$ twin -f fixtures/time.csv -o json partners --as-of 2023 --status all Gdańsk
[
  {"city": "Gdańsk", "country": "PL", "partner": "Kaliningrad", "partner_country": "RU", "year": 1992, "status": "suspended", "kind": "partner", "region": null, "partner_region": null, "ended": 2022, "sources": [{"file": "fixtures/time.csv", "line": 6, "year": 1992, "ended": 2022, "status": "suspended", "kind": "partner", "source": null, "note": null}]}
]

# --since and --until work on every command that reads links.
$ twin -f fixtures/time.csv cities --since 1990 --until 1999
Gdańsk	PL	1
Kaliningrad	RU	1

$ twin -f fixtures/time.csv stats --since 2000 | head -2
rows		1
links		1

# The decades: made, ended, active at each decade's end, every decade from
# the first to the last.
$ twin -f fixtures/time.csv stats | grep -E 'decade|unknown_year'
links_of_unknown_year		1
links_in_decade	1940	1
ended_in_decade	1940	0
active_at_decade_end	1940	1
links_in_decade	1950	1
ended_in_decade	1950	0
active_at_decade_end	1950	2
links_in_decade	1960	1
ended_in_decade	1960	0
active_at_decade_end	1960	3
links_in_decade	1970	0
ended_in_decade	1970	0
active_at_decade_end	1970	3
links_in_decade	1980	0
ended_in_decade	1980	0
active_at_decade_end	1980	3
links_in_decade	1990	3
ended_in_decade	1990	1
active_at_decade_end	1990	5
links_in_decade	2000	1
ended_in_decade	2000	0
active_at_decade_end	2000	6
links_in_decade	2010	0
ended_in_decade	2010	0
active_at_decade_end	2010	6
links_in_decade	2020	0
ended_in_decade	2020	3
active_at_decade_end	2020	3

$ twin -f fixtures/time.csv stats --as-of 2000 -o table | sed -n '/links per decade/,/unknown/p'
links per decade: made, ended, active at the decade's end
  1940s       1       0       1  #############
  1950s       1       0       2  #############
  1960s       1       0       3  #############
  1970s       0       0       3
  1980s       0       0       3
  1990s       3       1       5  ########################################
  unknown     1                  #############

# A city's history, one line an event.
$ twin -f fixtures/time.csv history Turku
1946	made	Turku	FI	Bergen	NO	twin
1953	made	Turku	FI	Saint Petersburg	RU	twin
2008	made	Turku	FI	Tartu	EE	twin
2022	suspended	Turku	FI	Saint Petersburg	RU	twin

$ twin -f fixtures/time.csv history -o table Oslo
YEAR  EVENT  CITY  COUNTRY  PARTNER  PARTNER_COUNTRY  KIND
1990  made   Oslo  NO       Toronto  CA               friendship
1990  ended  Oslo  NO       Toronto  CA               friendship

$ twin -f fixtures/time.csv history --as-of 2000 Tartu
1996	made	Tartu	EE	Pskov	RU	twin

# Bad years and an empty range are errors, not questions with no answer.
$ twin -f fixtures/time.csv partners --as-of 20x4 Turku
! twin: bad --as-of '20x4': expected a year from 1 to 9999, such as 1989
? 2

$ twin -f fixtures/time.csv partners --as-of 99999 Turku
! twin: bad --as-of '99999': expected a year from 1 to 9999, such as 1989
? 2

$ twin -f fixtures/time.csv links --since 1990 --until 1980
! twin: --since 1990 --until 1980: the range is empty: expected --since at or before --until
? 2

# twin check: an end with status active, an end before the start, years
# in the future.
$ twin check fixtures/time-bad.csv
fixtures/time-bad.csv:1: note: read as UTF-8, fields separated by ','
fixtures/time-bad.csv:2: error: ended year 1990 with status active: expected status suspended or ended, or no ended year
fixtures/time-bad.csv:3: error: ended year 1940 is before the year 1946 the link was made: expected an end at or after its start
fixtures/time-bad.csv:4: error: year 2999 is in the future: expected the year the link was made, or nothing when unknown
fixtures/time-bad.csv:5: error: ended year 2999 is in the future: expected the year the link ended or was suspended
twin check: 4 errors, 0 warnings in 4 links
? 2
