/* test_snapshot.c: a registry written as a snapshot reads back the same. */
#include "fixtures.h"

#include <stddef.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "query.h"
#include "snapshot.h"

/* Regions, a pair stated from both ends, sources and notes. */
static const char fixture_csv[] =
    "city,country,partner,partner_country,year,status,kind,region,"
    "partner_region,source,note\n"
    "Turku,FI,Bergen,NO,1946,,,,,Turku,\n"
    "Turku,FI,Saint Petersburg,RU,1953,suspended,,,,,since 2022\n"
    "Córdoba,ES,Córdoba,AR,1980,,friendship,Andalusia,,,\n"
    "Gdańsk,PL,Turku,FI,1958,ended,,,,Gdańsk,\n"
    "Bergen,NO,Turku,FI,1950,,,Vestland,,Bergen,restated\n"
    "Portland,US,Sapporo,JP,1959,,,OR,,,\n";

static const char aliases_text[] =
    "alias,city,country\n"
    "Åbo,Turku,FI\n"
    "Danzig,Gdańsk,PL\n"
    "Nowhere,Atlantis,GR\n";

static const struct file_identity ids[2] = {
	{ 1, 2, 3, 4, 5, 6, 7 }, { 8, 9, 10, 11, 12, 13, 14 }
};

static char path[] = "/tmp/twin-snapshot-test.XXXXXX";

/* The absolute paths of the two files, as the cache gives them. */
static const char sources[] = "/data/links.csv\0/data/aliases.csv";
#define SOURCES_LEN sizeof(sources)

static int
write_snapshot(const struct registry *reg, const struct file_identity *which)
{
	return snapshot_write(reg, which, 2, sources, SOURCES_LEN, path);
}


static int
setup(void **state)
{
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(path);
	return 0;
}

/* The snapshot file's bytes, to change and read from memory; free() them. */
static char *
read_snapshot_file(long *size)
{
	char *bytes;
	FILE *fp;

	fp = fopen(path, "rb");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	*size = ftell(fp);
	rewind(fp);
	bytes = malloc((size_t)*size);
	assert_non_null(bytes);
	assert_int_equal(fread(bytes, 1, (size_t)*size, fp), (size_t)*size);
	fclose(fp);
	return bytes;
}

static void
load_both(struct registry *reg)
{
	struct reported rep;

	registry_init(reg);
	assert_int_equal(load_text(reg, &rep, fixture_csv), 0);
	assert_int_equal(load_text(reg, &rep, aliases_text), 0);
	registry_build_index(reg);
}

/* Everything a query can see, as text, for comparing two registries. */
static void
describe(const struct registry *reg, char *out, size_t cap)
{
	struct fold_buf fb = { NULL, 0, 0 };
	static const char *const names[] = {
		"turku", "ABO", "danzig", "cordoba", "nowhere", "bergen"
	};
	city_id *found = NULL;
	size_t i, n, used, nf, fcap = 0;
	const link_id *adj;

	*out = '\0';
	for (i = 0; i < reg->ncities; i++) {
		used = strlen(out);
		adj = city_links(reg, (city_id)i, &n);
		snprintf(out + used, cap - used, "%s/%s/%s:%zu:%u ",
		    city_name(reg, &reg->cities[i]),
		    city_key(reg, &reg->cities[i]),
		    country_code(reg->cities[i].country), n, n ? adj[0] : 0);
	}
	for (i = 0; i < reg->nregions; i++) {
		used = strlen(out);
		snprintf(out + used, cap - used, "region %s/%s/%s ",
		    reg->regions[i].name, reg->regions[i].key,
		    country_code(reg->regions[i].country));
	}
	for (i = 0; i < reg->ncities; i++) {
		used = strlen(out);
		snprintf(out + used, cap - used, "r%u ", reg->cities[i].region);
	}
	for (i = 0; i < reg->nstmts; i++) {
		const struct statement *st = &reg->stmts[i];

		used = strlen(out);
		snprintf(out + used, cap - used, "s%u:%u:%u:%s:%s ", st->line,
		    st->year, st->reversed, registry_text(reg, st->source),
		    registry_text(reg, st->note));
	}
	for (i = 0; i < reg->nlinks; i++) {
		const struct link *l = &reg->links[i];

		used = strlen(out);
		snprintf(out + used, cap - used, "%u-%u:%u:%u:%u:%s:%u:%u ",
		    l->city, l->partner, l->year, l->status, l->kind,
		    reg->files[link_first(reg, l)->file], link_first(reg, l)->line,
		    (unsigned)link_nstmts(reg, l));
	}
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		nf = lookup_cities(reg, names[i], COUNTRY_NONE, &fb, &found,
		    &fcap);
		used = strlen(out);
		snprintf(out + used, cap - used, "%s=%zu ", names[i], nf);
	}
	free(found);
	fold_buf_free(&fb);
}

