# Snapshots: a registry file read once is answered from its snapshot while
# the file keeps its identity (device, inode, size, modification and change
# time).  A file changed in the last two seconds gets no snapshot, and the
# change time cannot be set back, so each case waits three seconds after
# making its file.

# The snapshot is written, and used: using it marks it as used (its time,
# set back here, moves to today).
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Tampere && ls $d/cache | wc -l && touch -d '3 days ago' $d/cache/*.snap && twin -f $d/r.csv partners Tampere && find $d/cache -name '*.snap' -mtime -1 | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
1
Tampere	FI	Łódź	PL	1996	active	twin
1

# --no-cache reads the file: it keeps no snapshot, and uses none (a snapshot
# used is marked so: here it keeps the time set back).
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin --no-cache -f $d/r.csv partners Tampere && ls $d/cache 2>/dev/null | wc -l && twin -f $d/r.csv partners Tampere > /dev/null && touch -d '3 days ago' $d/cache/*.snap && twin -f $d/r.csv partners --no-cache Tampere && find $d/cache -name '*.snap' -mtime -1 | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
0
Tampere	FI	Łódź	PL	1996	active	twin
0

# The snapshot is written after the answer, whatever the answer: a name
# that is not there (status 1) leaves a snapshot too, and a large registry
# (read on two threads) gives the same answer from its snapshot.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Nowhere; echo "status $?" && ls $d/cache | wc -l; rm -rf "$d"
status 1
1
! twin: no city named 'Nowhere'

$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && awk 'BEGIN { print "city,country,partner,partner_country,year"; for (i = 1; i <= 3000; i++) printf "%s,FI,Town%d,SE,%d\n", (i % 3 ? "Town" i % 50 : "Hub"), i, 1950 + i % 70 }' > $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Hub | md5sum && ls $d/cache | wc -l && twin -f $d/r.csv partners Hub | md5sum; rm -rf "$d"
70c76bde0165ddadf742e7fba7dfad8f  -
1
70c76bde0165ddadf742e7fba7dfad8f  -

# A file edited in place with its size and modification time kept (dd, then
# touch -r) is read again: its change time tells.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && touch -r $d/r.csv $d/when && sleep 3 && twin -f $d/r.csv partners Tampere && printf Tulkere | dd of=$d/r.csv bs=1 seek=$(grep -bo Tampere $d/r.csv | cut -d: -f1) conv=notrunc 2>/dev/null && touch -r $d/when $d/r.csv && twin -f $d/r.csv partners Tulkere; twin -f $d/r.csv partners Tampere; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
Tulkere	FI	Łódź	PL	1996	active	twin
! twin: no city named 'Tampere'

# A changed time is a changed file: it is read again, and its snapshot replaced.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Tampere && sed 's/Tampere/Tampare/' fixtures/homonyms.csv > $d/r.csv && touch -d '2020-01-02 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Tampare && ls $d/cache | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
Tampare	FI	Łódź	PL	1996	active	twin
1

# A file changed a moment ago may change again within the same clock tick,
# so it gets no snapshot.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '+1 minute' $d/r.csv && twin -f $d/r.csv partners Tampere && ls $d/cache 2>/dev/null | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
0

# Standard input is never cached.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && twin -f - partners Tampere < fixtures/homonyms.csv && ls $d/cache 2>/dev/null | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
0

# A TWIN_CACHE that does not exist is made only where its parent exists;
# elsewhere one warning, no directories, and the same answers.
$ d=$(mktemp -d) && cp fixtures/homonyms.csv $d/r.csv && TWIN_CACHE=$d/nonexistent/dir/x twin -f $d/r.csv partners Tampere 2>&1 | sed "s|$d|DIR|"; ls $d; rm -rf "$d"
twin: cache directory 'DIR/nonexistent/dir/x': it does not exist, nor does its parent, so snapshots are off (see TWIN_CACHE in twin(1))
Tampere	FI	Łódź	PL	1996	active	twin
r.csv

$ d=$(mktemp -d) && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && TWIN_CACHE=$d/new twin -f $d/r.csv partners Tampere && stat -c %a $d/new && ls $d/new | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
700
1

# A cache directory that others can write is not used: anyone could plant
# a snapshot there.  One warning, no snapshot, the right answer.
$ d=$(mktemp -d) && mkdir -m 775 $d/shared && chmod 775 $d/shared && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && TWIN_CACHE=$d/shared twin -f $d/r.csv partners Tampere 2>&1 | sed "s|$d|DIR|"; ls $d/shared | wc -l; rm -rf "$d"
twin: cache directory 'DIR/shared': others can write to it, so snapshots are off (see TWIN_CACHE in twin(1))
Tampere	FI	Łódź	PL	1996	active	twin
0

# A snapshot that is a symbolic link, or that others could have written
# (mode 0644), is not believed: the file is read, and the snapshot
# replaced by a file of the user's alone; the link's target is untouched.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Tampere >/dev/null && s=$(ls $d/cache/*.snap) && cp $s $d/victim && ln -sf $d/victim $s && twin -f $d/r.csv partners Tampere && test ! -L $s && cmp -s $s $d/victim && stat -c %a $s && chmod 644 $s && twin -f $d/r.csv partners Tampere && stat -c %a $s; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
600
Tampere	FI	Łódź	PL	1996	active	twin
600

# A damaged snapshot is read as no snapshot.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Tampere >/dev/null && for f in $d/cache/*; do printf 'garbage' | dd of=$f bs=1 seek=200 conv=notrunc 2>/dev/null; done && twin -f $d/r.csv partners Tampere; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin

# Where snapshots go: $TWIN_CACHE, else $XDG_CACHE_HOME/twin, else
# ~/.cache/twin; the default directory is made with mode 0700.
$ d=$(mktemp -d) && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && unset TWIN_CACHE && HOME=$d XDG_CACHE_HOME=$d/xdg twin -f $d/r.csv partners Tampere >/dev/null && HOME=$d XDG_CACHE_HOME= twin -f $d/r.csv partners Tampere >/dev/null && cd $d && ls xdg/twin .cache/twin | sed 's/[0-9a-f]*\.snap/SNAPSHOT/' && stat -c %a xdg/twin .cache/twin; rm -rf "$d"
.cache/twin:
SNAPSHOT
|
xdg/twin:
SNAPSHOT
700
700

# The cache is kept small: writing a snapshot drops those whose files are
# gone and those unused for 30 days.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && for i in 1 2 3; do cp fixtures/homonyms.csv $d/r$i.csv; done && touch -d '2020-01-01 00:00:00' $d/r?.csv && sleep 3 && twin -f $d/r1.csv partners Tampere >/dev/null && twin -f $d/r2.csv partners Tampere >/dev/null && ls $d/cache | wc -l && rm $d/r1.csv && touch -d '40 days ago' $d/cache/*.snap && twin -f $d/r3.csv partners Tampere >/dev/null && ls $d/cache | wc -l; rm -rf "$d"
2
1

# twin cache: where, how many, how big; --clear removes the snapshots only.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners Tampere >/dev/null && echo mine > $d/cache/notes.txt && twin cache | cut -f2 && twin cache --clear -o csv | cut -d, -f2 && twin cache | cut -f2 && ls $d/cache; rm -rf "$d"
1
snapshots
1
0
notes.txt

$ TWIN_CACHE=off twin cache
! twin: snapshots are off (TWIN_CACHE=off, or no cache directory yet)
? 1

# A city named with its region is found from the snapshot as from the
# file: the snapshot's regions are indexed again when it is read.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/regions.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && twin -f $d/r.csv partners 'Portland (US, Oregon)' && ls $d/cache | wc -l && twin -f $d/r.csv partners 'Portland (US-OR)'; rm -rf "$d"
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	
1
Portland	US	Sapporo	JP	1959	active	twin	Oregon	
Portland	US	Guadalajara	MX	1983	active	twin	Oregon	

# A registry that warns keeps no snapshot, so that every run warns: the
# file still has what the warning is about.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/export/header-only.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && sleep 3 && cd $d && twin -f r.csv partners Turku; twin -f r.csv partners Turku; ls $d/cache 2>/dev/null | wc -l; rm -rf "$d"
0
! twin: r.csv:1: a header and no links: expected rows of links after the header
! twin: no city named 'Turku'
! twin: r.csv:1: a header and no links: expected rows of links after the header
! twin: no city named 'Turku'

# A reader that goes away is not an error, also when a snapshot is written
# after the answer: with SIGPIPE ignored the writes fail (EPIPE), and
# writing the snapshot, which drops one whose file is gone, must not turn
# that into a write error of another kind.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/gone.csv && cd $d && awk 'BEGIN { print "city,country,partner,partner_country,year,status"; for (i = 0; i < 20000; i++) printf "Turku,FI,Town %d,SE,1950,suspended\n", i }' > big.csv && touch -d '2020-01-01 00:00:00' gone.csv big.csv && sleep 3 && twin -f gone.csv partners Tampere > /dev/null && rm gone.csv && exec 3>&1 && trap "" PIPE && { twin -f big.csv suspended 2>e; echo "status $?, $(wc -c <e) bytes on standard error" >&3; } | head -n 1 > /dev/null; rm -rf "$d"
status 0, 0 bytes on standard error
