# twin check: every problem of the registry files.

# The built-in registry is clean.
$ twin check
twinning.csv (built in):1: note: read as UTF-8, fields separated by ','
aliases.csv (built in):1: note: read as UTF-8, fields separated by ','
places.csv (built in):1: note: read as UTF-8, fields separated by ','
twin check: 0 errors, 0 warnings in 49 links

$ twin check ../../data/twinning.csv ../../data/aliases.csv
../../data/twinning.csv:1: note: read as UTF-8, fields separated by ','
../../data/aliases.csv:1: note: read as UTF-8, fields separated by ','
twin check: 0 errors, 0 warnings in 49 links

# Every warning and every error, in file and line order; errors win the exit status.
$ twin check check/reg.csv check/alias.csv
check/reg.csv:1: note: read as UTF-8, fields separated by ','
check/reg.csv:4: warning: conflicts with line 2 on Turku (FI) - Bergen (NO): year 1950 here, 1946 there; status ended here, active there
check/reg.csv:5: warning: link from Turku (FI) to itself
check/reg.csv:6: error: year 9999 is in the future: expected the year the link was made, or nothing when unknown
check/reg.csv:7: warning: year 650 is before 800: expected the year the link was made, or nothing when unknown
check/reg.csv:8: warning: 'GÖTEBORG' and 'Gothenburg' (line 10) are one city in SE: check/alias.csv:2 makes 'Göteborg' another name of 'Gothenburg'
check/reg.csv:9: warning: 'Göteborg' and 'GÖTEBORG' (line 8) are one city in SE, spelled two ways
check/reg.csv:11: warning: name ' Kiel' has a leading space: expected the name alone
check/reg.csv:12: error: unknown partner_country 'XX': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland
check/reg.csv:13: error: bad year '19a5': expected a year of up to four digits such as 1946, or nothing when unknown
check/alias.csv:1: note: read as UTF-8, fields separated by ','
check/alias.csv:4: warning: alias 'Reval' names Tallinn (EE), which is not in the registry
twin check: 3 errors, 7 warnings in 8 links
? 2

# Warnings alone exit 1: an alias file with no registry leads nowhere.
$ twin check check/alias.csv
check/alias.csv:1: note: read as UTF-8, fields separated by ','
check/alias.csv:2: warning: alias 'Göteborg' names Gothenburg (SE), which is not in the registry
check/alias.csv:3: warning: alias 'Åbo' names Turku (FI), which is not in the registry
check/alias.csv:4: warning: alias 'Reval' names Tallinn (EE), which is not in the registry
twin check: 0 errors, 3 warnings in 0 links
? 1

# -o gives a table in that format; the summary goes to standard error.
$ twin -o json check check/reg.csv
[
  {"file": "check/reg.csv", "line": 1, "severity": "note", "message": "read as UTF-8, fields separated by ','"},
  {"file": "check/reg.csv", "line": 4, "severity": "warning", "message": "conflicts with line 2 on Turku (FI) - Bergen (NO): year 1950 here, 1946 there; status ended here, active there"},
  {"file": "check/reg.csv", "line": 5, "severity": "warning", "message": "link from Turku (FI) to itself"},
  {"file": "check/reg.csv", "line": 6, "severity": "error", "message": "year 9999 is in the future: expected the year the link was made, or nothing when unknown"},
  {"file": "check/reg.csv", "line": 7, "severity": "warning", "message": "year 650 is before 800: expected the year the link was made, or nothing when unknown"},
  {"file": "check/reg.csv", "line": 9, "severity": "warning", "message": "'Göteborg' and 'GÖTEBORG' (line 8) are one city in SE, spelled two ways"},
  {"file": "check/reg.csv", "line": 11, "severity": "warning", "message": "name ' Kiel' has a leading space: expected the name alone"},
  {"file": "check/reg.csv", "line": 12, "severity": "error", "message": "unknown partner_country 'XX': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland"},
  {"file": "check/reg.csv", "line": 13, "severity": "error", "message": "bad year '19a5': expected a year of up to four digits such as 1946, or nothing when unknown"}
]
! twin check: 3 errors, 5 warnings in 8 links
? 2

