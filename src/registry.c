/* registry.c: storage and interning of cities, regions, rows and aliases. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "block.h"
#include "fold.h"
#include "prefault.h"
#include "region.h"
#include "registry.h"
#include "xalloc.h"

const char *const status_names[STATUS_COUNT] = {
	"active", "suspended", "ended"
};
const char *const kind_names[KIND_COUNT] = {
	"twin", "partner", "cooperation", "friendship"
};

void
registry_init(struct registry *r)
{
	memset(r, 0, sizeof(*r));
	arena_init(&r->arena);
	strmap_init(&r->by_key);
	spellings_init(&r->spelled);
	strmap_init(&r->alias_by_key);
	strmap_init(&r->by_variant);
	strmap_init(&r->by_region);
	strmap_init(&r->by_region_spelling);
}

void
registry_free(struct registry *r)
{
	/* A registry read from a snapshot uses some of its arrays in place. */
	if (r->snapshot == NULL) {
		registry_release(r, r->links);
		registry_release(r, r->stmts);
		free(r->texts);
		scratch_release(&r->scratch, r->adj_start);
		scratch_release(&r->scratch, r->adj);
		strmap_free(&r->by_key);
		strmap_free(&r->alias_by_key);
		free(r->places);
	}
	free(r->files);
	if (r->snapshot == NULL) {	/* else in the snapshot: snapshot_read() */
		registry_release(r, r->cities);
		registry_release(r, r->names);
	}
	free(r->regions);
	registry_release(r, r->ends);
	registry_release(r, r->all_stmts);
	registry_release(r, r->all_ends);
	free(r->unsettled);
	free(r->aliases);
	free(r->place_rows);
	free(r->variants);
	strmap_free(&r->by_variant);
	spellings_free(&r->spelled);
	strmap_free(&r->by_region);
	strmap_free(&r->by_region_spelling);
	free(r->region_spellings);
	scratch_free(&r->scratch);
	block_free(&r->block);
	arena_free(&r->arena);
	if (r->snapshot != NULL)
		munmap(r->snapshot, r->snapshot_len);
	registry_init(r);
}

uint16_t
registry_add_file(struct registry *r, const char *name)
{
	r->files = xreallocarray(r->files, r->nfiles + 1, sizeof(*r->files));
	r->files[r->nfiles] = arena_strndup(&r->arena, name, strlen(name));
	return (uint16_t)r->nfiles++;
}

static bool
city_key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t tag)
{
	const struct registry *r = ctx;
	const struct city *c = &r->cities[value];

	(void)tag;
	return c->key_len == len && memcmp(city_key(r, c), key, len) == 0;
}

void
registry_release(struct registry *r, void *p)
{
	if (!block_holds(&r->block, p))
		free(p);
}

/*
 * Grow an array of the registry, of used elements, to hold need: as
 * grow_array() does, but an array carved from the block (registry_reserve())
 * is copied out of it, since only malloc's memory can be reallocated.
 */
static void
grow_kept(struct registry *r, void **arr, size_t *cap, size_t used,
    size_t need, size_t size)
{
	if (need <= *cap)	/* the common case, on the hot path: inline */
		return;
	if (block_holds(&r->block, *arr))
		grow_array_out(arr, cap, used, need, size);
	else
		grow_array(arr, cap, need, size);
}

/* xlarge_realloc(), with an array of the block copied out of it. */
static void *
large_realloc_kept(struct registry *r, void *old, size_t old_n, size_t n,
    size_t size)
{
	void *p;

	if (!block_holds(&r->block, old))
		return xlarge_realloc(old, old_n, n, size);
	p = xlarge_realloc(NULL, 0, n, size);
	memcpy(p, old, old_n * size);
	return p;
}

/*
 * Room for n bytes at the end of names: their offset.  Offsets are 32
 * bits, as in a snapshot; a registry of 4 GB of names is beyond memory
 * in any case.
 */
