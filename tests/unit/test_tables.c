/*
 * test_tables.c: the name tables.  A key's hash reads each of its bytes,
 * as it did when snapshots kept it (hash_by_copy()).  A slot of hash 0 is an empty one, so a
 * key whose hash is 0 is kept as 1 and still found; names move into
 * larger tables whole; and a registry reserving room for a file makes
 * its larger tables apart, to be adopted, only where they are faulted in
 * as used.
 */
#include "fixtures.h"

#include <malloc.h>

#include "xalloc.h"

#include "fold.h"
#include "spelling.h"
#include "strmap.h"

/* The keys of test maps: value i is keys[i]. */
static const char *const keys[] = { "zero", "one", "two", "three" };

static bool
key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t tag)
{
	const char *const *k = ctx;

	(void)tag;
	return strlen(k[value]) == len && memcmp(k[value], key, len) == 0;
}

/* strmap_hash() as it read a key's last bytes before: with memcpy() into
 * a word of zeros.  Snapshots keep hashes, so the two must agree. */
static uint32_t
hash_by_copy(const char *key, size_t len, uint16_t tag)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ (len * 0xFF51AFD7ED558CCDULL) ^ tag;
	uint64_t w;

	for (; len >= 8; key += 8, len -= 8) {
		memcpy(&w, key, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
		h ^= h >> 32;
	}
	if (len > 0) {
		w = 0;
		memcpy(&w, key, len);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
	}
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 32;
	return (uint32_t)h;
}

/* Keys of every length to 40, at every alignment, of every byte value:
 * each key is read exactly, and no byte beyond it (the copies are of
 * their length: ASan catches a read past one). */
static void
test_hash_reads_each_byte_once(void **state)
{
	unsigned seed = 2026;
	size_t len, at, i;
	char text[48], *key;

	(void)state;
	for (len = 0; len <= 40; len++)
		for (at = 0; at < 8; at++) {
			for (i = 0; i < sizeof(text); i++)
				text[i] = (char)rand_r(&seed);
			key = malloc(len ? len : 1);
			assert_non_null(key);
			memcpy(key, text + at, len);
			assert_int_equal(strmap_hash(key, len, (uint16_t)at),
			    hash_by_copy(text + at, len, (uint16_t)at));
			/* A byte changed anywhere changes the hash. */
			for (i = 0; i < len; i++) {
				key[i] ^= 0x20;
				assert_int_not_equal(strmap_hash(key, len, 0),
				    hash_by_copy(text + at, len, 0));
				key[i] ^= 0x20;
			}
			free(key);
		}
}

static void
test_hash_zero_is_kept(void **state)
{
	struct strmap m;
	uint32_t *v;

	(void)state;
	strmap_init(&m);
	/* Hashes chosen to collide: 0 is kept as 1. */
	strmap_put(&m, 0, 0);
	strmap_put(&m, 1, 1);
	strmap_put(&m, 0, 2);
	assert_int_equal(m.count, 3);
	v = strmap_find(&m, "zero", 4, 0, 0, key_match, keys);
	assert_non_null(v);
	assert_int_equal(*v, 0);
	v = strmap_find(&m, "one", 3, 0, 1, key_match, keys);
	assert_non_null(v);
	assert_int_equal(*v, 1);
	v = strmap_find(&m, "two", 3, 0, 0, key_match, keys);
	assert_non_null(v);
	assert_int_equal(*v, 2);
	assert_null(strmap_find(&m, "three", 5, 0, 0, key_match, keys));
	strmap_free(&m);
}

/* Keys of the map moved below: "key 0", "key 1", ... */
static bool
numbered_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t tag)
{
	char name[32];

	(void)ctx;
	(void)tag;
	return (size_t)snprintf(name, sizeof(name), "key %u", value) == len &&
	    memcmp(name, key, len) == 0;
}

