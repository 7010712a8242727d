# twin links: filters combine; decade and suspended are its shorthands.
$ twin links --between DE,TR
Berlin	DE	Istanbul	TR		active	partner
Mannheim	DE	Kilis	TR		active	partner
Osnabrück	DE	Çanakkale	TR		active	partner
Treptow-Köpenick	DE	Tepebaşı	TR		active	partner

$ twin links --between TR,Germany --kind partner | cut -f1,3
Çanakkale	Osnabrück
Istanbul	Berlin
Kilis	Mannheim
Tepebaşı	Treptow-Köpenick

$ twin links --since 1960 --until 1969
Dortmund	DE	Amiens	FR	1960	active	twin
Turku	FI	Constanța	RO	1963	active	twin
Turku	FI	Varna	BG	1963	active	twin
Turku	FI	Cologne	DE	1967	active	twin
Dortmund	DE	Leeds	GB	1969	active	twin

$ twin links --decade 1970s --country DE
Dortmund	DE	Buffalo	US	1977	active	twin
Dortmund	DE	Rostov-on-Don	RU	1977	active	twin

$ twin links --decade 1970 --since 1975 --until 1990 --country DE
Dortmund	DE	Buffalo	US	1977	active	twin
Dortmund	DE	Rostov-on-Don	RU	1977	active	twin

$ twin links --city Aarhus --kind friendship | cut -f3
Amsterdam
Brussels
Chicago
Hamburg
London
Novi Sad

$ twin links --city göteborg --between SE,CN
Gothenburg	SE	Shanghai	CN		active	partner
Gothenburg	SE	Xi'an	CN		active	partner

$ twin links --status suspended
Turku	FI	Saint Petersburg	RU	1953	suspended	twin

$ twin links --since 2030
? 1

$ twin links -h | grep -e '--between CC'
      --between CC,CC   links between the two countries, in either direction

$ twin decade 1940s --kind twin
Turku	FI	Aarhus	DK	1946	active	twin
Turku	FI	Bergen	NO	1946	active	twin
Turku	FI	Gothenburg	SE	1946	active	twin

$ twin suspended --since 1950 --until 1960
Turku	FI	Saint Petersburg	RU	1953	suspended	twin

$ twin links --since 0
! twin: bad --since '0': expected a year from 1 to 9999, such as 1989
? 2

$ twin links --until 10000
! twin: bad --until '10000': expected a year from 1 to 9999, such as 1989
? 2

$ twin links --since 19x0
! twin: bad --since '19x0': expected a year from 1 to 9999, such as 1989
? 2

$ twin links --decade 1965
! twin: links: bad decade '1965': expected a year ending in 0, such as 1960 or 1960s
? 2

$ twin links --between DE
! twin: links: bad --between 'DE': expected two countries separated by a comma, such as DE,TR
? 2

$ twin links --between DE,Atlantis
! twin: links: bad --between 'DE,Atlantis': unknown country 'Atlantis'
? 2