static uint32_t
names_room(struct registry *r, size_t n)
{
	size_t off = r->names_len;

	if (n > UINT32_MAX - off)
		out_of_memory();
	grow_kept(r, (void **)&r->names, &r->names_cap, off, off + n, 1);
	r->names_len += n;
	return (uint32_t)off;
}

static bool
alias_key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t tag)
{
	const struct alias *a = &((const struct registry *)ctx)->aliases[value];

	(void)tag;
	return a->key_len == len && memcmp(a->key, key, len) == 0;
}

city_id
registry_first_with_key(const struct registry *r, const char *key,
    size_t key_len)
{
	uint32_t *v = strmap_find(&r->by_key, key, key_len, KEY_TAG,
	    strmap_hash(key, key_len, KEY_TAG), city_key_match, r);

	return v != NULL ? *v : CITY_NONE;
}

city_id
registry_find(const struct registry *r, const char *key, size_t key_len,
    country_t country, region_id region)
{
	city_id c, only = CITY_NONE;
	size_t n = 0;

	for (c = registry_first_with_key(r, key, key_len); c != CITY_NONE;
	    c = r->cities[c].next_homonym) {
		if (r->cities[c].country != country)
			continue;
		if (r->cities[c].region == region)
			return c;
		only = c;
		n++;
	}
	return region == REGION_NONE && n == 1 ? only : CITY_NONE;
}

city_id
registry_intern(struct registry *r, const char *name, size_t len,
    const char *key, size_t key_len, uint32_t hash, country_t country,
    region_id region)
{
	uint32_t *head, off;
	city_id c;
	struct city *city;
	char *text;

	head = strmap_find(&r->by_key, key, key_len, KEY_TAG, hash,
	    city_key_match, r);
	for (c = head ? *head : CITY_NONE; c != CITY_NONE;
	    c = r->cities[c].next_homonym)
		if (r->cities[c].country == country &&
		    r->cities[c].region == region)
			return c;

	grow_kept(r, (void **)&r->cities, &r->cities_cap, r->ncities,
	    r->ncities + 1, sizeof(*r->cities));
	/* The key right after the name (city_key()): one cache line or two. */
	off = names_room(r, len + key_len + 2);
	text = r->names + off;
	memcpy(text, name, len);
	text[len] = '\0';
	memcpy(text + len + 1, key, key_len);
	text[len + 1 + key_len] = '\0';
	c = (city_id)r->ncities++;
	city = &r->cities[c];
	city->name_off = off;
	city->name_len = (uint16_t)len;
	city->key_len = (uint16_t)key_len;
	city->key_hash = hash;
	city->country = country;
	city->region = region;
	city->line = 0;
	city->file = 0;
	/* The newest city of a key heads the chain of its homonyms. */
	if (head != NULL) {
		city->next_homonym = *head;
		*head = c;
	} else {
		city->next_homonym = CITY_NONE;
		strmap_put(&r->by_key, hash, c);
	}
	return c;
}

static bool
region_key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t country)
{
	const struct region *g = &((const struct registry *)ctx)->regions[value];

	return g->country == country && g->key_len == len &&
	    memcmp(g->key, key, len) == 0;
}

/*
 * The key a region is known by: the code of an ISO 3166-2 subdivision
 * (so "Oregon" and "US-OR" agree), else the folded name.  fb holds it;
 * false when s has no letters or digits or is not UTF-8.
 */
static bool
region_key(country_t country, const char *s, size_t len, struct fold_buf *fb)
{
	const char *code;
	int iso;

	iso = region_iso_find(country, s, len);
	if (iso != ISO_REGION_NONE) {
		code = region_iso_code(iso);
		fb->len = strlen(code);
		if (fb->cap < fb->len + 1) {
			fb->cap = fb->len + 16;
			fb->key = xreallocarray(fb->key, fb->cap, 1);
		}
		memcpy(fb->key, code, fb->len + 1);
		return true;
	}
	return fold_into(fb, s, len) && fb->len > 0;
}