static void
test_map_moves_whole(void **state)
{
	struct strmap small, large;
	char name[32];
	uint32_t i, *v;
	int len;

	(void)state;
	strmap_init(&small);
	for (i = 0; i < 1000; i++) {
		len = snprintf(name, sizeof(name), "key %u", i);
		strmap_put(&small, strmap_hash(name, (size_t)len, 0), i);
	}
	strmap_make(&large, 5000);
	assert_int_equal(large.count, 0);
	strmap_move(&large, &small);
	assert_null(small.slots);
	assert_int_equal(small.count, 0);
	assert_int_equal(large.count, 1000);
	for (i = 0; i < 1000; i++) {
		len = snprintf(name, sizeof(name), "key %u", i);
		v = strmap_find(&large, name, (size_t)len, 0,
		    strmap_hash(name, (size_t)len, 0), numbered_match, NULL);
		assert_non_null(v);
		assert_int_equal(*v, i);
	}
	len = snprintf(name, sizeof(name), "key %u", 1000u);
	assert_null(strmap_find(&large, name, (size_t)len, 0,
	    strmap_hash(name, (size_t)len, 0), numbered_match, NULL));
	strmap_free(&large);
}

static void
test_spellings_move_whole(void **state)
{
	struct spelling_table small, large;
	char texts[64 * 1000], name[64];
	size_t off = 0;
	uint32_t i;
	int len;

	(void)state;
	spellings_init(&small);
	/* Every third name is longer than a slot holds: it is in texts. */
	for (i = 0; i < 1000; i++) {
		len = snprintf(name, sizeof(name), i % 3 == 0 ? "a long name "
		    "of a city, number %u" : "city %u", i);
		memcpy(texts + off, name, (size_t)len);
		spellings_add(&small, texts, name, (size_t)len, 1, UINT32_MAX,
		    spelling_hash(name, (size_t)len), i, (uint32_t)off);
		off += (size_t)len;
	}
	spellings_make(&large, 3000);
	spellings_move(&large, &small, texts);
	assert_null(small.slots);
	assert_int_equal(large.count, 1000);
	for (i = 0; i < 1000; i++) {
		len = snprintf(name, sizeof(name), i % 3 == 0 ? "a long name "
		    "of a city, number %u" : "city %u", i);
		assert_int_equal(spellings_find(&large, texts, name,
		    (size_t)len, 1, UINT32_MAX,
		    spelling_hash(name, (size_t)len)), i);
		/* The same name in another country is another. */
		assert_int_equal(spellings_find(&large, texts, name,
		    (size_t)len, 2, UINT32_MAX,
		    spelling_hash(name, (size_t)len)), UINT32_MAX);
	}
	spellings_free(&large);
}

/* Add the city "Town N" of Finland, found by its spelling and its key. */
static city_id
add_town(struct registry *r, unsigned n)
{
	char name[32], key[32];
	size_t len, key_len;
	city_id c;

	len = (size_t)snprintf(name, sizeof(name), "Town %u", n);
	key_len = (size_t)snprintf(key, sizeof(key), "town %u", n);
	c = registry_intern(r, name, len, key, key_len, key_hash(key, key_len),
	    country_from_code("FI", 2), REGION_NONE);
	registry_add_spelling(r, name, len, country_from_code("FI", 2),
	    REGION_NONE, spelling_hash(name, len), c);
	return c;
}

static void
assert_town(const struct registry *r, unsigned n, city_id c)
{
	char name[32], key[32];
	size_t len, key_len;

	len = (size_t)snprintf(name, sizeof(name), "Town %u", n);
	key_len = (size_t)snprintf(key, sizeof(key), "town %u", n);
	assert_int_equal(registry_find_spelling(r, name, len,
	    country_from_code("FI", 2), REGION_NONE, spelling_hash(name, len)),
	    c);
	assert_int_equal(registry_find(r, key, key_len,
	    country_from_code("FI", 2), REGION_NONE), c);
}

