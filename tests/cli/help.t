# Help as a new user asks for it: before the command, after it, or as
# git has it, twin help COMMAND; every form prints the command's own text.
$ twin -h partners > a.tmp; twin partners -h > b.tmp; cmp a.tmp b.tmp && head -n 1 a.tmp; rm -f a.tmp b.tmp
usage: twin partners [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]

$ twin help decade
usage: twin decade [-H] [-c country] [-f file] [-k kind] [-o format] [-s status] decade
|
The links made in a decade: the same as twin links --decade DECADE.  It takes
the options of twin links too: --between, --city, --since, --until
(see twin links -h).

$ twin --help path > a.tmp; twin help path > b.tmp; twin path --help > c.tmp; cmp a.tmp b.tmp && cmp b.tmp c.tmp && sed -n 1p a.tmp; rm -f a.tmp b.tmp c.tmp
usage: twin path [-H] [-c country] [-f file] [-k kind] [-o format] [-s status]

$ twin help > a.tmp; twin --help > b.tmp; twin help help > c.tmp; cmp a.tmp b.tmp && cmp a.tmp c.tmp && grep -c '^  help' a.tmp; rm -f a.tmp b.tmp c.tmp
1

$ twin -f fixtures/small.csv help show | head -n 1
usage: twin show [-H] [-c country] [-f file] [-o format] [--region region] [--exact]

$ twin help frobnicate
! twin: help: unknown command 'frobnicate' (twin --help lists the commands)
! usage: twin help [command]
? 2

$ twin help partners path
! twin: help: expected one command name, got 2
! usage: twin help [command]
? 2

$ twin -h frobnicate
! twin: help: unknown command 'frobnicate' (twin --help lists the commands)
! usage: twin help [command]
? 2