region_id
registry_find_region(const struct registry *r, country_t country,
    const char *s, size_t len)
{
	struct fold_buf fb = { NULL, 0, 0 };
	uint32_t *v = NULL;

	if (region_key(country, s, len, &fb))
		v = strmap_find(&r->by_region, fb.key, fb.len, country,
		    strmap_hash(fb.key, fb.len, country), region_key_match, r);
	fold_buf_free(&fb);
	return v != NULL ? *v : REGION_NONE;
}

static region_id intern_region_key(struct registry *, country_t,
	    const char *, size_t);

static bool
region_spelling_match(const void *ctx, uint32_t value, const char *text,
    size_t len, uint16_t country)
{
	const struct region_spelling *sp =
	    &((const struct registry *)ctx)->region_spellings[value];

	return sp->country == country && sp->len == len &&
	    memcmp(sp->text, text, len) == 0;
}

/* Remember that s[0..len) in country is region id (or REGION_NONE). */
static void
add_region_spelling(struct registry *r, country_t country, const char *s,
    size_t len, uint32_t hash, region_id id)
{
	struct region_spelling *sp;

	grow_array((void **)&r->region_spellings, &r->region_spellings_cap,
	    r->nregion_spellings + 1, sizeof(*r->region_spellings));
	sp = &r->region_spellings[r->nregion_spellings];
	sp->text = arena_strndup(&r->arena, s, len);
	sp->len = (uint32_t)len;
	sp->country = country;
	sp->region = id;
	strmap_put(&r->by_region_spelling, hash,
	    (uint32_t)r->nregion_spellings++);
}

region_id
registry_intern_region(struct registry *r, country_t country, const char *s,
    size_t len)
{
	uint32_t spelling_hash = strmap_hash(s, len, country);
	uint32_t *known;
	region_id id;

	/* Folding and the ISO table are consulted once per way of writing. */
	known = strmap_find(&r->by_region_spelling, s, len, country,
	    spelling_hash, region_spelling_match, r);
	if (known != NULL)
		return r->region_spellings[*known].region;
	id = intern_region_key(r, country, s, len);
	add_region_spelling(r, country, s, len, spelling_hash, id);
	return id;
}

/* registry_intern_region() for a spelling not seen before. */
static region_id
intern_region_key(struct registry *r, country_t country, const char *s,
    size_t len)
{
	struct fold_buf fb = { NULL, 0, 0 };
	struct region *g;
	uint32_t hash, *v;
	region_id id = REGION_NONE;
	country_t shape;

	if (!region_key(country, s, len, &fb))
		goto done;
	hash = strmap_hash(fb.key, fb.len, country);
	v = strmap_find(&r->by_region, fb.key, fb.len, country, hash,
	    region_key_match, r);
	if (v != NULL) {
		id = *v;
		/* Show a region by a name the registry gives it, not its code. */
		g = &r->regions[id];
		if (region_code_shape(g->name, g->name_len, &shape) &&
		    !region_code_shape(s, len, &shape)) {
			g->name = arena_strndup(&r->arena, s, len);
			g->name_len = (uint32_t)len;
		}
		goto done;
	}
	grow_array((void **)&r->regions, &r->regions_cap, r->nregions + 1,
	    sizeof(*r->regions));
	id = (region_id)r->nregions++;
	g = &r->regions[id];
	g->name = arena_strndup(&r->arena, s, len);
	g->name_len = (uint32_t)len;
	g->key = arena_strndup(&r->arena, fb.key, fb.len);
	g->key_len = (uint32_t)fb.len;
	g->country = country;
	strmap_put(&r->by_region, hash, id);
done:
	fold_buf_free(&fb);
	return id;
}