static void
test_registry_adopts_tables(void **state)
{
	struct registry reg;
	struct name_tables later = { .made = false };
	city_id ids[3000];
	unsigned i;

	(void)state;
	registry_init(&reg);
	for (i = 0; i < 100; i++)
		ids[i] = add_town(&reg, i);
	/* 30,000 rows: tables for 20,100 names, of less than a huge page. */
	registry_reserve(&reg, 30000, &later);
	assert_true(later.made);
	assert_int_equal(later.spelled.count, 0);
	assert_true(later.spelled.cap >= 20100 * 4 / 3);
	/* The tables in use have room for the names read meanwhile. */
	assert_true(reg.spelled.cap >= (100 + ROWS_WHILE_FAULTING / 3 * 2) *
	    4 / 3);
	for (; i < 3000; i++)
		ids[i] = add_town(&reg, i);
	registry_adopt_tables(&reg, &later);
	assert_false(later.made);
	assert_int_equal(reg.spelled.count, 3000);
	assert_int_equal(reg.by_key.count, 3000);
	assert_true(reg.spelled.cap >= 20100 * 4 / 3);
	for (i = 0; i < 3000; i++)
		assert_town(&reg, i, ids[i]);
	registry_drop_tables(&later);	/* adopted: nothing to drop */
	registry_free(&reg);

	/* Tables of huge pages are cleared as they are made: in place. */
	registry_init(&reg);
	registry_reserve(&reg, 1000000, &later);
	assert_false(later.made);
	assert_true(reg.spelled.cap >= 666666 * 4 / 3);
	ids[0] = add_town(&reg, 0);
	assert_town(&reg, 0, ids[0]);
	registry_free(&reg);

	/* More names read while the tables were faulted in than they were
	 * made for: made larger as they are adopted. */
	registry_init(&reg);
	for (i = 0; i < 100; i++)
		ids[i] = add_town(&reg, i);
	registry_reserve(&reg, 3000, &later);
	assert_true(later.made);
	assert_true(later.by_key.cap < 3000 * 4 / 3);
	for (; i < 3000; i++)
		ids[i] = add_town(&reg, i);
	registry_adopt_tables(&reg, &later);
	assert_int_equal(reg.by_key.count, 3000);
	assert_int_equal(reg.spelled.count, 3000);
	for (i = 0; i < 3000; i++)
		assert_town(&reg, i, ids[i]);
	registry_free(&reg);

	/* Made and never adopted: dropped. */
	registry_init(&reg);
	registry_reserve(&reg, 30000, &later);
	assert_true(later.made);
	registry_drop_tables(&later);
	assert_false(later.made);
	assert_null(later.spelled.slots);
	registry_free(&reg);
}

/*
 * A registry's first reservation carves the tables made for later from
 * its block when each would take a huge page of its own: they are the
 * block's, lent to the tables, never freed by them, and the spelling
 * table's memory goes on to hold the links of a registry that states a
 * pair twice.
 */
