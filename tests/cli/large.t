# Registries of many batches of records: parsed on one thread and read
# into the registry on another, and still every answer and every message
# as with one thread, in the order of the file.

# 3,000 rows: errors and a second spelling of Hub far apart, in the rows
# of different batches; one error (a short row) is the parser's, the
# others are found reading the fields.
$ d=$(mktemp -d) && cd $d && awk 'BEGIN { print "city,country,partner,partner_country,year"; for (i = 1; i <= 3000; i++) { if (i == 900) print "Hub,FI,Bad" i ",SE,19x0"; else if (i == 1700) print "Hub,FI,Short"; else if (i == 2000) print "HUB,FI,Town" i ",SE,1990"; else if (i == 2600) print "Hub,FI,Bad" i ",XX,1990"; else printf "%s,FI,Town%d,SE,%d\n", (i % 3 ? "Town" i % 50 : "Hub"), i, 1950 + i % 70 } }' > big.csv && twin check big.csv; echo "status $?"; cd /; rm -rf "$d"
big.csv:1: note: read as UTF-8, fields separated by ','
big.csv:901: error: bad year '19x0': expected a year of up to four digits such as 1946, or nothing when unknown
big.csv:1701: error: expected 5 fields as in the header, found 3
big.csv:2001: warning: 'HUB' and 'Hub' (line 4) are one city in FI, spelled two ways
big.csv:2601: error: unknown partner_country 'XX': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland
twin check: 3 errors, 1 warning in 2,997 links
status 2

# A query stops at the first error, wherever it is.
$ d=$(mktemp -d) && cd $d && awk 'BEGIN { print "city,country,partner,partner_country,year"; for (i = 1; i <= 3000; i++) { if (i == 1700) print "Hub,FI,Short"; else if (i == 2600) print "Hub,FI,Bad" i ",XX,1990"; else printf "%s,FI,Town%d,SE,%d\n", (i % 3 ? "Town" i % 50 : "Hub"), i, 1950 + i % 70 } }' > big.csv && twin -f big.csv partners Hub; echo "status $?"; cd /; rm -rf "$d"
status 2
! twin: big.csv:1701: expected 5 fields as in the header, found 3

$ d=$(mktemp -d) && cd $d && awk 'BEGIN { print "city,country,partner,partner_country,year"; for (i = 1; i <= 3000; i++) { if (i == 2600) print "Hub,FI,Bad" i ",XX,1990"; else printf "%s,FI,Town%d,SE,%d\n", (i % 3 ? "Town" i % 50 : "Hub"), i, 1950 + i % 70 } }' > big.csv && twin -f big.csv partners Hub; echo "status $?"; cd /; rm -rf "$d"
status 2
! twin: big.csv:2601: unknown partner_country 'XX': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland

# Without errors: Hub's 1,000 links, from rows of every batch, and the
# first and last of them; Town7 names cities in rows far apart.
$ d=$(mktemp -d) && cd $d && awk 'BEGIN { print "city,country,partner,partner_country,year"; for (i = 1; i <= 3000; i++) printf "%s,FI,Town%d,SE,%d\n", (i % 3 ? "Town" i % 50 : "Hub"), i, 1950 + i % 70 }' > big.csv && twin -f big.csv partners Hub | wc -l && twin -f big.csv partners Hub | sed -n '1p;$p' && twin -f big.csv partners --country FI Town7 | wc -l && twin -f big.csv stats | head -3; cd /; rm -rf "$d"
1000
Hub	FI	Town1050	SE	1950	active	twin
Hub	FI	Town909	SE	2019	active	twin
40
rows		3000
links		3000
self_links		0

# Rows with long sources fill a batch's text before its count of rows:
# 600 rows of 4 KiB each are handed on in batches of about 250.
$ d=$(mktemp -d) && cd $d && awk 'BEGIN { s = sprintf("%4000s", ""); gsub(/ /, "x", s); print "city,country,partner,partner_country,year,source"; for (i = 1; i <= 600; i++) printf "Hub,FI,Town%d,SE,%d,%s%d\n", i, 1950 + i % 70, s, i }' > long.csv && twin -f long.csv partners Hub | wc -l && twin -f long.csv show Hub Town599 | grep -o 'xx*599' | awk '{ print length }' && twin check long.csv; cd /; rm -rf "$d"
600
4003
long.csv:1: note: read as UTF-8, fields separated by ','
twin check: 0 errors, 0 warnings in 600 links