uint32_t
registry_add_text(struct registry *r, const char *s, size_t len)
{
	uint32_t off;

	if (len == 0)
		return 0;
	if (r->texts_len == 0) {	/* offset 0 stands for no text */
		grow_array((void **)&r->texts, &r->texts_cap, 1, 1);
		r->texts[r->texts_len++] = '\0';
	}
	/* Sources and notes can be a tenth of a file: megabytes. */
	grow_large_array((void **)&r->texts, &r->texts_cap, r->texts_len,
	    r->texts_len + len + 1, 1);
	off = (uint32_t)r->texts_len;
	memcpy(r->texts + off, s, len);
	r->texts[off + len] = '\0';
	r->texts_len += len + 1;
	return off;
}

city_id
registry_find_spelling(const struct registry *r, const char *name, size_t len,
    country_t country, region_id region, uint32_t hash)
{
	return spellings_find(&r->spelled, r->names, name, len, country,
	    region, hash);
}

void
registry_add_spelling(struct registry *r, const char *name, size_t len,
    country_t country, region_id region, uint32_t hash, city_id c)
{
	const struct city *city = &r->cities[c];
	uint32_t off = 0;

	/* A long spelling is kept in names: the city's own name is there. */
	if (len > SPELLING_INLINE) {
		if (city->name_len == len &&
		    memcmp(city_name(r, city), name, len) == 0)
			off = city->name_off;
		else {
			off = names_room(r, len);
			memcpy(r->names + off, name, len);
		}
	}
	spellings_add(&r->spelled, r->names, name, len, country, region,
	    hash, c, off);
}

void
registry_set_origin(struct registry *r, city_id c, uint16_t file,
    uint32_t line)
{
	r->cities[c].file = file;
	r->cities[c].line = line;
}

/* Variants are keyed by name and country; the city is compared too. */
struct variant_ctx {
	const struct registry	*reg;
	city_id			 city;
};

static bool
variant_match(const void *ctx, uint32_t value, const char *name, size_t len,
    uint16_t country)
{
	const struct variant_ctx *vc = ctx;
	const struct variant *v = &vc->reg->variants[value];

	(void)country;	/* the city's, part of the hash */
	return v->name_len == len && v->city == vc->city &&
	    memcmp(v->name, name, len) == 0;
}

void
registry_add_variant(struct registry *r, const char *name, size_t len,
    city_id c, uint16_t file, uint32_t line)
{
	country_t country = r->cities[c].country;
	uint32_t hash = strmap_hash(name, len, country);
	struct variant_ctx vc = { r, c };
	struct variant *v;

	/* Only the first row of each spelling of each city. */
	if (strmap_find(&r->by_variant, name, len, country, hash,
	    variant_match, &vc) != NULL)
		return;
	grow_array((void **)&r->variants, &r->variants_cap, r->nvariants + 1,
	    sizeof(*r->variants));
	v = &r->variants[r->nvariants];
	v->name = arena_strndup(&r->arena, name, len);
	v->name_len = (uint32_t)len;
	v->line = line;
	v->file = file;
	v->city = c;
	strmap_put(&r->by_variant, hash, (uint32_t)r->nvariants++);
}

/*
 * Room for the ends of cap rows, n of them kept, in a block that can
 * also hold cap links: the index turns the ends of a registry with no
 * pair stated twice into its links in place (index.c), with no copy and
 * no block beside.  A large block is on huge pages (xtable_alloc()), and
 * the links' part of it is not touched until then.
 */
static struct row_ends *
ends_realloc(struct registry *r, struct row_ends *ends, size_t n, size_t cap)
{
	if (cap > SIZE_MAX / sizeof(struct link))
		out_of_memory();
	return large_realloc_kept(r, ends, n * sizeof(*ends),
	    cap * sizeof(struct link), 1);
}

/*
 * The bytes of names and keys a city takes, about: twice a name of ten
 * letters and two NULs, as in Wikipedia's lists and the synthetic
 * registries.  Reserved at once, the names are not copied as they grow.
 */