$ twin check -o tsv -f check/alias.csv | cut -f1,2,3
check/alias.csv	1	note
check/alias.csv	2	warning
check/alias.csv	3	warning
check/alias.csv	4	warning
! twin check: 0 errors, 3 warnings in 0 links

# Faults that stop a file are reported, and the other files still read.
$ printf 'city,country,partner,partner_country\nTurku,FI,"Bergen,NO\n' | twin check - ../../data/twinning.csv
(stdin):1: warning: a header and no links: expected rows of links after the header
(stdin):1: note: read as UTF-8, fields separated by ','
(stdin):2: error: unterminated quoted field: expected a closing quote before the end of the file
../../data/twinning.csv:1: note: read as UTF-8, fields separated by ','
twin check: 1 error, 1 warning in 49 links
? 2

$ printf 'city,country,partner\nTurku,FI,Bergen\n' | twin check -
(stdin):1: error: missing column 'partner_country': a registry needs the columns city, country, partner and partner_country; found 'city', 'country', 'partner'
(stdin):1: note: read as UTF-8, fields separated by ','
twin check: 1 error, 0 warnings in 0 links
? 2

$ twin check no-such-file.csv
no-such-file.csv: error: cannot open: No such file or directory
twin check: 1 error, 0 warnings in 0 links
? 2

# The same link written three times, and trailing spaces.
$ printf 'city,country,partner,partner_country,kind\nA,FI,B,SE,twin\nA,FI,B,SE,twin\nB,SE,A,FI,partner\nC ,FI,A,FI,\n' | twin check -
(stdin):1: note: read as UTF-8, fields separated by ','
(stdin):3: warning: duplicate of line 2: A (FI) - B (SE)
(stdin):4: warning: conflicts with line 2 on B (SE) - A (FI): kind partner here, twin there
(stdin):5: warning: name 'C ' has a trailing space: expected the name alone
twin check: 0 errors, 3 warnings in 2 links
? 1

# Spaces around a name are one warning, not also a second spelling.
$ printf 'city,country,partner,partner_country\nKiel,DE,Turku,FI\n Kiel ,DE,Bergen,NO\nKIEL,DE,Aarhus,DK\n' | twin check -
(stdin):1: note: read as UTF-8, fields separated by ','
(stdin):3: warning: name ' Kiel ' has leading and trailing spaces: expected the name alone
(stdin):4: warning: 'KIEL' and 'Kiel' (line 2) are one city in DE, spelled two ways
twin check: 0 errors, 2 warnings in 3 links
? 1

$ printf 'alias,city,country\n Kilo,Kiel,DE\nKiel ,Kiel,DE\n' | twin check ../../data/twinning.csv -
../../data/twinning.csv:1: note: read as UTF-8, fields separated by ','
(stdin):1: note: read as UTF-8, fields separated by ','
(stdin):2: warning: alias ' Kilo' has a leading space: expected the name alone
(stdin):3: warning: alias 'Kiel ' has a trailing space: expected the name alone
twin check: 0 errors, 2 warnings in 49 links
? 1

$ twin check -x
! twin check: invalid option -- 'x'
! usage: twin check [-H] [-f file] [-o format] [file ...]
? 2

$ twin check -h | head -n 1
usage: twin check [-H] [-f file] [-o format] [file ...]

# A header with a column twice ends that file.
$ printf 'city,country,partner,partner_country,city\nA,FI,B,SE,C\n' | twin check -
(stdin):1: error: duplicate column 'city' (columns 1 and 5): expected each column once
(stdin):1: note: read as UTF-8, fields separated by ','
twin check: 1 error, 0 warnings in 0 links
? 2

# With no file named, the files of TWIN_DATA.
$ TWIN_DATA=../../data/twinning.csv::check/alias.csv twin check
../../data/twinning.csv:1: note: read as UTF-8, fields separated by ','
check/alias.csv:1: note: read as UTF-8, fields separated by ','
twin check: 0 errors, 0 warnings in 49 links

$ TWIN_DATA=check/alias.csv twin check | tail -n 1
twin check: 0 errors, 3 warnings in 0 links
