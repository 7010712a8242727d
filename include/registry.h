/*
 * registry.h: the links of one or more registry files, held in plain
 * arrays.  A city is interned once under its folded name, country and
 * region.  Each row of a registry is a statement; the rows that state the
 * same pair of cities are one link, which keeps them all.  After loading,
 * registry_build_index() settles the cities that were written without a
 * region, groups the statements into links, and lays out each city's
 * links as a slice of one shared array (CSR), so a query is a hash lookup
 * plus a walk.
 */
#ifndef TWIN_REGISTRY_H
#define TWIN_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "block.h"
#include "country.h"
#include "scratch.h"
#include "spelling.h"
#include "strmap.h"

typedef uint32_t city_id;
typedef uint32_t link_id;
typedef uint32_t region_id;

#define CITY_NONE UINT32_MAX
#define REGION_NONE UINT32_MAX

/* The tag of keys in the name tables; the spelling cache tags by country. */
#define KEY_TAG 0xFFFF

/* Longest city name a registry may hold, in bytes. */
#define NAME_MAX_BYTES 500

enum link_status {
	STATUS_ACTIVE,
	STATUS_SUSPENDED,
	STATUS_ENDED,
	STATUS_COUNT
};

enum link_kind {
	KIND_TWIN,
	KIND_PARTNER,
	KIND_COOPERATION,
	KIND_FRIENDSHIP,
	KIND_COUNT
};

extern const char *const status_names[STATUS_COUNT];
extern const char *const kind_names[KIND_COUNT];

/*
 * A first-level subdivision of a country, as a registry writes it.  Two
 * spellings of one ISO 3166-2 subdivision ("Oregon", "US-OR") are one
 * region; other names are told apart by their folded form.
 */
struct region {
	const char	*name;		/* as first written */
	const char	*key;		/* the ISO code, or the folded name */
	uint32_t	 name_len;
	uint32_t	 key_len;
	country_t	 country;
};

/* A way a region was written, so that each is resolved once. */
struct region_spelling {
	const char	*text;
	uint32_t	 len;
	country_t	 country;
	region_id	 region;
};

/*
 * A city takes 28 bytes: a large registry has millions.  Its lengths fit
 * 16 bits: a name has at most NAME_MAX_BYTES, and folding writes at most
 * 18 code points of 4 bytes for a character of at least 2 (U+FDFA).  Its
 * name is an offset in registry.names, where its key follows the name and
 * the name's NUL (city_key()).  Holding no pointer, the array of cities
 * is used in place in a snapshot, as the links and statements are.
 */
struct city {
	uint32_t	 name_off;	/* as first written: city_name() */
	uint32_t	 key_hash;
	region_id	 region;	/* or REGION_NONE */
	city_id		 next_homonym;	/* next city with the same key, or CITY_NONE */
	uint32_t	 line;		/* where the name was first written */
	uint16_t	 name_len;
	uint16_t	 key_len;
	country_t	 country;
	uint16_t	 file;
};

_Static_assert(sizeof(struct city) == 28, "a city takes 28 bytes");

_Static_assert(NAME_MAX_BYTES * 36 <= UINT16_MAX,
    "a city's folded key fits its 16-bit length");

/*
 * One row of a registry: what it says of a link.  Strings are offsets
 * into registry.texts (0: none), so the array holds no pointers and a
 * snapshot can use it in place.
 */
struct statement {
	uint32_t	 line;		/* line of the row in its file */
	uint32_t	 source;	/* offset of the source column's text */
	uint32_t	 note;		/* offset of the note column's text */
	uint16_t	 year;		/* 0: unknown */
	uint16_t	 file;		/* index into registry.files */
	uint16_t	 ended;		/* year it ended or was suspended; 0: none */
	/* Bits, so that a statement takes 20 bytes: rows are many. */
	uint8_t		 status : 2;	/* enum link_status */
	uint8_t		 kind : 2;	/* enum link_kind */
	uint8_t		 reversed : 1;	/* the row names the link's partner first */
};

/*
 * A link: one pair of cities, however many rows state it.  Its year is
 * the earliest stated; its status and end year are those of the
 * latest-dated statement, a statement being dated by its end year, else
 * its year (the first row's when no dates differ); its kind and the
 * order of its two cities are the first row's.
 */
struct link {
	city_id		 city;		/* the first two columns of its first row */
	city_id		 partner;
	/* Its statements, from stmts[stmt] to the next link's first
	 * (link_nstmts()): links are in the order of their statements. */
	uint32_t	 stmt;
	uint16_t	 year;		/* 0: unknown */
	uint16_t	 ended;		/* year it ended or was suspended; 0: none */
	uint8_t		 status;	/* enum link_status */
	uint8_t		 kind;		/* enum link_kind */
	uint8_t		 unused[2];
};