static void
test_later_tables_in_the_block(void **state)
{
	struct registry reg;
	struct name_tables later = { .made = false };
	struct statement st = { .line = 2 };
	city_id ids[3000];
	unsigned i;

	(void)state;
	registry_init(&reg);
	registry_reserve(&reg, 30000, &later);
	assert_true(later.made);
	assert_true(block_holds(&reg.block, later.spelled.slots));
	assert_true(block_holds(&reg.block, later.by_key.slots));
	assert_true(later.spelled.lent && later.by_key.lent);
	assert_int_equal(later.spelled.cap, table_cap(20000));
	assert_int_equal(later.by_key.cap, table_cap(20000));
	assert_true(reg.block.used <= reg.block.len);
	for (i = 0; i < 1000; i++)
		ids[i] = add_town(&reg, i);
	registry_adopt_tables(&reg, &later);
	assert_true(block_holds(&reg.block, reg.spelled.slots));
	for (; i < 3000; i++)
		ids[i] = add_town(&reg, i);
	for (i = 0; i < 3000; i++)
		assert_town(&reg, i, ids[i]);
	for (i = 0; i < 2999; i++) {
		st.line = 2 + i;
		registry_add_statement(&reg, ids[i], ids[i + 1], &st);
	}
	st.line = 3001;
	registry_add_statement(&reg, ids[1], ids[0], &st);
	registry_build_index(&reg);
	assert_int_equal(reg.nlinks, 2999);
	assert_int_equal(link_nstmts(&reg, &reg.links[0]), 2);
	assert_true(block_holds(&reg.block, reg.links));
	registry_free(&reg);

	/* Made in the block and never adopted: dropped, not freed. */
	registry_init(&reg);
	registry_reserve(&reg, 30000, &later);
	assert_true(block_holds(&reg.block, later.spelled.slots));
	registry_drop_tables(&later);
	assert_false(later.made);
	registry_free(&reg);

	/* Tables of megabytes, used at once: the tables in use, there. */
	registry_init(&reg);
	registry_reserve(&reg, 120000, &later);
	assert_false(later.made);
	assert_true(block_holds(&reg.block, reg.spelled.slots));
	assert_true(block_holds(&reg.block, reg.by_key.slots));
	assert_true(reg.spelled.lent && reg.by_key.lent);
	assert_int_equal(reg.spelled.cap, table_cap(80000));
	for (i = 0; i < 3000; i++)
		ids[i] = add_town(&reg, i);
	for (i = 0; i < 3000; i++)
		assert_town(&reg, i, ids[i]);
	registry_free(&reg);
}

/* A map in memory of the caller's lets it go as it grows. */
static void
test_lent_map_grows_out_of_its_memory(void **state)
{
	struct strmap_slot *slots = calloc(1, strmap_bytes(4));
	struct strmap m;
	uint32_t i;

	(void)state;
	assert_non_null(slots);
	strmap_init(&m);
	strmap_lend(&m, slots, 4);
	assert_true(m.lent);
	assert_int_equal(m.cap * sizeof(*slots), strmap_bytes(4));
	for (i = 1; i <= 1000; i++)
		strmap_put(&m, i * 2654435761u, i);
	assert_false(m.lent);
	assert_true(m.slots != slots);
	assert_int_equal(m.count, 1000);
	strmap_free(&m);
	free(slots);	/* still the caller's */
}

/*
 * Write memory through a volatile pointer: the compiler may drop a
 * memset() of memory that is freed at once, which the tests below write
 * to see that malloc's used memory is cleared.
 */
static void *(*volatile scribble)(void *, int, size_t) = memset;

/*
 * A table for another thread to fault in, of 128 KiB or more and less
 * than a huge page, is on a huge page of its own, and zero though
 * malloc() hands it memory written before: here the heap's, as the
 * threshold of mapped blocks is raised for the test.
 */
