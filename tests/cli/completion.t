# twin completion bash: load the script and ask _twin as bash would.
$ twin completion bash | head -1
| # bash completion for twin(1): commands, options, and city and country

$ twin completion zsh
! twin: completion: unknown shell 'zsh': expected bash
! usage: twin completion bash
? 2

$ twin completion
! twin: completion: expected a shell name: bash
! usage: twin completion bash
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
Novi\ Sad
Nelson\ Mandela\ Bay
Netanya
Newcastle\ upon\ Tyne

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin -f fixtures/small.csv partners Spr); COMP_CWORD=4; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Springfield

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin -f fixtures/small.csv path Alpha z); COMP_CWORD=5; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Zeta\ Town

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin -f fixtures/small.csv graph Back); COMP_CWORD=4; _twin; printf "%s\n" "${COMPREPLY[@]}"'
Back\\slash\ \"Q\"

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin cities --country T); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
TR

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin links --s); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
--since
--status

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin cities --); COMP_CWORD=2; _twin; printf "%s\n" "${COMPREPLY[@]}"'
--file
--format
--help
--no-header
--country
--kind
--status
--min

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin stats -o j); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
json

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin links --status s); COMP_CWORD=3; _twin; printf "%s\n" "${COMPREPLY[@]}"'
suspended

$ bash -c '. <(twin completion bash); COMP_WORDS=(twin stats ""); COMP_CWORD=2; _twin; echo "${#COMPREPLY[@]}"'
0