_Static_assert(sizeof(struct link) == 20, "a link takes 20 bytes");

/*
 * The status of link l at the end of year as_of (0: now): a link that
 * was suspended or ended after that year was active then.
 */
static inline unsigned
link_status_at(const struct link *l, uint16_t as_of)
{
	if (as_of != 0 && l->ended != 0 && l->ended > as_of)
		return STATUS_ACTIVE;
	return l->status;
}

/* The two cities a row names, kept while loading: build_index groups by them. */
struct row_ends {
	city_id		 city;
	city_id		 partner;
};

/* Another spelling of a city's name (same key and country), as written. */
struct variant {
	const char	*name;
	uint32_t	 name_len;
	uint32_t	 line;		/* where it was first written */
	uint16_t	 file;
	city_id		 city;
};

/* A row of an alias file: another name for a registry city. */
struct alias {
	const char	*name;		/* as written */
	const char	*city_name;	/* the registry city it names */
	const char	*key;		/* folded name */
	uint32_t	 key_len;
	uint32_t	 line;
	uint16_t	 file;
	country_t	 country;
	region_id	 region;	/* of the city it names, or REGION_NONE */
	city_id		 city;		/* CITY_NONE until resolved, or when no such city */
	uint32_t	 next;		/* next alias with the same key, or UINT32_MAX */
};

struct place;
struct place_row;

struct registry {
	struct arena	 arena;		/* the strings below but names, texts */
	void		*snapshot;	/* or a mapped snapshot: snapshot.h */
	size_t		 snapshot_len;

	const char	**files;	/* names of the loaded files, for messages */
	size_t		 nfiles;

	struct city	*cities;
	size_t		 ncities, cities_cap;
	/* Each city's name and key, NUL after each (struct city), and the
	 * long spellings of the loader's spelling table (spelling.h). */
	char		*names;
	size_t		 names_len, names_cap;
	struct region	*regions;
	size_t		 nregions, regions_cap;
	struct link	*links;
	size_t		 nlinks, links_cap;
	struct statement *stmts;	/* grouped by link after build_index */
	size_t		 nstmts, stmts_cap;
	/* Per statement, until build_index; room for stmts_cap of them,
	 * and for as many links (ends_realloc() in registry.c). */
	struct row_ends	*ends;
	char		*texts;		/* source and note texts, NUL-separated */
	size_t		 texts_len, texts_cap;
	bool		 has_regions;	/* some city has a region (after build_index) */
	bool		 has_ended;	/* some row has an end year */
	struct place	*places;	/* per city, or NULL: place.h */
	struct place_row *place_rows;	/* while loading, and for twin check */
	size_t		 nplace_rows, place_rows_cap;
	struct alias	*aliases;
	size_t		 naliases, aliases_cap;
	struct variant	*variants;
	size_t		 nvariants, variants_cap;

	struct spelling_table spelled;	/* names as written -> city, while loading */
	struct region_spelling *region_spellings;	/* regions as written, while loading */
	size_t		 nregion_spellings, region_spellings_cap;
	/* Cities written without a region while the registry has their name
	 * and country in several regions: each its own city (twin check warns). */
	city_id		*unsettled;
	size_t		 nunsettled;

	struct strmap	 by_key;	/* folded name -> newest city of that key */
	struct strmap	 alias_by_key;	/* folded alias -> newest alias of that key */
	struct strmap	 by_variant;	/* variant + country -> variant */
	struct strmap	 by_region;	/* region key + country -> region */
	struct strmap	 by_region_spelling;	/* region as written + country */

	/* Built by registry_build_index(): city c's links are
	 * adj[adj_start[c] .. adj_start[c + 1]). */
	uint32_t	*adj_start;
	link_id		*adj;
	bool		 settled;	/* registry_settle() is done */
	bool		 indexed;	/* the index covers every row */
	/*
	 * While the index covers only the rows that name some cities
	 * (registry_index_cities()), the registry's rows, set aside: stmts
	 * and ends hold those rows alone until registry_build_index().
	 */
	struct statement *all_stmts;
	struct row_ends	*all_ends;
	size_t		 all_nstmts, all_stmts_cap;

	/* The records in flight while a file loads, then the index's
	 * arrays: given back once the index is built, unless the per-city
	 * index is kept on it (index.c). */
	struct scratch	 scratch;
	/* The arrays of the first file's reservation, or of none: they are
	 * carved from it (registry_reserve()). */
	struct block	 block;
};

/* A city's name as first written in the registry, NUL-terminated. */
static inline const char *
city_name(const struct registry *r, const struct city *c)
{
	return r->names + c->name_off;
}

