# twin completion bash: load the script and ask _twin as bash would.
$ twin completion bash | head -1
| # bash completion for twin(1): commands, options, file names, and city and

$ twin completion zsh | head -1
| #compdef twin

$ twin completion fish | head -1
| # fish completion for twin(1): commands, options, file names, and city and

$ twin completion ksh
! twin: completion: unknown shell 'ksh': expected bash, zsh or fish
! usage: twin completion bash | zsh | fish | --cities prefix
? 2

$ twin completion
! twin: completion: expected a shell name: bash, zsh or fish
! usage: twin completion bash | zsh | fish | --cities prefix
? 2

$ twin completion bash zsh
! twin: completion: expected one shell name, got 2
! usage: twin completion bash | zsh | fish | --cities prefix
? 2

# The names the scripts offer: cities and aliases whose folded names start
# with the folded prefix, so that case and accents do not matter.
$ twin completion --cities Göt
Göteborg
Göteborgs Stad
Gothenburg

$ twin completion --cities GOT
Göteborg
Göteborgs Stad
Gothenburg

$ twin completion --cities "st. p"
St Petersburg

$ twin -f fixtures/small.csv completion --cities z
Zeta Town

$ twin completion --cities Nowhere
? 1

$ twin completion --cities Tur bash
! twin: completion: unexpected argument 'bash' after --cities
! usage: twin completion bash | zsh | fish | --cities prefix
? 2

$ twin completion bash > c.tmp && bash -n c.tmp && echo ok; rm -f c.tmp
ok

$ bash -c '. <(twin completion bash); complete -p twin'
complete -F _twin twin

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin pa); COMP_CWORD=1; _twin; printf "%s\n" "${COMPREPLY[@]}"'
partners
path

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin st); COMP_CWORD=1; _twin; printf "%s\n" "${COMPREPLY[@]}"'
stats

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin partners sai); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Saint\ Petersburg

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin path Kharkiv "Saint\ P"); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Saint\ Petersburg

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin common "\"Saint P"); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Saint Petersburg

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin graph Xi); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Xi\'an

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin links --city N); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Nelson\ Mandela\ Bay
Netanya
Newcastle
Newcastle\ upon\ Tyne
Nova\ Sad
Novi\ Sad

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin -f fixtures/small.csv partners Spr); COMP_CWORD=4; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Springfield

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin -f fixtures/small.csv path Alpha z); COMP_CWORD=5; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Zeta\ Town

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin -f fixtures/small.csv graph Back); COMP_CWORD=4; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Back\\slash\ \"Q\"

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin cities --country T); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
TR

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin links --s); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
--sources
--since
--status

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin cities --); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
--file
--format
--help
--no-header
--as-of
--known-years
--since
--until
--country
--kind
--status
--min

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin stats -o j); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
json

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin links --status s); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
suspended

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin stats --co); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
--country
--counts

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin stats ""); COMP_CWORD=2; _twin; echo "${#COMPREPLY[@]}"'
0


# bash, zsh and fish, each run as the shell itself (tests/cli/complete);
# a shell that is not installed is skipped.
$ ./complete bash twin partners Göt
Göteborg
Göteborgs\ Stad
Gothenburg

$ ./complete bash twin partners got
Göteborg
Göteborgs\ Stad
Gothenburg

$ ./complete bash twin --file=fixtures/sm
--file=fixtures/small.csv

$ ./complete bash twin --file = fixtures/sm
fixtures/small.csv

$ ./complete bash twin --file=fixtures/small.csv partners Spr
Springfield

$ ./complete bash twin --file = fixtures/small.csv partners Spr
Springfield

$ ./complete bash twin partners --format=j
--format=json

$ ./complete bash twin partners --format = j
json

$ ./complete bash twin check fixtures/reg | sort
fixtures/region-aliases.csv
fixtures/regions-places.csv
fixtures/regions.csv

$ ./complete bash twin help pa
partners
path

$ ./complete bash twin show Tur
Turku

$ ./complete bash twin completion ''
bash
zsh
fish

$ ./complete zsh twin partners Göt
Göteborg
Göteborgs Stad
Gothenburg

$ ./complete zsh twin partners got
Göteborg
Göteborgs Stad
Gothenburg

$ ./complete zsh twin -f fixtures/small.csv path Alpha z
Zeta Town

$ ./complete zsh twin --file=fixtures/small.csv partners Spr
Springfield

$ ./complete zsh twin --file=fixtures/sm
(files after --file=)

$ ./complete zsh twin check fix
(files after '')

$ ./complete zsh twin partners --format=j
json

$ ./complete zsh twin links --st
--status

$ ./complete zsh twin pa
partners
path

$ ./complete zsh twin completion ''
bash
zsh
fish

# fish keeps only what its own matching takes for the word, case aside:
# Göt reaches Göteborg, got Gothenburg, the same city.
$ ./complete fish twin partners Göt
Göteborg
Göteborgs Stad

$ ./complete fish twin partners got
Gothenburg

$ ./complete fish twin --file=fixtures/small.csv partners Spr
Springfield

$ ./complete fish twin --file=fixtures/sm
--file=fixtures/small.csv

$ ./complete fish twin check fixtures/sm
fixtures/small.csv

$ ./complete fish twin partners --format=j
--format=json

$ ./complete fish twin partners --status ''
active
all
ended
suspended

$ ./complete fish twin help pa
partners
path

$ ./complete fish twin completion ''
bash
fish
zsh

# graph writes its own formats, and says so when -o is completed.
$ ./complete bash twin graph -o g
graphml
gexf

$ ./complete zsh twin graph -o g
graphml
gexf

$ ./complete fish twin graph --format=g
--format=gexf
--format=graphml

$ ./complete bash twin graph --cou
--countries
--country

# locate: its options, and file names after them.
$ ./complete bash twin locate --ga
--gazetteer

$ ./complete bash twin locate --gazetteer fixtures/geonames/c
fixtures/geonames/cities.txt

$ ./complete bash twin locate --gazetteer fixtures/geonames/cities.txt --admin1 fixtures/geonames/adm
fixtures/geonames/admin1CodesASCII.txt

$ ./complete zsh twin locate --ad
--admin1

$ ./complete zsh twin locate --gazetteer=fix
(files after --gazetteer=)

$ ./complete fish twin locate --ga
--gazetteer

$ ./complete fish twin locate --admin1 fixtures/geonames/adm
fixtures/geonames/admin1CodesASCII.txt

# map: its options, the projections, a file after -O, and city names.
$ ./complete bash twin map --pro
--projection

$ ./complete bash twin map --projection e
equal-earth
equirectangular

$ ./complete zsh twin map --projection m
mercator

$ ./complete fish twin map --projection=m
--projection=mercator

$ ./complete bash twin map --o
--output

$ ./complete fish twin map --ou
--output

$ ./complete zsh twin map --bet
--between

$ ./complete bash twin -f fixtures/small.csv map Back
Back\\slash\ \"Q\"

$ ./complete bash twin m
map

# Links by length: the options of the link listings and of map.
$ ./complete bash twin partners --d
--distance

$ ./complete zsh twin links --m
--max-km
--min-km

$ ./complete fish twin map --mi
--min-km

# A length is typed, not completed: no city names after --max-km.
$ ./complete bash twin partners --max-km T | wc -w | tr -d " "
0

$ ./complete bash twin partners T | wc -w | tr -d " "
7