#define NAME_BYTES_PER_CITY 24

/*
 * The room for rows, cities and bytes of names of the first file that
 * reserves some, carved from one block on huge pages (block.h) when it
 * comes to a quarter of a huge page or more: on Wikipedia's lists two
 * huge pages in place of some 550 small ones, and a cold load 9-17%
 * faster (sets of 200 paired runs), at 2.6 MB more resident; 60,000
 * synthetic rows 25% faster.  From BLOCK_MAX on, each array is on huge
 * pages of its own anyway (xlarge_realloc()).
 */
#define BLOCK_MIN ((size_t)512 * 1024)
#define BLOCK_MAX ((size_t)32 << 20)

/* Bytes of an array of n elements of size, as the block carves them. */
static size_t
carved(size_t n, size_t size)
{
	if (size != 0 && n > BLOCK_MAX / size)
		return BLOCK_MAX + 1;	/* too large: no block */
	return (n * size + BLOCK_TAKE_ALIGN - 1) &
	    ~(size_t)(BLOCK_TAKE_ALIGN - 1);
}

/*
 * The block holds the name tables too: those made for later, if later is
 * not NULL, where each would take a huge page of its own (xtable_lazy()),
 * else those in use, with room for names_now names.  On Wikipedia's
 * lists 1 MB of later tables and the block's second huge page, half
 * empty, share it, and the load maps, clears and unmaps three huge pages
 * rather than five.  Tables in use of several megabytes (120,000
 * synthetic rows: 4 MB) were on huge pages of their own, which the
 * reader cleared: the load is 10% faster with them in the block.  Small
 * tables in use while the later ones are faulted in are left on the heap
 * (in the block: the same, paired runs).
 */
static void
reserve_block(struct registry *r, size_t rows, size_t names, size_t bytes,
    struct name_tables *later, size_t names_now)
{
	size_t total = carved(rows, sizeof(*r->stmts)) +
	    carved(rows, sizeof(struct link)) +
	    carved(names, sizeof(*r->cities)) + carved(bytes, 1);

	if (names_now > 0)
		total += carved(spellings_bytes(names_now), 1) +
		    carved(strmap_bytes(names_now), 1);
	if (later != NULL)
		total += carved(spellings_bytes(names), 1) +
		    carved(strmap_bytes(names), 1);
	/* Only arrays and tables with nothing in them yet: not copied. */
	if (r->stmts != NULL || r->ends != NULL || r->cities != NULL ||
	    r->names != NULL || r->spelled.cap != 0 || r->by_key.cap != 0 ||
	    total < BLOCK_MIN || total > BLOCK_MAX ||
	    !block_map(&r->block, total))
		return;
	if (names_now > 0) {
		spellings_lend(&r->spelled, block_take(&r->block,
		    spellings_bytes(names_now)), names_now);
		strmap_lend(&r->by_key, block_take(&r->block,
		    strmap_bytes(names_now)), names_now);
	}
	r->stmts = block_take(&r->block, rows * sizeof(*r->stmts));
	r->ends = block_take(&r->block, rows * sizeof(struct link));
	r->stmts_cap = rows;
	r->cities = block_take(&r->block, names * sizeof(*r->cities));
	r->cities_cap = names;
	r->names = block_take(&r->block, bytes);
	r->names_cap = bytes;
	if (later != NULL) {
		spellings_lend(&later->spelled, block_take(&r->block,
		    spellings_bytes(names)), names);
		strmap_lend(&later->by_key, block_take(&r->block,
		    strmap_bytes(names)), names);
		later->made = true;
	}
}

