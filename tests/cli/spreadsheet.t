# Registries as spreadsheets export them.  fixtures/export/ holds one small
# registry (clean.csv) and the same registry as spreadsheets write it:
# semicolon-cp1252.csv (LibreOffice in a German locale: semicolons,
# Windows-1252, CRLF, typed headers and words, empty rows at the end),
# unicode-text.txt (Excel's "Unicode text": UTF-16LE with a byte-order
# mark, tabs) and typed-bom.csv (Excel's "CSV UTF-8": a byte-order mark,
# typed headers, country names, empty rows at the end).

# Each answers exactly as the clean file does.
$ twin -f fixtures/export/clean.csv partners --status all Düsseldorf Münster Köln > clean.out; for f in 'semicolon-cp1252.csv --encoding CP1252' unicode-text.txt typed-bom.csv; do twin -f fixtures/export/$f partners --status all Düsseldorf Münster Köln | cmp -s - clean.out && echo "same: $f"; done; cat clean.out; rm clean.out
same: semicolon-cp1252.csv --encoding CP1252
same: unicode-text.txt
same: typed-bom.csv
Düsseldorf	DE	Reading	GB	1988	active	twin
Düsseldorf	DE	Chongqing	CN	2004	active	partner
Münster	DE	Orléans	FR	1960	active	twin
Münster	DE	Kristiansand	NO	1967	suspended	twin
Köln	DE	Turku	FI	1967	ended	friendship

# twin check says how each was read and what it made of the words.
$ twin check --encoding CP1252 fixtures/export/semicolon-cp1252.csv
fixtures/export/semicolon-cp1252.csv:1: note: column 'Town' read as city
fixtures/export/semicolon-cp1252.csv:1: note: column 'Partner city' read as partner
fixtures/export/semicolon-cp1252.csv:1: note: column 'Since' read as year
fixtures/export/semicolon-cp1252.csv:1: note: column 'Type' read as kind
fixtures/export/semicolon-cp1252.csv:1: note: read as CP1252, fields separated by ';'
fixtures/export/semicolon-cp1252.csv:2: note: kind 'Sister City' read as twin
fixtures/export/semicolon-cp1252.csv:3: note: kind 'Partnership' read as partner
fixtures/export/semicolon-cp1252.csv:4: note: kind 'town twinning' read as twin
fixtures/export/semicolon-cp1252.csv:5: note: status 'On hold' read as suspended
fixtures/export/semicolon-cp1252.csv:5: note: kind 'twin town' read as twin
fixtures/export/semicolon-cp1252.csv:6: note: status 'Terminated' read as ended
fixtures/export/semicolon-cp1252.csv:6: note: kind 'Friendship city' read as friendship
fixtures/export/semicolon-cp1252.csv:7: note: 2 rows with no values skipped
twin check: 0 errors, 0 warnings in 5 links

$ twin check fixtures/export/unicode-text.txt | head -5
fixtures/export/unicode-text.txt:1: note: column 'Town' read as city
fixtures/export/unicode-text.txt:1: note: column 'Partner city' read as partner
fixtures/export/unicode-text.txt:1: note: column 'Since' read as year
fixtures/export/unicode-text.txt:1: note: column 'Type' read as kind
fixtures/export/unicode-text.txt:1: note: read as UTF-16LE, fields separated by tabs

# The delimiter can be named; a wrong one finds no columns, and says so.
$ twin --delimiter ';' -f fixtures/export/semicolon-cp1252.csv --encoding cp1252 partners -H Köln --status ended
Köln	DE	Turku	FI	1967	ended	friendship

$ twin --delimiter , -f fixtures/export/semicolon-cp1252.csv --encoding CP1252 partners Köln
! twin: fixtures/export/semicolon-cp1252.csv:1: missing column 'city': a registry needs the columns city, country, partner and partner_country; found 'Town;Country;Partner city;Partner Country;Since;Status;Type' (the columns may be separated by another character: name it with --delimiter)
? 2

$ twin --delimiter x partners Turku
! twin: bad --delimiter 'x': expected one of , ; | : or tab
? 2

