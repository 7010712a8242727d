# twin: query a registry of town twinning links.

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share/twin

CC	?= cc
CFLAGS	?= -O2 -g
# What the code needs, kept apart so that `make CFLAGS=...` cannot drop it.
TWIN_CFLAGS = -std=c11 -pthread -Wall -Wextra -Wshadow -Wstrict-prototypes \
	   -D_POSIX_C_SOURCE=200809L -Iinclude
ALL_CFLAGS = $(TWIN_CFLAGS) $(CFLAGS)
# libcsv and utf8proc are linked in statically: a shared library costs every
# run about 0.2 ms to map, and most questions answered from a snapshot take
# little more than that.  LINK_STATIC= links them dynamically.
LINK_STATIC ?= -Wl,-Bstatic
LDLIBS	+= $(LINK_STATIC) -lcsv -lutf8proc -Wl,-Bdynamic -lm -pthread

# Objects of one configuration live in BUILD; the sanitizer build uses another.
BUILD	?= build
# The world registry and its places, for make picture and make bench.
WORLD	?= ../shared/data
BIN	?= twin

LIB_SRC	= src/arena.c src/block.c src/cache.c src/centrality.c src/check.c \
	  src/cityname.c src/cli.c src/cores.c src/cmd_cache.c src/cmd_check.c src/csvline.c \
	  src/cmd_completion.c src/cmd_graph.c src/cmd_history.c \
	  src/cmd_links.c src/cmd_locate.c src/cmd_map.c src/cmd_network.c \
	  src/cmd_partners.c src/cmd_places.c src/cmd_rank.c \
	  src/cmd_show.c src/cmd_stats.c src/country.c src/country_table.c \
	  src/export.c src/fold.c src/gazetteer.c src/geo.c src/geojson.c src/graph.c \
	  src/index.c src/input.c src/lengths.c src/load.c src/map.c \
	  src/measures.c src/netcmd.c src/network.c src/output.c \
	  src/pipeline.c src/place.c src/powerlaw.c src/prefault.c src/query.c \
	  src/records.c src/region.c \
	  src/region_table.c src/registry.c src/scratch.c src/snapshot.c src/spelling.c src/strmap.c \
	  src/suggest.c src/vocabulary.c src/world.c src/world_table.c \
	  src/xalloc.c src/xml.c
