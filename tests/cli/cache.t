# Snapshots: a registry file read once is answered from its snapshot while
# the file keeps its identity (device, inode, size, modification time).

# The second run reads the snapshot: the file was rewritten with other
# content of the same size and given back its old time, so only the
# snapshot can still know Tampere.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && twin -f $d/r.csv partners Tampere && ls $d/cache | wc -l && sed 's/Tampere/Tampare/' fixtures/homonyms.csv > $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && twin -f $d/r.csv partners Tampere; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
1
Tampere	FI	Łódź	PL	1996	active	twin

# A changed time is a changed file: it is read again, and its snapshot replaced.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && twin -f $d/r.csv partners Tampere && sed 's/Tampere/Tampare/' fixtures/homonyms.csv > $d/r.csv && touch -d '2020-01-02 00:00:00' $d/r.csv && twin -f $d/r.csv partners Tampare && ls $d/cache | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
Tampare	FI	Łódź	PL	1996	active	twin
1

# A file changed a moment ago may change again within the same clock tick,
# so it gets no snapshot.  (Its time is set ahead, so that a slow start, as
# under valgrind, cannot make it old enough.)
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '+1 minute' $d/r.csv && twin -f $d/r.csv partners Tampere && ls $d/cache 2>/dev/null | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
0

# Standard input is never cached; a cache that cannot be written is no error.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && twin -f - partners Tampere < fixtures/homonyms.csv && ls $d/cache 2>/dev/null | wc -l; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin
0

$ d=$(mktemp -d) && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && TWIN_CACHE=/dev/null/cache twin -f $d/r.csv partners Tampere; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin

# A damaged snapshot is read as no snapshot.
$ d=$(mktemp -d) && export TWIN_CACHE=$d/cache && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && twin -f $d/r.csv partners Tampere >/dev/null && for f in $d/cache/*; do printf 'garbage' | dd of=$f bs=1 seek=200 conv=notrunc 2>/dev/null; done && twin -f $d/r.csv partners Tampere; rm -rf "$d"
Tampere	FI	Łódź	PL	1996	active	twin

# Where snapshots go: $TWIN_CACHE, else $XDG_CACHE_HOME/twin, else ~/.cache/twin.
$ d=$(mktemp -d) && cp fixtures/homonyms.csv $d/r.csv && touch -d '2020-01-01 00:00:00' $d/r.csv && unset TWIN_CACHE && HOME=$d XDG_CACHE_HOME=$d/xdg twin -f $d/r.csv partners Tampere >/dev/null && HOME=$d XDG_CACHE_HOME= twin -f $d/r.csv partners Tampere >/dev/null && cd $d && ls xdg/twin .cache/twin | sed 's/[0-9a-f]*\.snap/SNAPSHOT/'; rm -rf "$d"
.cache/twin:
SNAPSHOT

xdg/twin:
SNAPSHOT