# Windows-1252 read as UTF-8: where, and what to do about it.
$ twin -f fixtures/export/cp1252.csv partners Köln
! twin: fixtures/export/cp1252.csv:2: invalid UTF-8 at column 2 (byte 0xfc): the file looks like Windows-1252 or Latin-1 (ISO-8859-1) text; read it with --encoding CP1252
? 2

$ twin -f fixtures/export/clean.csv --encoding BOGUS partners Köln
! twin: fixtures/export/clean.csv: unknown encoding 'BOGUS': expected a name that iconv knows, such as CP1252, ISO-8859-1 or UTF-16LE (iconv -l lists them)
? 2

# UTF-16 without a byte-order mark, delimiters mixed, a header only.
$ twin -f fixtures/export/utf16-no-bom.csv partners Köln
! twin: fixtures/export/utf16-no-bom.csv:1: the file looks like UTF-16 text without a byte-order mark: read it with --encoding UTF-16LE
? 2

$ twin -f fixtures/export/mixed.csv partners Turku
! twin: fixtures/export/mixed.csv:3: expected 4 fields as in the header, found 1 (the header is separated by ';', this row by ','?)
? 2

$ twin -f fixtures/export/header-only.csv partners Turku
! twin: fixtures/export/header-only.csv:1: a header and no links: expected rows of links after the header
! twin: no city named 'Turku'
? 1

# Status and kind in any case, with synonyms; an unknown word lists those accepted.
$ printf 'city,country,partner,partner_country,status,kind\nA,FI,B,SE,On Hold,Sister-City\nA,FI,C,SE,INACTIVE,friendship city\n' | twin -f - partners --status all A
A	FI	B	SE		suspended	twin
A	FI	C	SE		ended	friendship

$ printf 'city,country,partner,partner_country,status\nA,FI,B,SE,sleeping\n' | twin -f - partners A
! twin: (stdin):2: unknown status 'sleeping': expected active, suspended or ended (nothing means active), or current; frozen, paused, on hold; inactive, terminated, dissolved, former
? 2

# Countries as people write them; the same names serve --country and --between.
$ printf 'city,country,partner,partner_country\nA,UK,B,U.S.\nC,The Netherlands,D,Republic of Korea\nE,The Gambia,F,Holy See\nG,Macau,H,Bosnia\nI,DEU,J,GBR\nK,EL,L,Türkiye\nM,Czechia,N,Ivory Coast\n' | twin -f - links | cut -f 2,4
GB	US
NL	KR
GM	VA
MO	BA
DE	GB
GR	TR
CZ	CI

$ twin links --between UK,FR
? 1

$ twin links --between Germany,Türkiye | cut -f1,3
Berlin	Istanbul
Mannheim	Kilis
Osnabrück	Çanakkale
Treptow-Köpenick	Tepebaşı

$ twin partners --country Frnace Paris
! twin: unknown country 'Frnace': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland; did you mean France (FR)?
? 2

$ twin links --between DE,Atlantis
! twin: links: bad --between 'DE,Atlantis': unknown country 'Atlantis'
? 2

$ printf 'city,country,partner,partner_country\nA,Finlnd,B,SE\n' | twin -f - partners A
! twin: (stdin):2: unknown country 'Finlnd': expected an ISO 3166-1 code such as FI or FIN, or a country's name such as Finland; did you mean Finland (FI)?
? 2

# A city that is not there: the nearest names.
$ twin partners Turk
! twin: no city named 'Turk'; did you mean Turku (FI)?
? 1

$ twin partners Gotheburg
! twin: no city named 'Gotheburg'; did you mean Gothenburg (SE)?
? 1

# UTF-16 big-endian with its byte-order mark; a .tsv file is tab-separated;
# another separator is named with --delimiter.
$ twin -f fixtures/export/unicode-be.txt partners -H Köln
Köln	DE	Turku	FI	1967	active	twin

$ twin -f fixtures/export/tabs.tsv partners -H Köln
Köln	DE	Turku	FI	1967	active	twin

$ twin --delimiter '|' -f fixtures/export/pipes.csv partners -H Köln
Köln	DE	Turku	FI	1967	active	twin

$ twin --delimiter tab -f fixtures/export/tabs.tsv partners -H Köln
Köln	DE	Turku	FI	1967	active	twin