/* The folded name, what a user's name is matched by. */
static inline const char *
city_key(const struct registry *r, const struct city *c)
{
	return r->names + c->name_off + c->name_len + 1;
}

void	 registry_init(struct registry *);
void	 registry_free(struct registry *);
/* Free an array of the registry's, unless it was carved from its block. */
void	 registry_release(struct registry *, void *);

/* Remember a file name for messages; returns its index. */
uint16_t registry_add_file(struct registry *, const char *name);

/*
 * The city called name[0..len) in country and region (or REGION_NONE),
 * created if new.  key is the folded name; the caller has folded it
 * already (and checked it is not empty), and hashed it with key_hash().
 * Names are compared by key, so "Göteborg" and "GÖTEBORG" are one city,
 * shown as first written.
 */
city_id	 registry_intern(struct registry *, const char *name, size_t len,
	    const char *key, size_t key_len, uint32_t hash, country_t country,
	    region_id region);

/* The hash of a city's key, by which registry_intern() finds it. */
#define key_hash(key, len)	strmap_hash(key, len, KEY_TAG)

/*
 * The region that s[0..len) names in country, created if new; REGION_NONE
 * when s has no letters or digits.  Regions in the ISO 3166-2 table are
 * one region whether written by code or name.
 */
region_id registry_intern_region(struct registry *, country_t country,
	    const char *s, size_t len);

/* The region of that name or code in country, or REGION_NONE. */
region_id registry_find_region(const struct registry *, country_t country,
	    const char *s, size_t len);

/* Keep the text of a source or note column; returns its offset (0 if empty). */
uint32_t registry_add_text(struct registry *, const char *s, size_t len);

/* The text at offset off of registry.texts ("" for 0). */
static inline const char *
registry_text(const struct registry *r, uint32_t off)
{
	return off != 0 ? r->texts + off : "";
}

/*
 * The city of that spelling, country and region if one was interned, else
 * CITY_NONE.  hash is spelling_hash(name, len).  Folding a name and
 * checking it costs more than this lookup, so the loader remembers every
 * spelling it read with registry_add_spelling().
 */
city_id	 registry_find_spelling(const struct registry *, const char *name,
	    size_t len, country_t country, region_id region, uint32_t hash);
void	 registry_add_spelling(struct registry *, const char *name, size_t len,
	    country_t country, region_id region, uint32_t hash, city_id);

/* The first city whose folded name is key; follow next_homonym for more. */
city_id	 registry_first_with_key(const struct registry *, const char *key,
	    size_t key_len);

/*
 * Find the city of that key, country and region, or CITY_NONE.  With
 * REGION_NONE: the city without a region, else the one city of that key
 * and country if there is only one.
 */
city_id	 registry_find(const struct registry *, const char *key, size_t key_len,
	    country_t country, region_id region);

/* Remember where a city (line 0: not known) or another spelling of it was
 * first written. */
void	 registry_set_origin(struct registry *, city_id, uint16_t file,
	    uint32_t line);
void	 registry_add_variant(struct registry *, const char *name, size_t len,
	    city_id, uint16_t file, uint32_t line);

/*
 * Name tables made larger for a file, not yet used: the loader goes on
 * with the ones it has while these are faulted in on another thread, and
 * then moves its names into them (registry_adopt_tables()).  Faulting in
 * and clearing the tables for the world registry took its reader 0.8 ms,
 * in which it read nothing; moving the names it has read by then takes
 * a tenth of that.
 */
struct name_tables {
	bool			 made;
	struct spelling_table	 spelled;
	struct strmap		 by_key;
};

/*
 * Meanwhile the tables in use get room for the names of this many rows,
 * read while the others are faulted in (0.2-1.5 ms on the world
 * registry), and grow if need be.  Room for 1,024 rather than 4,096 made
 * the cold load faster at every size it applies to (paired rounds against
 * the libcsv floor: world 1.93x against 2.03x, synthetic 10k rows 1.60x
 * against 1.69x, 100k 1.38x against 1.46x), with 40 page faults fewer
 * of the reader's own on the world registry.
 */
#define ROWS_WHILE_FAULTING 1024

/*
 * Tables of a huge page or more are made in place, cleared by the reader
 * as it goes, unless the spelling table would take this much: clearing
 * the tables of ten million rows (280 MB) took the reader 0.5-0.9 s of a
 * 6 s load on a virtual machine that had to find their memory first.
 * Below, moving the names read meanwhile costs more than it saves: at a
 * million rows (28 MB), 20 ms to move 22,000 names where clearing took a
 * few.  Paired runs, later against in place: ten million rows 0.92-0.96
 * (three sets of 5), four million 0.90 and 1.03, a million 1.04.
 */
#define LATER_TABLE_BYTES ((size_t)64 << 20)

