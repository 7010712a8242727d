# twin rank: cities by how central they are in the network of distinct
# links.  tests/measures/check.py checks every value against networkx.

$ twin rank -n 5
1	Turku	FI	15
2	Aarhus	DK	13
3	Gothenburg	SE	12
4	Dortmund	DE	8
5	Rostock	DE	3

$ twin rank --by betweenness -n 4 -o table
RANK  CITY        COUNTRY   BETWEENNESS
   1  Turku       FI       0.3241545894
   2  Gothenburg  SE       0.3009661836
   3  Aarhus      DK       0.2975845411
   4  Dortmund    DE       0.2009661836

$ twin rank --by closeness -n 3 -o csv
rank,city,country,closeness
1,Aarhus,DK,0.4549464398
2,Gothenburg,SE,0.448447205
3,Turku,FI,0.4242068155

$ twin rank --by pagerank -n 3 --country DE
1	Dortmund	DE	0.07658683781
2	Rostock	DE	0.02450910779
3	Berlin	DE	0.02127659574

$ twin rank --by eigenvector -n 2 -o json
[
  {"rank": 1, "city": "Turku", "country": "FI", "eigenvector": 0.4891566739},
  {"rank": 2, "city": "Aarhus", "country": "DK", "eigenvector": 0.4660009916}
]

# The network as it stood in 1960.
$ twin rank --as-of 1960 -n 3
1	Aarhus	DK	12
2	Gothenburg	SE	12
3	Turku	FI	7

# Bad measures and counts are errors.
$ twin rank --by bogus
! twin: rank: unknown measure 'bogus': expected degree, betweenness, closeness, eigenvector or pagerank
? 2

$ twin rank -n 0
! twin: rank: bad -n '0': expected a number from 1 to 1000000
? 2

$ twin rank -n -3
! twin: rank: bad -n '-3': expected a number from 1 to 1000000
? 2

$ twin rank -n 99999999999
! twin: rank: bad -n '99999999999': expected a number from 1 to 1000000
? 2

$ twin rank Turku
! twin: rank: unexpected argument 'Turku'
! usage: twin rank [-H] [-c country] [-f file] [-k kind] [-n count] [-o format] [-s status]
!           [--as-of year] [--by measure]
? 2