static void
test_round_trip(void **state)
{
	struct registry a, b;
	char da[8192], db[8192];

	(void)state;
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	registry_init(&b);
	assert_true(snapshot_read(&b, ids, 2, path, getuid()));
	assert_true(b.indexed);
	describe(&a, da, sizeof(da));
	describe(&b, db, sizeof(db));
	assert_string_equal(da, db);
	assert_true(b.has_regions);
	assert_int_equal(b.nlinks, 5);
	assert_int_equal(b.nstmts, 6);
	assert_int_equal(b.naliases, 3);
	assert_int_equal(b.aliases[2].city, CITY_NONE);
	registry_free(&a);
	registry_free(&b);
}

static void
test_other_files_miss(void **state)
{
	struct registry a, b;
	struct file_identity changed[2];

	(void)state;
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	memcpy(changed, ids, sizeof(changed));
	changed[1].mtime_nsec++;
	registry_init(&b);
	assert_false(snapshot_read(&b, changed, 2, path, getuid()));
	/* A change time is a change, even with the modification time kept. */
	memcpy(changed, ids, sizeof(changed));
	changed[0].ctime_sec++;
	assert_false(snapshot_read(&b, changed, 2, path, getuid()));
	assert_false(snapshot_read(&b, ids, 1, path, getuid()));
	assert_int_equal(b.ncities, 0);
	registry_free(&a);
	registry_free(&b);
}

/* Any single damaged byte makes the snapshot unusable, never wrong. */
static void
test_damage_is_a_miss(void **state)
{
	static const unsigned char flips[] = { 0x5A, 0x80 };
	const unsigned char *flip;
	struct registry a, b;
	FILE *fp;
	long size, at;
	int c;

	(void)state;
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	fp = fopen(path, "r+b");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	size = ftell(fp);
	/* Every byte, changed in a few bits and in its top bit alone (a
	 * checksum that carries changes only upwards misses some of those). */
	for (at = 0; at < size; at++) {
		for (flip = flips; flip < flips + sizeof(flips); flip++) {
			fseek(fp, at, SEEK_SET);
			c = getc(fp);
			fseek(fp, at, SEEK_SET);
			putc(c ^ *flip, fp);
			fflush(fp);
			registry_init(&b);
			assert_false(snapshot_read(&b, ids, 2, path, getuid()));
			registry_free(&b);
			fseek(fp, at, SEEK_SET);
			putc(c, fp);
			fflush(fp);
		}
	}
	/* Cut short. */
	assert_int_equal(truncate(path, size - 1), 0);
	registry_init(&b);
	assert_false(snapshot_read(&b, ids, 2, path, getuid()));
	fclose(fp);
	assert_false(snapshot_read(&b, ids, 2, "/nonexistent/twin.snap",
	    getuid()));
	registry_free(&a);
	registry_free(&b);
}

/*
 * A snapshot is believed only as a regular file of the user's, mode 0600,
 * not through a symbolic link.  The owner is a parameter, so the test of
 * another user's snapshot runs as any user, root included.
 */
static void
test_only_the_users_own_snapshots(void **state)
{
	struct registry a, b;
	char link[sizeof(path) + 8];

	(void)state;
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	registry_init(&b);
	assert_true(snapshot_read(&b, ids, 2, path, getuid()));
	registry_free(&b);
	assert_false(snapshot_read(&b, ids, 2, path, getuid() + 1));
	assert_int_equal(chmod(path, 0644), 0);
	assert_false(snapshot_read(&b, ids, 2, path, getuid()));
	assert_int_equal(chmod(path, 0600), 0);
	snprintf(link, sizeof(link), "%s.link", path);
	assert_int_equal(symlink(path, link), 0);
	assert_false(snapshot_read(&b, ids, 2, link, getuid()));
	unlink(link);
	assert_int_equal(b.ncities, 0);
	registry_free(&a);
	registry_free(&b);
}