/*
 * Make room for a file of about rows more rows, so that the arrays and
 * tables do not grow (and copy, and fault in pages) while it is read.
 * Arrays get room for all of it, which costs nothing until it is used;
 * the name tables for two new names in three rows, as in Wikipedia's
 * lists (17,173 cities in 26,106 rows): a table that grows later is
 * rehashed and zeroed again.  The tables are made in *later when it is
 * not NULL and they are below a huge page (in the block of the arrays,
 * if one is made for them) or of LATER_TABLE_BYTES or more, to be
 * faulted in on another thread (registry_prefault()), else grown in
 * place.
 */
void	 registry_reserve(struct registry *, size_t rows,
	    struct name_tables *later);

/*
 * Make room for this many more bytes of sources and notes, so that their
 * text does not grow (and copy, and fault in its pages twice) while the
 * file is read: room that is not used costs nothing.
 */
void	 registry_reserve_texts(struct registry *, size_t bytes);

/*
 * Have pf fault in the tables made in later, first, and the parts of the
 * arrays just reserved that the rows will most likely fill (prefault.h):
 * not all of them, as the number of rows is an estimate, and a page
 * faulted in and never used is memory taken for nothing.
 */
struct prefault;
void	 registry_prefault(const struct registry *, size_t rows,
	    const struct name_tables *later, struct prefault *pf);

/* Move the names into the tables made in later, and use those. */
void	 registry_adopt_tables(struct registry *, struct name_tables *later);

/* Free the tables made in later, if they were not adopted. */
void	 registry_drop_tables(struct name_tables *later);

/* Add a row naming city and partner (in that order) with what it says. */
void	 registry_add_statement(struct registry *, city_id city,
	    city_id partner, const struct statement *);

void	 registry_add_alias(struct registry *, const char *name, size_t len,
	    const char *key, size_t key_len, const char *city_name,
	    size_t city_len, country_t country, region_id region, uint16_t file,
	    uint32_t line);

/* The first alias whose folded name is key, or UINT32_MAX; follow next. */
uint32_t registry_first_alias(const struct registry *, const char *key,
	    size_t key_len);

/* Lay the name table and homonym chains anew after cities were renumbered. */
void	 registry_rehash_cities(struct registry *);
/*
 * Index the regions by key and country again, as registry_find_region()
 * finds them: for regions read from a snapshot, which keeps no table of
 * them.
 */
void	 registry_rehash_regions(struct registry *);

/*
 * Settle cities written without a region and resolve aliases: from then
 * on cities are found by name as they will stay.  Once, after loading;
 * registry_build_index() and registry_index_cities() do it if not done.
 */
void	 registry_settle(struct registry *);
/*
 * Group statements into links and lay out each city's links: the index
 * of every row.  Call once after loading, or after registry_index_cities().
 */
void	 registry_build_index(struct registry *);
/*
 * The index of the rows that name one of the n cities alone, as if the
 * registry held no other rows: their links, their statements and their
 * lists of links are those of the whole registry, in the same order;
 * any other city's list holds only its links to these.  A question about
 * a few cities needs no more: the whole index is 0.7 ms of a cold load of
 * Wikipedia's lists, and `twin partners Turku` is 5% faster without it,
 * 8% at a million rows (paired runs).  registry_build_index() makes it
 * whole.
 */
void	 registry_index_cities(struct registry *, const city_id *cities,
	    size_t n);
/* From this many rows, registry_build_index() uses two threads (tests
 * change it to compare the two ways). */
extern size_t index_threads_min_rows;

/* The statements of link l, and the one that gives its status. */
static inline const struct statement *
link_statements(const struct registry *r, const struct link *l)
{
	return r->stmts + l->stmt;
}

/* How many rows state link l: at least one. */
static inline size_t
link_nstmts(const struct registry *r, const struct link *l)
{
	return (l + 1 < r->links + r->nlinks ? l[1].stmt : r->nstmts) -
	    l->stmt;
}

/* Where the link was first stated. */
static inline const struct statement *
link_first(const struct registry *r, const struct link *l)
{
	return r->stmts + l->stmt;
}

/* The region's name as written, or "" for REGION_NONE. */
static inline const char *
region_name(const struct registry *r, region_id g, size_t *len)
{
	if (g == REGION_NONE) {
		*len = 0;
		return "";
	}
	*len = r->regions[g].name_len;
	return r->regions[g].name;
}

/* The links of city c, valid after registry_build_index(). */
static inline const link_id *
city_links(const struct registry *r, city_id c, size_t *n)
{
	*n = r->adj_start[c + 1] - r->adj_start[c];
	return r->adj + r->adj_start[c];
}

/* The city at the other end of link l from c. */
static inline city_id
link_other(const struct link *l, city_id c)
{
	return l->city == c ? l->partner : l->city;
}

#endif