static void
test_untouched_table_on_a_huge_page(void **state)
{
	const size_t huge = (size_t)2 << 20, n = (huge / 2) / sizeof(uint32_t);
	unsigned char *dirty;
	uint32_t *slots;
	size_t i, nonzero = 0;

	(void)state;
#ifdef M_MMAP_THRESHOLD
	mallopt(M_MMAP_THRESHOLD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
	dirty = malloc(2 * huge);
	assert_non_null(dirty);
	scribble(dirty, 0xA5, 2 * huge);
	free(dirty);
	slots = xtable_calloc_untouched(n, sizeof(*slots));
	assert_int_equal((uintptr_t)slots % huge, 0);
	for (i = 0; i < n; i++)
		nonzero += slots[i] != 0;
	assert_int_equal(nonzero, 0);
	slots[n - 1] = 1;	/* all of it is the table's */
	free(slots);
	slots = xtable_calloc_untouched(huge / 16 / sizeof(*slots),
	    sizeof(*slots));
	assert_int_equal((uintptr_t)slots % huge, 0);
	free(slots);
	/* Below 128 KiB: malloc's, as before. */
	slots = xtable_calloc_untouched(huge / 32 / sizeof(*slots),
	    sizeof(*slots));
	for (i = 0; i < huge / 32 / sizeof(*slots); i++)
		nonzero += slots[i] != 0;
	assert_int_equal(nonzero, 0);
	free(slots);
#ifdef M_MMAP_THRESHOLD
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
}

/*
 * A table of a huge page or more is zero, to its last byte, though malloc()
 * hands it memory written before (here a table of the same size, freed
 * just before, with the threshold of mapped blocks raised so that its
 * memory stays in the heap): its whole pages are dropped to be faulted in
 * as zeros, and the bytes past the last whole page cleared.
 */
static void
test_large_table_zero_on_used_memory(void **state)
{
	const size_t huge = (size_t)2 << 20, bytes = 2 * huge + 4000 + 7;
	unsigned char *table;
	size_t i, round, nonzero = 0;

	(void)state;
#ifdef M_MMAP_THRESHOLD
	mallopt(M_MMAP_THRESHOLD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
	for (round = 0; round < 2; round++) {
		table = xtable_calloc(bytes, 1);
		for (i = 0; i < bytes; i++)
			nonzero += table[i] != 0;
		assert_int_equal(nonzero, 0);
		scribble(table, 0x5A, bytes);	/* all of it is the table's */
		free(table);
	}
#ifdef M_MMAP_THRESHOLD
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
}

/* Texts added into room made for them stay where they were put. */
static void
test_registry_reserves_texts(void **state)
{
	struct registry reg;
	char text[3000];
	uint32_t off[1000];
	const char *before;
	size_t cap, i;

	(void)state;
	registry_init(&reg);
	assert_int_equal(registry_add_text(&reg, "first", 5), 1);
	registry_reserve_texts(&reg, sizeof(off) / sizeof(off[0]) *
	    sizeof(text));
	assert_true(reg.texts_cap >= reg.texts_len + 3000000);
	before = reg.texts;
	cap = reg.texts_cap;
	registry_reserve_texts(&reg, 100);	/* room enough: as it was */
	assert_ptr_equal(reg.texts, before);
	assert_int_equal(reg.texts_cap, cap);
	for (i = 0; i < 1000; i++) {
		memset(text, 'a' + (int)(i % 26), sizeof(text) - 1);
		off[i] = registry_add_text(&reg, text, sizeof(text) - 1);
	}
	assert_ptr_equal(reg.texts, before);
	assert_string_equal(registry_text(&reg, 1), "first");
	for (i = 0; i < 1000; i++) {
		assert_int_equal(off[i], 7 + i * 3000);
		assert_int_equal(strlen(registry_text(&reg, off[i])), 2999);
		assert_int_equal(registry_text(&reg, off[i])[0],
		    'a' + (int)(i % 26));
	}
	registry_free(&reg);
}

/*
 * Rows with no pair stated twice: the index makes the links of the ends
 * in the block they were in, which was made with room for them.
 */
static void
test_links_take_the_ends_block(void **state)
{
	struct registry reg;
	struct statement st = { .line = 2 };
	const void *ends;
	city_id c[1001];
	unsigned i;

	(void)state;
	registry_init(&reg);
	/* Room for 1,000 rows' ends (8 KB), with the arrays of the cities
	 * made after them: links (20 KB) grown by realloc would move. */
	registry_reserve(&reg, 1000, NULL);
	for (i = 0; i < 1001; i++)
		c[i] = add_town(&reg, i);
	for (i = 0; i < 1000; i++) {
		st.line = 2 + i;
		st.year = (uint16_t)(1000 + i);
		registry_add_statement(&reg, c[i], c[i + 1], &st);
	}
	ends = reg.ends;
	registry_build_index(&reg);
	assert_ptr_equal(reg.links, ends);
	assert_int_equal(reg.nlinks, 1000);
	for (i = 0; i < 1000; i++) {
		assert_int_equal(reg.links[i].city, c[i]);
		assert_int_equal(reg.links[i].partner, c[i + 1]);
		assert_int_equal(reg.links[i].stmt, i);
		assert_int_equal(reg.links[i].year, 1000 + i);
	}
	registry_free(&reg);
}

/*
 * The room reserved for a file of 20,000 rows is carved from one block
 * on huge pages; arrays that outgrow it are copied out of it whole, and
 * the index's links take the ends in the block in place.  Freed, nothing
 * of the block is given to free() (AddressSanitizer and valgrind would
 * say so).
 */
/* Row i links town i % towns with another, no pair stated twice. */
#define ROW_CITY(i, towns) ((i) % (towns))
#define ROW_PARTNER(i, towns) (((i) % (towns) + 1 + (i) / (towns)) % (towns))

static void
block_rows(unsigned rows, unsigned towns)
{
	struct registry reg;
	struct statement st = { .line = 2 };
	city_id *c = malloc(towns * sizeof(*c)), a, b;
	bool *seen = calloc(rows, sizeof(*seen));
	const struct link *l;
	unsigned i;

	assert_non_null(c);
	assert_non_null(seen);
	registry_init(&reg);
	registry_reserve(&reg, 20000, NULL);
	assert_non_null(reg.block.base);
	assert_true(block_holds(&reg.block, reg.stmts));
	assert_true(block_holds(&reg.block, reg.ends));
	assert_true(block_holds(&reg.block, reg.cities));
	assert_true(block_holds(&reg.block, reg.names));
	assert_true(reg.block.used <= reg.block.len);
	assert_int_equal(reg.stmts_cap, 20000);
	assert_int_equal(reg.cities_cap, 20000 / 3 * 2);
	for (i = 0; i < towns; i++)
		c[i] = add_town(&reg, i);
	assert_int_equal(block_holds(&reg.block, reg.cities),
	    towns <= reg.cities_cap && reg.cities_cap == 20000 / 3 * 2);
	for (i = 0; i < rows; i++) {
		st.line = 2 + i;
		st.year = (uint16_t)(1000 + i % 1000);
		registry_add_statement(&reg, c[ROW_CITY(i, towns)],
		    c[ROW_PARTNER(i, towns)], &st);
	}
	assert_int_equal(block_holds(&reg.block, reg.stmts), rows <= 20000);
	assert_int_equal(block_holds(&reg.block, reg.ends), rows <= 20000);
	for (i = 0; i < towns; i++)
		assert_town(&reg, i, c[i]);
	for (i = 0; i < rows; i++) {
		assert_int_equal(reg.stmts[i].line, 2 + i);
		assert_int_equal(reg.ends[i].city, c[ROW_CITY(i, towns)]);
		assert_int_equal(reg.ends[i].partner,
		    c[ROW_PARTNER(i, towns)]);
	}
	registry_build_index(&reg);
	assert_int_equal(reg.nlinks, rows);
	assert_int_equal(block_holds(&reg.block, reg.links), rows <= 20000);
	for (i = 0; i < reg.nlinks; i++) {	/* each row's link, once */
		l = &reg.links[i];
		assert_true(l->stmt < rows);
		assert_false(seen[l->stmt]);
		seen[l->stmt] = true;
		a = c[ROW_CITY(l->stmt, towns)];
		b = c[ROW_PARTNER(l->stmt, towns)];
		assert_true((l->city == a && l->partner == b) ||
		    (l->city == b && l->partner == a));
		assert_int_equal(l->year, 1000 + l->stmt % 1000);
	}
	registry_free(&reg);
	free(seen);
	free(c);
}

static void
test_reserved_rows_in_a_block(void **state)
{
	(void)state;
	block_rows(20000, 13000);	/* as reserved: all stays */
	block_rows(20001, 13000);	/* one row more: rows copied out */
	block_rows(15000, 20000);	/* more towns: cities copied out */
}

/*
 * A ring of towns, each linked to the next, the first again links stated
 * a second time from the other side; mapped: the scratch page is there,
 * as a long file's load leaves it, all of it written and cleared.
 */
static void
index_ring(unsigned towns, unsigned again, bool mapped)
{
	struct registry reg;
	struct statement st = { .line = 2 };
	city_id *c = malloc(towns * sizeof(*c));
	const struct link *l;
	const link_id *adj;
	size_t n;
	unsigned i;

	registry_init(&reg);
	for (i = 0; i < towns; i++)
		c[i] = add_town(&reg, i);
	for (i = 0; i < towns; i++) {
		st.line = 2 + i;
		registry_add_statement(&reg, c[i], c[(i + 1) % towns], &st);
	}
	for (i = 0; i < again; i++) {
		st.line = 2 + towns + i;
		registry_add_statement(&reg, c[(i + 1) % towns], c[i], &st);
	}
	if (mapped) {
		void *records = scratch_calloc(&reg.scratch, SCRATCH_BYTES, 1);

		assert_non_null(records);
		memset(records, 0xFF, SCRATCH_BYTES);
		scratch_clear(&reg.scratch);
	}
	registry_build_index(&reg);
	/* The per-city index stays on the page where it fits; else the
	 * page is given back. */
	if (mapped && towns < 100000) {
		assert_true(scratch_holds(&reg.scratch, reg.adj_start));
		assert_true(scratch_holds(&reg.scratch, reg.adj));
	} else
		assert_null(reg.scratch.page);
	assert_int_equal(reg.nlinks, towns);
	for (i = 0; i < towns; i++) {
		l = &reg.links[i];
		assert_int_equal(l->city, c[i]);
		assert_int_equal(l->partner, c[(i + 1) % towns]);
		assert_int_equal(link_first(&reg, l)->line, 2 + i);
		assert_false(link_first(&reg, l)->reversed);
		assert_int_equal(link_nstmts(&reg, l), i < again ? 2 : 1);
		if (i < again) {
			assert_int_equal(reg.stmts[l->stmt + 1].line,
			    2 + towns + i);
			assert_true(reg.stmts[l->stmt + 1].reversed);
		}
		/* A town's links in the order of their first rows. */
		adj = city_links(&reg, c[i], &n);
		assert_int_equal(n, 2);
		assert_int_equal(adj[0], i == 0 ? 0 : i - 1);
		assert_int_equal(adj[1], i == 0 ? towns - 1 : i);
	}
	registry_free(&reg);
	free(c);
}

/*
 * The index's temporary arrays are on the scratch page where loading
 * mapped one and they fit (a few thousand towns; 20,000 in two halves),
 * and of their own where there is none or they do not fit (150,000): the
 * links and each town's index are the same either way.
 */
static void
test_index_on_scratch_and_beyond(void **state)
{
	(void)state;
	index_ring(3000, 1000, true);
	index_ring(20000, 5000, true);
	index_ring(3000, 0, true);
	index_ring(3000, 1000, false);
	index_ring(150000, 50000, true);
	index_ring(150000, 0, false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hash_reads_each_byte_once),
		cmocka_unit_test(test_hash_zero_is_kept),
		cmocka_unit_test(test_map_moves_whole),
		cmocka_unit_test(test_spellings_move_whole),
		cmocka_unit_test(test_registry_adopts_tables),
		cmocka_unit_test(test_untouched_table_on_a_huge_page),
		cmocka_unit_test(test_large_table_zero_on_used_memory),
		cmocka_unit_test(test_registry_reserves_texts),
		cmocka_unit_test(test_links_take_the_ends_block),
		cmocka_unit_test(test_reserved_rows_in_a_block),
		cmocka_unit_test(test_later_tables_in_the_block),
		cmocka_unit_test(test_lent_map_grows_out_of_its_memory),
		cmocka_unit_test(test_index_on_scratch_and_beyond),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