void
registry_reserve(struct registry *r, size_t rows, struct name_tables *later)
{
	size_t names = r->ncities + rows / 3 * 2;
	size_t bytes = r->names_len + rows / 3 * 2 * NAME_BYTES_PER_CITY;
	bool small = xtable_lazy(table_cap(names), sizeof(*r->spelled.slots));
	bool make_later = later != NULL && !later->made &&
	    table_grow(names, r->spelled.cap) != 0 &&
	    table_grow(names, r->by_key.cap) != 0 &&
	    (small || table_cap(names) * sizeof(*r->spelled.slots) >=
	    LATER_TABLE_BYTES);
	/* Room in the tables in use: while the later ones are faulted in,
	 * for the names read until then, so as not to grow them many times
	 * over from nothing; else for all. */
	size_t names_now = make_later ?
	    r->ncities + ROWS_WHILE_FAULTING / 3 * 2 : names;

	/* The block takes the later tables below a huge page, else the
	 * tables in use. */
	if (r->block.base == NULL)
		reserve_block(r, r->nstmts + rows, names, bytes,
		    make_later && small ? later : NULL,
		    make_later ? 0 : names_now);
	if (r->nstmts + rows > r->stmts_cap) {
		r->stmts = large_realloc_kept(r, r->stmts, r->nstmts,
		    r->nstmts + rows, sizeof(*r->stmts));
		r->ends = ends_realloc(r, r->ends, r->nstmts, r->nstmts + rows);
		r->stmts_cap = r->nstmts + rows;
	}
	if (names > r->cities_cap) {
		r->cities = large_realloc_kept(r, r->cities, r->ncities, names,
		    sizeof(*r->cities));
		r->cities_cap = names;
	}
	if (bytes > r->names_cap) {
		r->names = large_realloc_kept(r, r->names, r->names_len, bytes,
		    1);
		r->names_cap = bytes;
	}
	if (make_later && !later->made) {	/* not in the block */
		spellings_make(&later->spelled, names);
		strmap_make(&later->by_key, names);
		later->made = true;
	}
	strmap_reserve(&r->by_key, names_now);
	spellings_reserve(&r->spelled, r->names, names_now);
}

void
registry_reserve_texts(struct registry *r, size_t bytes)
{
	grow_large_array((void **)&r->texts, &r->texts_cap, r->texts_len,
	    r->texts_len + bytes, 1);
}

void
registry_adopt_tables(struct registry *r, struct name_tables *later)
{
	/*
	 * Room for the names read meanwhile, which may be more than the
	 * tables were made for when they took long to fault in (a loaded
	 * machine, valgrind): moved into a table without room, a name would
	 * look for a free slot forever.
	 */
	strmap_reserve(&later->by_key, r->by_key.count);
	spellings_reserve(&later->spelled, r->names, r->spelled.count);
	strmap_move(&later->by_key, &r->by_key);
	r->by_key = later->by_key;
	spellings_move(&later->spelled, &r->spelled, r->names);
	r->spelled = later->spelled;
	later->made = false;
}

void
registry_drop_tables(struct name_tables *later)
{
	if (later->made) {
		strmap_free(&later->by_key);
		spellings_free(&later->spelled);
		later->made = false;
	}
}

void
registry_prefault(const struct registry *r, size_t rows,
    const struct name_tables *later, struct prefault *pf)
{
	/* Five in six of the rows reserved, as many cities as two new
	 * names in three of those: below what Wikipedia's lists (0.66) and
	 * the synthetic registries (0.65) hold. */
	size_t fill = rows / 6 * 5, names = fill / 10 * 6;

	if (later->made) {
		prefault_add_first(pf, later->spelled.slots,
		    later->spelled.cap * sizeof(*later->spelled.slots));
		prefault_add_first(pf, later->by_key.slots,
		    later->by_key.cap * sizeof(*later->by_key.slots));
	}

	if (r->nstmts + fill <= r->stmts_cap) {
		prefault_add(pf, r->stmts + r->nstmts, fill * sizeof(*r->stmts));
		prefault_add(pf, r->ends + r->nstmts, fill * sizeof(*r->ends));
	}
	if (r->ncities + names <= r->cities_cap)
		prefault_add(pf, r->cities + r->ncities,
		    names * sizeof(*r->cities));
	if (r->names_len + names * NAME_BYTES_PER_CITY <= r->names_cap)
		prefault_add(pf, r->names + r->names_len,
		    names * NAME_BYTES_PER_CITY);
	/* A third of the room made for sources and notes: a row that
	 * repeats a text kept lately shares it (records.c), and the
	 * synthetic registries keep 0.44 of the bytes of the fields. */
	if (r->texts_cap > r->texts_len)
		prefault_add(pf, r->texts + r->texts_len,
		    (r->texts_cap - r->texts_len) / 3);
	prefault_start(pf);
}