$ twin links --between DE,TR --country DE
! twin: links: --between and --country cannot be combined
! usage: twin links [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!             [--between cc,cc] [--city name] [--decade decade] [--since year]
!             [--until year]
? 2

$ twin links --city Nowhere
! twin: no city named 'Nowhere'
? 1

$ twin links -o json --between DE,TR --kind twin
[]
? 1

$ twin links -o csv --city Dortmund --since 1990
city,country,partner,partner_country,year,status,kind
Dortmund,DE,Xi'an,CN,1992,active,twin

$ twin -f fixtures/small.csv links --status all --between DE,TR
Gamma	DE	Epsilon	TR	1988	active	friendship
Delta	DE	Epsilon	TR	2001	ended	twin

$ twin -f fixtures/small.csv links --city Springfield
! twin: 'Springfield' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Springfield (CA)	1 partner
! twin:   Springfield (US)	1 partner
? 2

$ twin -f fixtures/small.csv links --city Springfield --country CA
Springfield	CA	Alpha	FI		active	twin

$ twin -f fixtures/small.csv links --city Alpha --since 1950 --until 1950
Alpha	FI	Beta	SE	1950	active	twin

# twin cities: distinct partners, most first, ties by name.
$ twin cities | head -5
Turku	FI	15
Aarhus	DK	13
Gothenburg	SE	12
Dortmund	DE	8
Rostock	DE	3

$ twin cities --country DE --min 2
Dortmund	DE	8
Rostock	DE	3

$ twin cities --kind twin --min 2
Turku	FI	14
Dortmund	DE	8
Aarhus	DK	7
Bergen	NO	2
Gothenburg	SE	2
Rostock	DE	2
Saint Petersburg	RU	2

$ twin cities --min 20
? 1

$ twin cities --min -1
! twin: cities: bad --min '-1': expected a number from 0 to 1000000
? 2

$ twin cities -o json --min 13
[
  {"city": "Turku", "country": "FI", "partners": 15},
  {"city": "Aarhus", "country": "DK", "partners": 13}
]

$ twin -f fixtures/small.csv cities
Alpha	FI	3
Beta	SE	3
Gamma	DE	3
Epsilon	TR	2
Omega	FR	2
Back\slash "Q"	FR	1
Delta	DE	1
Springfield	CA	1
Springfield	US	1
Zeta Town	TR	1

$ twin -f fixtures/small.csv cities --status active --min 2
Alpha	FI	3
Beta	SE	2
Epsilon	TR	2
Gamma	DE	2
Omega	FR	2

$ twin -f fixtures/small.csv cities --status ended --min 0 --country TR
Epsilon	TR	1
Zeta Town	TR	0

# twin countries: cities and links per country, or per pair of countries.
$ twin countries | head -4
DE	10	18	11
FI	1	15	14
DK	1	13	12
SE	1	12	10

$ twin countries --country TR
TR	4	4	1

$ twin countries --pairs | head -3
DE	TR	4
CN	SE	2
DE	DK	2

$ twin countries --pairs --country TR
TR	DE	4

$ twin -f fixtures/small.csv countries
DE	2	4	3
FI	1	3	3
SE	1	3	2
FR	2	2	1
TR	2	2	1
CA	1	1	1
US	1	1	1

$ twin -f fixtures/small.csv countries --pairs
DE	SE	2
CA	FI	1
DE	FI	1
DE	TR	1
FI	SE	1
FR	FR	1
FR	US	1
TR	TR	1

$ twin -f fixtures/small.csv countries --pairs --status all --country TR
TR	DE	2
TR	TR	1

$ twin -o table countries --pairs --country CN
COUNTRY  PARTNER_COUNTRY  LINKS
CN       SE                   2
CN       DE                   1
CN       DK                   1
CN       FI                   1

# twin common: the partners two cities share.
$ twin common Turku Gothenburg
Aarhus	DK
Rostock	DE

$ twin common Aarhus Gothenburg
Chicago	US
Rostock	DE
Turku	FI

$ twin common -o table Dortmund Gothenburg
CITY   COUNTRY
Xi'an  CN

$ twin common Turku Kharkiv
? 1

$ twin common Turku
! twin: common: expected two city names, got 1
! usage: twin common [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!             city city
? 2

$ twin common Turku Nowhere
! twin: no city named 'Nowhere'
? 1

$ twin -f fixtures/small.csv common Alpha Delta
Beta	SE

$ twin -f fixtures/small.csv common Beta Gamma
Alpha	FI

$ twin -f fixtures/small.csv common --status active Beta Gamma
Alpha	FI

# twin path: a shortest chain, oriented along it.
$ twin path Kharkiv Chicago
Kharkiv	UA	Turku	FI	2022	active	twin
Turku	FI	Aarhus	DK	1946	active	twin
Aarhus	DK	Chicago	US		active	friendship

$ twin path Chicago Kharkiv
Chicago	US	Aarhus	DK		active	friendship
Aarhus	DK	Turku	FI	1946	active	twin
Turku	FI	Kharkiv	UA	2022	active	twin

$ twin path -o table Tianjin Xian
CITY        COUNTRY  PARTNER     PARTNER_COUNTRY  YEAR  STATUS  KIND
Tianjin     CN       Turku       FI                     active  cooperation
Turku       FI       Gothenburg  SE               1946  active  twin
Gothenburg  SE       Xi'an       CN                     active  partner

$ twin path Turku Istanbul
? 1

# The same city twice is a question like any other: a chain of no links
# (nothing printed, but found), and the partners a city shares with itself.
$ twin path Turku Turku

$ twin path Turku Åbo -o csv
city,country,partner,partner_country,year,status,kind

$ twin path Turku Turku -o json
[]

$ twin common Turku Åbo | head -n 3
Aarhus	DK
Bergen	NO
Bratislava	SK

$ twin common Turku Turku | wc -l
15

$ twin path Turku
! twin: path: expected two city names, got 1
! usage: twin path [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]
!             city city
? 2

$ twin -f fixtures/small.csv path Alpha 'Zeta Town'
Alpha	FI	Gamma	DE	1965	active	twin
Gamma	DE	Epsilon	TR	1988	active	friendship
Epsilon	TR	Zeta Town	TR	2015	active	twin

$ twin -f fixtures/small.csv path --status all Delta Epsilon
Delta	DE	Epsilon	TR	2001	ended	twin

$ twin -f fixtures/small.csv path Delta Epsilon
Delta	DE	Beta	SE		active	partner
Beta	SE	Gamma	DE	1972	suspended	twin
Gamma	DE	Epsilon	TR	1988	active	friendship

$ twin -f fixtures/small.csv path Alpha Springfield
! twin: 'Springfield' is ambiguous: it names 2 cities; name one as listed, or pick with --country or --region:
! twin:   Springfield (CA)	1 partner
! twin:   Springfield (US)	1 partner
? 2

$ twin -f fixtures/small.csv path --country CA Alpha Springfield
Alpha	FI	Springfield	CA		active	twin

$ twin -f fixtures/small.csv path --country US Alpha Springfield
? 1

$ twin -f fixtures/small.csv path -o json -c US Omega Springfield
[
  {"city": "Omega", "country": "FR", "partner": "Springfield", "partner_country": "US", "year": 1961, "status": "active", "kind": "cooperation", "region": null, "partner_region": null, "ended": null, "sources": [{"file": "fixtures/small.csv", "line": 11, "year": 1961, "ended": null, "status": "active", "kind": "cooperation", "source": null, "note": null}]}
]

# twin stats: figures as metric, item, value rows when not on a terminal.
$ twin stats
rows		49
links		49
self_links		0
cities		47
countries		25
links_with_year		23
links_of_unknown_year		26
links_with_year_share		0.4694
suspended		1
ended		0
components		5
largest_component		39
largest_component_share		0.8298
mean_degree		2.0851
max_degree		15
network_cities		47
network_links		49
network_mean_degree		2.085106382979
network_max_degree		15
network_components		5
network_largest_component		39
diameter		5
mean_distance		2.852901484480
triangles		7
assortativity		-0.605260602530
clustering		0.089045706067
transitivity		0.073684210526
gini		0.466782457664
powerlaw_alpha		2.451486182628
powerlaw_xmin		1
powerlaw_tail		47
powerlaw_ks		0.058000933442
placed_links		49
median_km		1386.2297
mean_km		2322.5045
share_under_500_km		0.1837
shortest_km		202.6550
longest_km		10272.8289
placed_cities		47
random_pairs		100000
random_seed		20130101
random_median_km		1807.0339
random_mean_km		3236.5778
links_in_decade	1940	3
ended_in_decade	1940	0
active_at_decade_end	1940	3
links_in_decade	1950	3
ended_in_decade	1950	0
active_at_decade_end	1950	5
links_in_decade	1960	5
ended_in_decade	1960	0
active_at_decade_end	1960	10
links_in_decade	1970	4
ended_in_decade	1970	0
active_at_decade_end	1970	14
links_in_decade	1980	4
ended_in_decade	1980	0
active_at_decade_end	1980	18
links_in_decade	1990	2
ended_in_decade	1990	0
active_at_decade_end	1990	20
links_in_decade	2000	1
ended_in_decade	2000	0
active_at_decade_end	2000	21
links_in_decade	2010	0
ended_in_decade	2010	0
active_at_decade_end	2010	21
links_in_decade	2020	1
ended_in_decade	2020	0
active_at_decade_end	2020	22
partners_of	Turku (FI)	15
partners_of	Aarhus (DK)	13
partners_of	Gothenburg (SE)	12
partners_of	Dortmund (DE)	8
partners_of	Rostock (DE)	3
partners_of	Bergen (NO)	2
partners_of	Chicago (US)	2
partners_of	Novi Sad (RS)	2
partners_of	Saint Petersburg (RU)	2
partners_of	Xi'an (CN)	2

$ twin stats --country TR
rows		4
links		4
self_links		0
cities		8
countries		2
links_with_year		0
links_of_unknown_year		4
links_with_year_share		0.0000
suspended		0
ended		0
components		4
largest_component		2
largest_component_share		0.2500
mean_degree		1.0000
max_degree		1
network_cities		8
network_links		4
network_mean_degree		1.000000000000
network_max_degree		1
network_components		4
network_largest_component		2
diameter		1
mean_distance		1.000000000000
triangles		0
assortativity		undefined
clustering		0.000000000000
transitivity		undefined
gini		0.000000000000
powerlaw_alpha		undefined
powerlaw_xmin		undefined
powerlaw_tail		0
powerlaw_ks		undefined
placed_links		4
median_km		1925.4422
mean_km		2071.8168
share_under_500_km		0.0000
shortest_km		1735.9597
longest_km		2700.4232
placed_cities		8
random_pairs		100000
random_seed		20130101
random_median_km		1693.8101
random_mean_km		1370.7487
partners_of	Çanakkale (TR)	1
partners_of	Istanbul (TR)	1
partners_of	Kilis (TR)	1
partners_of	Tepebaşı (TR)	1

$ twin stats -o table | head -22
rows                49
links               49
cities              47
countries           25
links with a year   23 (46.9%)
links of no year    26
suspended links     1
ended links         0
components          5
largest component   39 cities (83.0%)
mean degree         2.09
maximum degree      15 (Turku, FI)
|
links per decade: made, ended, active at the decade's end
  1940s       3       0       3  #####
  1950s       3       0       5  #####
  1960s       5       0      10  ########
  1970s       4       0      14  ######
  1980s       4       0      18  ######
  1990s       2       0      20  ###
  2000s       1       0      21  ##
  2010s       0       0      21

$ twin stats -o json | head -16
{
  "rows": 49,
  "links": 49,
  "self_links": 0,
  "cities": 47,
  "countries": 25,
  "links_with_year": 23,
  "links_of_unknown_year": 26,
  "links_with_year_share": 0.4694,
  "suspended": 1,
  "ended": 0,
  "components": 5,
  "largest_component": 39,
  "largest_component_share": 0.8298,
  "mean_degree": 2.0851,
  "max_degree": 15,

$ twin stats -o csv | head -3
metric,item,value
rows,,49
links,,49

$ twin stats --status ended
rows		0
links		0
self_links		0
cities		0
countries		0
links_with_year		0
links_of_unknown_year		0
links_with_year_share		0.0000
suspended		0
ended		0
components		0
largest_component		0
largest_component_share		0.0000
mean_degree		0.0000
max_degree		0
network_cities		0
network_links		0
network_mean_degree		0.000000000000
network_max_degree		0
network_components		0
network_largest_component		0
diameter		0
mean_distance		undefined
triangles		0
assortativity		undefined
clustering		undefined
transitivity		undefined
gini		undefined
powerlaw_alpha		undefined
powerlaw_xmin		undefined
powerlaw_tail		0
powerlaw_ks		undefined
placed_links		0
median_km		undefined
mean_km		undefined
share_under_500_km		undefined
shortest_km		undefined
longest_km		undefined
placed_cities		0
random_pairs		0
random_seed		20130101
random_median_km		undefined
random_mean_km		undefined
? 1

$ twin -f fixtures/small.csv stats
rows		11
links		10
self_links		0
cities		10
countries		7
links_with_year		8
links_of_unknown_year		2
links_with_year_share		0.8000
suspended		1
ended		1
components		2
largest_component		7
largest_component_share		0.7000
mean_degree		2.0000
max_degree		3
network_cities		10
network_links		10
network_mean_degree		2.000000000000
network_max_degree		3
network_components		2
network_largest_component		7
diameter		4
mean_distance		1.904761904762
triangles		1
assortativity		0.062500000000
clustering		0.100000000000
transitivity		0.214285714286
gini		0.240000000000
powerlaw_alpha		1.990918757778
powerlaw_xmin		1
powerlaw_tail		10
powerlaw_ks		0.204766423369
links_in_decade	1950	1
ended_in_decade	1950	0
active_at_decade_end	1950	1
links_in_decade	1960	2
ended_in_decade	1960	0
active_at_decade_end	1960	3
links_in_decade	1970	1
ended_in_decade	1970	0
active_at_decade_end	1970	3
links_in_decade	1980	1
ended_in_decade	1980	0
active_at_decade_end	1980	4
links_in_decade	1990	1
ended_in_decade	1990	0
active_at_decade_end	1990	5
links_in_decade	2000	1
ended_in_decade	2000	0
active_at_decade_end	2000	5
links_in_decade	2010	1
ended_in_decade	2010	0
active_at_decade_end	2010	6
partners_of	Alpha (FI)	3
partners_of	Beta (SE)	3
partners_of	Epsilon (TR)	3
partners_of	Gamma (DE)	3
partners_of	Delta (DE)	2
partners_of	Omega (FR)	2
partners_of	Back\slash "Q" (FR)	1
partners_of	Springfield (CA)	1
partners_of	Springfield (US)	1
partners_of	Zeta Town (TR)	1

$ twin -f fixtures/small.csv stats --status active,suspended
rows		10
links		9
self_links		0
cities		10
countries		7
links_with_year		7
links_of_unknown_year		2
links_with_year_share		0.7778
suspended		1
ended		0
components		2
largest_component		7
largest_component_share		0.7000
mean_degree		1.8000
max_degree		3
network_cities		10
network_links		9
network_mean_degree		1.800000000000
network_max_degree		3
network_components		2
network_largest_component		7
diameter		4
mean_distance		2.095238095238
triangles		1
assortativity		0.084745762712
clustering		0.100000000000
transitivity		0.272727272727
gini		0.255555555556
powerlaw_alpha		2.131948940210
powerlaw_xmin		1
powerlaw_tail		10
powerlaw_ks		0.150824205413
links_in_decade	1950	1
ended_in_decade	1950	0
active_at_decade_end	1950	1
links_in_decade	1960	2
ended_in_decade	1960	0
active_at_decade_end	1960	3
links_in_decade	1970	1
ended_in_decade	1970	0
active_at_decade_end	1970	3
links_in_decade	1980	1
ended_in_decade	1980	0
active_at_decade_end	1980	4
links_in_decade	1990	1
ended_in_decade	1990	0
active_at_decade_end	1990	5
links_in_decade	2000	0
ended_in_decade	2000	0
active_at_decade_end	2000	5
links_in_decade	2010	1
ended_in_decade	2010	0
active_at_decade_end	2010	6
partners_of	Alpha (FI)	3
partners_of	Beta (SE)	3
partners_of	Gamma (DE)	3
partners_of	Epsilon (TR)	2
partners_of	Omega (FR)	2
partners_of	Back\slash "Q" (FR)	1
partners_of	Delta (DE)	1
partners_of	Springfield (CA)	1
partners_of	Springfield (US)	1
partners_of	Zeta Town (TR)	1

$ twin -f fixtures/small.csv stats -o table
rows                11
links               10
cities              10
countries           7
links with a year   8 (80.0%)
links of no year    2
suspended links     1
ended links         1
components          2
largest component   7 cities (70.0%)
mean degree         2.00
maximum degree      3 (Alpha, FI)
|
links per decade: made, ended, active at the decade's end
  1950s       1       0       1  ####################
  1960s       2       0       3  ########################################
  1970s       1       0       3  ####################
  1980s       1       0       4  ####################
  1990s       1       0       5  ####################
  2000s       1       0       5  ####################
  2010s       1       0       6  ####################
  unknown     2                  ########################################
|
most partners
       3  Alpha (FI)
       3  Beta (SE)
       3  Epsilon (TR)
       3  Gamma (DE)
       2  Delta (DE)
       2  Omega (FR)
       1  Back\slash "Q" (FR)
       1  Springfield (CA)
       1  Springfield (US)
       1  Zeta Town (TR)
|
distinct-link network (self-links left out)
  cities            10
  links             10
  mean degree       2.000000
  maximum degree    3
  components        2
  largest component 7
  diameter          4
  mean distance     1.904762
  triangles         1
  assortativity     0.062500
  clustering        0.100000
  transitivity      0.214286
  gini              0.240000
  power-law alpha   1.990919 (xmin 1, 10 cities in the tail, KS distance 0.204766)

# --counts: the same counts, without the network measures (none of the
# network_ rows and no measures section in the report).
$ twin -f fixtures/small.csv stats --counts
rows		11
links		10
self_links		0
cities		10
countries		7
links_with_year		8
links_of_unknown_year		2
links_with_year_share		0.8000
suspended		1
ended		1
components		2
largest_component		7
largest_component_share		0.7000
mean_degree		2.0000
max_degree		3
links_in_decade	1950	1
ended_in_decade	1950	0
active_at_decade_end	1950	1
links_in_decade	1960	2
ended_in_decade	1960	0
active_at_decade_end	1960	3
links_in_decade	1970	1
ended_in_decade	1970	0
active_at_decade_end	1970	3
links_in_decade	1980	1
ended_in_decade	1980	0
active_at_decade_end	1980	4
links_in_decade	1990	1
ended_in_decade	1990	0
active_at_decade_end	1990	5
links_in_decade	2000	1
ended_in_decade	2000	0
active_at_decade_end	2000	5
links_in_decade	2010	1
ended_in_decade	2010	0
active_at_decade_end	2010	6
partners_of	Alpha (FI)	3
partners_of	Beta (SE)	3
partners_of	Epsilon (TR)	3
partners_of	Gamma (DE)	3
partners_of	Delta (DE)	2
partners_of	Omega (FR)	2
partners_of	Back\slash "Q" (FR)	1
partners_of	Springfield (CA)	1
partners_of	Springfield (US)	1
partners_of	Zeta Town (TR)	1

$ twin -f fixtures/small.csv stats --counts -o table
rows                11
links               10
cities              10
countries           7
links with a year   8 (80.0%)
links of no year    2
suspended links     1
ended links         1
components          2
largest component   7 cities (70.0%)
mean degree         2.00
maximum degree      3 (Alpha, FI)
|
links per decade: made, ended, active at the decade's end
  1950s       1       0       1  ####################
  1960s       2       0       3  ########################################
  1970s       1       0       3  ####################
  1980s       1       0       4  ####################
  1990s       1       0       5  ####################
  2000s       1       0       5  ####################
  2010s       1       0       6  ####################
  unknown     2                  ########################################
|
most partners
       3  Alpha (FI)
       3  Beta (SE)
       3  Epsilon (TR)
       3  Gamma (DE)
       2  Delta (DE)
       2  Omega (FR)
       1  Back\slash "Q" (FR)
       1  Springfield (CA)
       1  Springfield (US)
       1  Zeta Town (TR)

$ twin -f fixtures/small.csv stats --counts -o json | head -17
{
  "rows": 11,
  "links": 10,
  "self_links": 0,
  "cities": 10,
  "countries": 7,
  "links_with_year": 8,
  "links_of_unknown_year": 2,
  "links_with_year_share": 0.8000,
  "suspended": 1,
  "ended": 1,
  "components": 2,
  "largest_component": 7,
  "largest_component_share": 0.7000,
  "mean_degree": 2.0000,
  "max_degree": 3,
  "links_per_decade": [

$ t=$(mktemp) && twin -f fixtures/small.csv stats --counts > $t && twin -f fixtures/small.csv stats | grep -v -E '^(network_|diameter|mean_distance|triangles|assortativity|clustering|transitivity|gini|powerlaw_)' | diff $t - && echo same; rm -f $t
same

$ twin -f fixtures/small.csv stats -o json
{
  "rows": 11,
  "links": 10,
  "self_links": 0,
  "cities": 10,
  "countries": 7,
  "links_with_year": 8,
  "links_of_unknown_year": 2,
  "links_with_year_share": 0.8000,
  "suspended": 1,
  "ended": 1,
  "components": 2,
  "largest_component": 7,
  "largest_component_share": 0.7000,
  "mean_degree": 2.0000,
  "max_degree": 3,
  "network_cities": 10,
  "network_links": 10,
  "network_mean_degree": 2.000000000000,
  "network_max_degree": 3,
  "network_components": 2,
  "network_largest_component": 7,
  "diameter": 4,
  "mean_distance": 1.904761904762,
  "triangles": 1,
  "assortativity": 0.062500000000,
  "clustering": 0.100000000000,
  "transitivity": 0.214285714286,
  "gini": 0.240000000000,
  "powerlaw_alpha": 1.990918757778,
  "powerlaw_xmin": 1,
  "powerlaw_tail": 10,
  "powerlaw_ks": 0.204766423369,
  "links_per_decade": [
    {"decade": 1950, "links": 1, "ended": 0, "active_at_end": 1},
    {"decade": 1960, "links": 2, "ended": 0, "active_at_end": 3},
    {"decade": 1970, "links": 1, "ended": 0, "active_at_end": 3},
    {"decade": 1980, "links": 1, "ended": 0, "active_at_end": 4},
    {"decade": 1990, "links": 1, "ended": 0, "active_at_end": 5},
    {"decade": 2000, "links": 1, "ended": 0, "active_at_end": 5},
    {"decade": 2010, "links": 1, "ended": 0, "active_at_end": 6}
  ],
  "most_partners": [
    {"city": "Alpha", "country": "FI", "partners": 3},
    {"city": "Beta", "country": "SE", "partners": 3},
    {"city": "Epsilon", "country": "TR", "partners": 3},
    {"city": "Gamma", "country": "DE", "partners": 3},
    {"city": "Delta", "country": "DE", "partners": 2},
    {"city": "Omega", "country": "FR", "partners": 2},
    {"city": "Back\\slash \"Q\"", "country": "FR", "partners": 1},
    {"city": "Springfield", "country": "CA", "partners": 1},
    {"city": "Springfield", "country": "US", "partners": 1},
    {"city": "Zeta Town", "country": "TR", "partners": 1}
  ]
}

# twin graph: DOT, with quotes and backslashes escaped.
$ twin graph Kharkiv
graph twin {
	node [shape=box, style=rounded];
	c14 [label="Kharkiv\nUA"];
	c0 [label="Turku\nFI"];
	c0 -- c14 [label="2022"];
}

$ twin graph --depth 0 Tianjin
graph twin {
	node [shape=box, style=rounded];
	c15 [label="Tianjin\nCN"];
}

$ twin graph Turku | grep -c -- ' -- '
20

$ twin graph --depth 2 Kharkiv | grep -c label
31

$ twin graph | grep -c -- ' -- '
49

$ twin graph --depth 101 Turku
! twin: graph: bad --depth '101': expected a number from 0 to 100
? 2

$ twin graph --depth 2
! twin: graph: --depth needs a city
! usage: twin graph [-c country] [-f file] [-k kind] [-o format] [-s status]
!            [--countries | --depth n city | city]
? 2

$ twin graph Turku Bergen
! twin: graph: expected at most one city, got 2
! usage: twin graph [-c country] [-f file] [-k kind] [-o format] [-s status]
!            [--countries | --depth n city | city]
? 2

$ twin -f fixtures/small.csv graph Omega
graph twin {
	node [shape=box, style=rounded];
	c6 [label="Omega\nFR"];
	c7 [label="Back\\slash \"Q\"\nFR"];
	c8 [label="Springfield\nUS"];
	c6 -- c7 [label="1999"];
	c8 -- c6 [label="1961"];
}

$ twin -f fixtures/small.csv graph --status all Delta
graph twin {
	node [shape=box, style=rounded];
	c3 [label="Delta\nDE"];
	c1 [label="Beta\nSE"];
	c4 [label="Epsilon\nTR"];
	c1 -- c3;
	c3 -- c4 [label="2001", style=dotted];
}

$ twin -f fixtures/small.csv graph --country US --depth 2 Springfield
graph twin {
	node [shape=box, style=rounded];
	c8 [label="Springfield\nUS"];
	c6 [label="Omega\nFR"];
	c7 [label="Back\\slash \"Q\"\nFR"];
	c8 -- c6 [label="1961"];
	c6 -- c7 [label="1999"];
}

$ twin -f fixtures/small.csv graph
graph twin {
	node [shape=box, style=rounded];
	c0 [label="Alpha\nFI"];
	c1 [label="Beta\nSE"];
	c2 [label="Gamma\nDE"];
	c3 [label="Delta\nDE"];
	c4 [label="Epsilon\nTR"];
	c5 [label="Zeta Town\nTR"];
	c6 [label="Omega\nFR"];
	c7 [label="Back\\slash \"Q\"\nFR"];
	c8 [label="Springfield\nUS"];
	c9 [label="Springfield\nCA"];
	c0 -- c1 [label="1950"];
	c0 -- c2 [label="1965"];
	c1 -- c2 [label="1972", style=dashed];
	c1 -- c3;
	c2 -- c4 [label="1988"];
	c4 -- c5 [label="2015"];
	c6 -- c7 [label="1999"];
	c8 -- c6 [label="1961"];
	c9 -- c0;
}

$ twin -f fixtures/small.csv graph --status ended
graph twin {
	node [shape=box, style=rounded];
	c3 [label="Delta\nDE"];
	c4 [label="Epsilon\nTR"];
	c3 -- c4 [label="2001", style=dotted];
}

$ twin graph -c TR | grep -c -- ' -- '
4

# On a UTF-8 terminal the bars are block characters, in eighths; else '#'.
$ ttyrun 'twin stats' | sed -n '13,22p'
|
links per decade: made, ended, active at the decade's end
  1940s       3       0       3  ████▋
  1950s       3       0       5  ████▋
  1960s       5       0      10  ███████▊
  1970s       4       0      14  ██████▏
  1980s       4       0      18  ██████▏
  1990s       2       0      20  ███▏
  2000s       1       0      21  █▌
  2010s       0       0      21

$ ttyrun 'LC_ALL=C twin -f fixtures/small.csv stats' | sed -n '13,15p'
|
links per decade: made, ended, active at the decade's end
  1950s       1       0       1  ####################

$ ttyrun 'twin stats -o tsv' | head -2
rows		49
links		49