LIB_OBJ	= $(LIB_SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/builtin.o \
	  $(BUILD)/completion.o
LIB	= $(BUILD)/libtwin.a
HEADERS	= $(wildcard include/*.h)

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all bench check check-unit check-cli check-warm check-man check-asan check-tsan \
	lint install \
	uninstall clean picture deps deps-extra check-install

all: $(BIN)

$(BIN): $(BUILD)/main.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(BUILD)/main.o $(LIB) $(LDLIBS)

$(LIB): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BUILD)/%.o: src/%.c $(HEADERS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The registry is compiled in, so twin needs no data directory at run time.
$(BUILD)/builtin.c: data/twinning.csv data/aliases.csv data/places.csv \
	    $(BUILD)/embed
	{ $(BUILD)/embed builtin_twinning_csv data/twinning.csv && \
	  $(BUILD)/embed builtin_aliases_csv data/aliases.csv && \
	  $(BUILD)/embed builtin_places_csv data/places.csv; } > $@.tmp
	mv $@.tmp $@

$(BUILD)/builtin.o: $(BUILD)/builtin.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $(BUILD)/builtin.c

# The completion scripts, printed by `twin completion bash|zsh|fish`.
$(BUILD)/completion.c: src/twin.bash src/twin.zsh src/twin.fish $(BUILD)/embed
	{ $(BUILD)/embed completion_bash src/twin.bash && \
	  $(BUILD)/embed completion_zsh src/twin.zsh && \
	  $(BUILD)/embed completion_fish src/twin.fish; } > $@.tmp
	mv $@.tmp $@

$(BUILD)/completion.o: $(BUILD)/completion.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $(BUILD)/completion.c

# A build tool, run on the build machine: no sanitizer flags.
$(BUILD)/embed: src/embed.c | $(BUILD)
	$(CC) -O2 -o $@ src/embed.c

$(BUILD):
	mkdir -p $(BUILD)/tests

# Runs a command with its output on a terminal, to test what people see.
$(BUILD)/ttyrun: tests/ttyrun.c | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/ttyrun.c -lutil

$(BUILD)/tests/%: tests/unit/%.c tests/unit/fixtures.h $(LIB)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS) -lcmocka

# The picture in the README: the built-in registry around Turku, drawn by
# Graphviz; it sits with the data it is drawn from.
picture: data/turku.svg data/turku-map.svg data/turku-map.png \
	$(if $(wildcard $(WORLD)/world-wikipedia.csv),data/world-map.png)

# The world registry's map, as PNG only (its SVG is some 5 MB).  Furth and
# Fürth fold to one city, to which world-places.csv gives two places:
# twin refuses that, so the map leaves Fürth's row out.
data/world-map.png: $(BIN)
	grep -v '^Fürth,DE,' $(WORLD)/world-places.csv > $(BUILD)/world-places.csv
	$(abspath $(BIN)) -f $(WORLD)/world-wikipedia.csv \
	    -f $(BUILD)/world-places.csv map -O $(BUILD)/world-map.svg
	rsvg-convert -w 1200 -o $@.tmp $(BUILD)/world-map.svg
	mv $@.tmp $@

# The same partners on a world map, drawn by twin itself, and as PNG for
# viewers that do not read SVG.
data/turku-map.svg: $(BIN)
	$(abspath $(BIN)) map -O $@ Turku

data/turku-map.png: data/turku-map.svg
	rsvg-convert -o $@.tmp data/turku-map.svg
	mv $@.tmp $@

data/turku.svg: $(BIN)
	$(abspath $(BIN)) graph Turku > $@.dot
	dot -Tsvg $@.dot > $@.tmp
	rm -f $@.dot
	mv $@.tmp $@

check: check-unit check-cli check-warm check-man check-hostile check-world \
	check-install check-measures check-map check-geo lint

check-unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; $$t; done

check-cli: $(BIN) $(BUILD)/ttyrun
	TWIN=$(abspath $(BIN)) TTYRUN=$(abspath $(BUILD)/ttyrun) \
	    sh tests/cli/run tests/cli/*.t
	TWIN=$(abspath $(BIN)) sh tests/cli/dot-render

# The command-line, manual and hostile tests again with snapshots kept,
# twice: the second time every registry is read from its snapshot, and
# must answer, warn and fail as when it is parsed.
check-warm: $(BIN) $(BUILD)/ttyrun
	@d=$$(mktemp -d) && chmod 700 $$d && \
	for pass in parsed snapshot; do echo "== $$pass"; \
	    export TWIN_TEST_CACHE=$$d TWIN=$(abspath $(BIN)) \
	    TTYRUN=$(abspath $(BUILD)/ttyrun); \
	    sh tests/cli/run tests/cli/*.t && \
	    sh tests/mantest man/twin.1 && sh tests/hostile/run \
	    || { rm -rf $$d; exit 1; }; done; \
	n=$$(ls $$d | wc -l); rm -rf $$d; echo "snapshots: $$n"; \
	test $$n -gt 0

check-man: $(BIN) $(BUILD)/ttyrun
	TWIN=$(abspath $(BIN)) TTYRUN=$(abspath $(BUILD)/ttyrun) \
	    sh tests/mantest man/twin.1

lint:
	mandoc -Tlint -Wwarning man/twin.1 man/twin.5

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=all
check-asan:
	$(MAKE) BUILD=build/asan BIN=build/asan/twin CFLAGS="$(SAN_FLAGS)" \
	    LDFLAGS="-fsanitize=address,undefined" check-unit check-cli check-man \
	    check-hostile check-world check-measures check-map check-geo

# Data races between the thread that parses a file and the one that reads
# its records into the registry (include/pipeline.h), and between the two
# that lay out the index (index.c): the tests whose registries are long
# enough to be read and indexed on two threads.
check-tsan:
	$(MAKE) BUILD=build/tsan BIN=build/tsan/twin CFLAGS="-O1 -g \
	    -fsanitize=thread" LDFLAGS="-fsanitize=thread" check-cli \
	    check-world

# Figures, not pass or fail: twin against grep, awk, Miller, SQLite and
# csvkit (tests/bench/README.md).  Writes tests/bench/RESULTS.md.
bench: $(BIN)
	TWIN=$(abspath $(BIN)) tests/bench/run

# The Debian packages of the build and the tests (deps), and of coverage,
# fuzz and bench too (deps-extra); apt-get through sudo unless root.
deps:
	.ci/install-deps

deps-extra:
	.ci/install-deps --extra

# Completion scripts go where bash-completion, zsh and fish look for them
# under PREFIX.
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/twin
	# The pages name the data directory of a /usr/local install.
	sed 's|/usr/local/share/twin|$(DATADIR)|g' man/twin.1 \
	    > $(DESTDIR)$(MANDIR)/man1/twin.1
	sed 's|/usr/local/share/twin|$(DATADIR)|g' man/twin.5 \
	    > $(DESTDIR)$(MANDIR)/man5/twin.5
	chmod 644 $(DESTDIR)$(MANDIR)/man1/twin.1 $(DESTDIR)$(MANDIR)/man5/twin.5
	install -m 644 data/twinning.csv data/aliases.csv data/places.csv \
	    $(DESTDIR)$(DATADIR)
	install -m 644 src/twin.bash $(DESTDIR)$(BASHCOMPDIR)/twin
	install -m 644 src/twin.zsh $(DESTDIR)$(ZSHCOMPDIR)/_twin
	install -m 644 src/twin.fish $(DESTDIR)$(FISHCOMPDIR)/twin.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/twin $(DESTDIR)$(MANDIR)/man1/twin.1 \
	    $(DESTDIR)$(MANDIR)/man5/twin.5 $(DESTDIR)$(DATADIR)/twinning.csv \
	    $(DESTDIR)$(DATADIR)/aliases.csv $(DESTDIR)$(DATADIR)/places.csv \
	    $(DESTDIR)$(BASHCOMPDIR)/twin \
	    $(DESTDIR)$(ZSHCOMPDIR)/_twin $(DESTDIR)$(FISHCOMPDIR)/twin.fish
	-rmdir $(DESTDIR)$(DATADIR)

# Install into a scratch DESTDIR, check what landed there, uninstall, and
# check that nothing is left (tests/installtest).
check-install: $(BIN)
	sh tests/installtest "$(MAKE)" BUILD=$(BUILD) BIN=$(BIN)

clean:
	rm -rf build twin

# libFuzzer harnesses (clang): `make fuzz` runs each for FUZZ_SECONDS,
# starting from the seeds in tests/fuzz/corpus and keeping what it finds
# in build/fuzz/corpus.  Crashes are written to build/fuzz/.
FUZZ_CC		?= clang
FUZZ_SECONDS	?= 60
FUZZ_FLAGS	= -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
		  -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_TARGETS	= fuzz_load fuzz_args fuzz_snapshot fuzz_csvline
FUZZ_BIN	= $(FUZZ_TARGETS:%=build/fuzz/%)

.PHONY: fuzz fuzz-build
fuzz-build:
	$(MAKE) BUILD=build/fuzz CC=$(FUZZ_CC) CFLAGS="$(FUZZ_FLAGS)" \
	    build/fuzz/libtwin.a
	for t in $(FUZZ_TARGETS); do \
	    $(FUZZ_CC) $(TWIN_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer \
	    -o build/fuzz/$$t tests/fuzz/$$t.c build/fuzz/libtwin.a $(LDLIBS) \
	    || exit 1; done

# The inputs that once failed, in tests/fuzz/regress, run first.
fuzz: fuzz-build
	set -e; for t in $(FUZZ_TARGETS); do \
	    d=tests/fuzz/regress/$${t#fuzz_}; \
	    if [ -d $$d ]; then build/fuzz/$$t $$d/*; fi; done
	set -e; for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/corpus/$$t; \
	    build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=build/fuzz/$$t- build/fuzz/corpus/$$t \
	    tests/fuzz/corpus/$${t#fuzz_}; done

# The figures of the world registry in shared/data beside the repository,
# when it is there (tests/world/run).
.PHONY: check-world
check-world: $(BIN)
	TWIN=$(abspath $(BIN)) sh tests/world/run

# twin locate on real data, when GEONAMES names a GeoNames cities500.txt
# (tests/locate/run); not part of check, which needs nothing fetched.
.PHONY: check-locate
check-locate: $(BIN)
	TWIN=$(abspath $(BIN)) sh tests/locate/run

# The network measures against networkx, where it is installed.
.PHONY: check-measures
check-measures: $(BIN)
	@if python3 -c 'import networkx' 2>/dev/null; then \
	    python3 tests/measures/check.py $(abspath $(BIN)); \
	else echo "check-measures: skipped, python3 has no networkx"; fi

# The SVG of twin map, read back as XML (and by xmllint and rsvg-convert
# where they are installed).
.PHONY: check-map
check-geo: $(BIN)
	@if command -v python3 >/dev/null; then \
	    python3 tests/geo/check.py $(abspath $(BIN)); \
	else echo "check-geo: skipped, no python3"; fi

check-map: $(BIN)
	@if command -v python3 >/dev/null; then \
	    python3 tests/map/check.py $(abspath $(BIN)); \
	else echo "check-map: skipped, no python3"; fi

# Hostile registries and arguments (tests/hostile/run makes the big ones).
.PHONY: check-hostile
check-hostile: $(BIN)
	TWIN=$(abspath $(BIN)) sh tests/hostile/run

# The unit and command-line tests under valgrind: any memory error or
# definite or indirect leak fails them.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	   --errors-for-leak-kinds=definite,indirect
.PHONY: check-valgrind
check-valgrind: $(BIN) $(UNIT_BIN) $(BUILD)/ttyrun
	@set -e; for t in $(UNIT_BIN); do echo "== valgrind $$t"; \
	    $(VALGRIND) $$t; done
	printf '#!/bin/sh\nexec %s %s "$$@"\n' "$(VALGRIND)" \
	    "$(abspath $(BIN))" > $(BUILD)/twin-valgrind
	chmod +x $(BUILD)/twin-valgrind
	TWIN=$(abspath $(BUILD)/twin-valgrind) TTYRUN=$(abspath $(BUILD)/ttyrun) \
	    sh tests/cli/run tests/cli/*.t

# Line coverage of src/ by the unit, command-line and hostile tests, with
# gcovr: a summary here, the details in coverage/index.html.
.PHONY: coverage
coverage:
	rm -rf build/cov coverage
	$(MAKE) BUILD=build/cov BIN=build/cov/twin CFLAGS="-O0 -g --coverage" \
	    LDFLAGS="--coverage" check-unit check-cli check-hostile
	mkdir -p coverage
	gcovr --root . --filter src/ --print-summary \
	    --html-details coverage/index.html build/cov