void
registry_add_statement(struct registry *r, city_id city, city_id partner,
    const struct statement *st)
{
	if (r->nstmts == r->stmts_cap) {
		grow_kept(r, (void **)&r->stmts, &r->stmts_cap, r->nstmts,
		    r->nstmts + 1, sizeof(*r->stmts));
		r->ends = ends_realloc(r, r->ends, r->nstmts, r->stmts_cap);
	}
	r->stmts[r->nstmts] = *st;
	r->ends[r->nstmts].city = city;
	r->ends[r->nstmts].partner = partner;
	r->nstmts++;
}

void
registry_add_alias(struct registry *r, const char *name, size_t len,
    const char *key, size_t key_len, const char *city_name, size_t city_len,
    country_t country, region_id region, uint16_t file, uint32_t line)
{
	struct alias *a;
	uint32_t hash = strmap_hash(key, key_len, KEY_TAG), *head;

	grow_array((void **)&r->aliases, &r->aliases_cap, r->naliases + 1,
	    sizeof(*r->aliases));
	a = &r->aliases[r->naliases];
	a->name = arena_strndup(&r->arena, name, len);
	a->city_name = arena_strndup(&r->arena, city_name, city_len);
	a->key = arena_strndup(&r->arena, key, key_len);
	a->key_len = (uint32_t)key_len;
	a->country = country;
	a->region = region;
	a->file = file;
	a->line = line;
	a->city = CITY_NONE;
	head = strmap_find(&r->alias_by_key, key, key_len, KEY_TAG, hash,
	    alias_key_match, r);
	if (head != NULL) {
		a->next = *head;
		*head = (uint32_t)r->naliases;
	} else {
		a->next = STRMAP_NONE;
		strmap_put(&r->alias_by_key, hash, (uint32_t)r->naliases);
	}
	r->naliases++;
}

uint32_t
registry_first_alias(const struct registry *r, const char *key, size_t key_len)
{
	uint32_t *v = strmap_find(&r->alias_by_key, key, key_len, KEY_TAG,
	    strmap_hash(key, key_len, KEY_TAG), alias_key_match, r);

	return v != NULL ? *v : STRMAP_NONE;
}

void
registry_rehash_regions(struct registry *r)
{
	const struct region *g;
	size_t i;

	strmap_free(&r->by_region);	/* and made empty */
	strmap_reserve(&r->by_region, r->nregions);
	for (i = 0; i < r->nregions; i++) {
		g = &r->regions[i];
		strmap_put(&r->by_region, strmap_hash(g->key, g->key_len,
		    g->country), (region_id)i);
	}
}

void
registry_rehash_cities(struct registry *r)
{
	struct city *c;
	uint32_t *head;
	size_t i;

	strmap_free(&r->by_key);	/* and made empty */
	for (i = 0; i < r->ncities; i++) {
		c = &r->cities[i];
		head = strmap_find(&r->by_key, city_key(r, c), c->key_len, KEY_TAG,
		    c->key_hash, city_key_match, r);
		if (head != NULL) {
			c->next_homonym = *head;
			*head = (city_id)i;
		} else {
			c->next_homonym = CITY_NONE;
			strmap_put(&r->by_key, c->key_hash, (city_id)i);
		}
	}
}