/* A symbolic link planted where a temporary file might go is not followed. */
static void
test_planted_link_is_not_followed(void **state)
{
	char victim[] = "/tmp/twin-victim.XXXXXX", planted[sizeof(path) + 32];
	struct registry a;
	struct stat st;
	int fd;

	(void)state;
	fd = mkstemp(victim);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "precious", 8), 8);
	close(fd);
	snprintf(planted, sizeof(planted), "%s.%ld.tmp", path, (long)getpid());
	assert_int_equal(symlink(victim, planted), 0);
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	assert_int_equal(stat(victim, &st), 0);
	assert_int_equal(st.st_size, 8);
	assert_int_equal(lstat(path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	unlink(planted);
	unlink(victim);
	registry_free(&a);
}

/* The sources a snapshot names, for cleaning the cache; and sealing. */
static void
test_sources_and_seal(void **state)
{
	struct registry a, b;
	char *paths, *bytes;
	size_t len;
	long size;

	(void)state;
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	paths = snapshot_sources(path, &len);
	assert_non_null(paths);
	assert_int_equal(len, SOURCES_LEN);
	assert_memory_equal(paths, sources, SOURCES_LEN);
	free(paths);
	assert_null(snapshot_sources("/nonexistent/twin.snap", &len));
	/* Read from memory; a sealed change is caught by the structure checks. */
	bytes = read_snapshot_file(&size);
	registry_init(&b);
	assert_true(snapshot_read_memory(&b, ids, 2, bytes, (size_t)size));
	registry_free(&b);
	bytes[size - SOURCES_LEN - 1] ^= 1;	/* the strings' last NUL */
	assert_false(snapshot_read_memory(&b, ids, 2, bytes, (size_t)size));
	snapshot_seal(bytes, (size_t)size);
	assert_false(snapshot_read_memory(&b, ids, 2, bytes, (size_t)size));
	free(bytes);
	registry_free(&a);
	registry_free(&b);
}

/* Where the n bytes of want first stand in the buffer, or -1. */
static long
find_bytes(const char *buf, long size, const void *want, size_t n)
{
	long at;

	for (at = 0; at + (long)n <= size; at++)
		if (memcmp(buf + at, want, n) == 0)
			return at;
	return -1;
}

/* A sealed snapshot with one uint32_t changed at at is refused. */
static void
assert_refused_with(char *bytes, long size, long at, uint32_t value)
{
	struct registry b;
	uint32_t old;

	memcpy(&old, bytes + at, sizeof(old));
	memcpy(bytes + at, &value, sizeof(value));
	snapshot_seal(bytes, (size_t)size);
	registry_init(&b);
	assert_false(snapshot_read_memory(&b, ids, 2, bytes, (size_t)size));
	registry_free(&b);
	memcpy(bytes + at, &old, sizeof(old));
	snapshot_seal(bytes, (size_t)size);
}

/*
 * The layout's own rules, checked past the checksum: a link's statements
 * run to the next link's first, so the links' first statements must rise
 * from 0 and stay below the count; a city's name must end where its
 * length says, its key follow, and its homonyms be older cities.
 */
static void
test_sealed_layout_is_checked(void **state)
{
	struct registry a, b;
	struct link *links;
	char *bytes;
	long size, at, last;
	size_t n;

	(void)state;
	load_both(&a);
	assert_true(write_snapshot(&a, ids));
	bytes = read_snapshot_file(&size);
	registry_init(&b);
	assert_true(snapshot_read_memory(&b, ids, 2, bytes, (size_t)size));
	registry_free(&b);

	n = a.nlinks;
	assert_true(n >= 3);
	at = find_bytes(bytes, size, a.links, n * sizeof(*a.links));
	assert_true(at > 0);
	links = (struct link *)(bytes + at);
	last = at + (long)((n - 1) * sizeof(*links) +
	    offsetof(struct link, stmt));
	assert_refused_with(bytes, size, at + (long)offsetof(struct link, stmt),
	    1);
	assert_refused_with(bytes, size, at + (long)(sizeof(*links) +
	    offsetof(struct link, stmt)), links[0].stmt);
	assert_refused_with(bytes, size, last, (uint32_t)a.nstmts);

	/* The cities lie in the snapshot as in memory. */
	at = find_bytes(bytes, size, a.cities, a.ncities * sizeof(*a.cities));
	assert_true(at > 0);
	/* One byte on, the name's NUL is a letter of its key. */
	assert_refused_with(bytes, size, at + (long)offsetof(struct city,
	    name_off), a.cities[0].name_off + 1);
	assert_refused_with(bytes, size, at + (long)offsetof(struct city,
	    name_off), (uint32_t)a.names_len);
	/* The same end, the name one byte longer: its NUL is not there. */
	_Static_assert(offsetof(struct city, key_len) ==
	    offsetof(struct city, name_len) + 2, "key_len after name_len");
	assert_true(a.cities[0].key_len >= 2);
	assert_refused_with(bytes, size, at + (long)offsetof(struct city,
	    name_len), (uint32_t)(a.cities[0].name_len + 1) |
	    (uint32_t)(a.cities[0].key_len - 1) << 16);
	/* The first city cannot have an older homonym: a loop. */
	assert_refused_with(bytes, size, at + (long)offsetof(struct city,
	    next_homonym), 0);
	assert_refused_with(bytes, size, at + (long)offsetof(struct city,
	    region), (uint32_t)a.nregions);

	/* Put back, it reads again. */
	registry_init(&b);
	assert_true(snapshot_read_memory(&b, ids, 2, bytes, (size_t)size));
	registry_free(&b);
	free(bytes);
	registry_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_other_files_miss),
		cmocka_unit_test(test_damage_is_a_miss),
		cmocka_unit_test(test_only_the_users_own_snapshots),
		cmocka_unit_test(test_planted_link_is_not_followed),
		cmocka_unit_test(test_sources_and_seal),
		cmocka_unit_test(test_sealed_layout_is_checked),
	};
	int failed;

	failed = cmocka_run_group_tests_name("snapshot", tests, setup, teardown);
	country_cleanup();
	return failed;
}
