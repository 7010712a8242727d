/*
 * spelling.h: names as written -> their city, for the loader.
 *
 * Most rows of a registry repeat a name already read, spelled the same way.
 * Finding it by its spelling skips folding it and the checks a new name
 * gets, and this table finds it with one cache miss: each 24-byte slot
 * holds the city, the country, the region and, for names of up to
 * SPELLING_INLINE bytes, the bytes themselves; a longer name is kept in
 * a text of the caller's (the registry's names), by its offset.  Without them a lookup
 * would follow the slot to the city and the city to its name: three
 * misses a name in a registry too large for the cache.  The slot keeps no
 * hash: the length, the country and the bytes in the slot tell names
 * apart as fast, and the table is a third smaller for it (at a million
 * rows, 22 MB rather than 32 MB).
 */
#ifndef TWIN_SPELLING_H
#define TWIN_SPELLING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "country.h"
#include "prefetch.h"
#include "strmap.h"
#include "table.h"

#define SPELLING_INLINE 15

/* The region of a slot: 16 bits, for the first 65,535 regions; rows with
 * a region numbered beyond are looked up by their folded name instead. */
#define SPELLING_NO_REGION UINT16_MAX

/*
 * A slot of length 0 is empty (no name is empty), so that a table is empty
 * as the system gives memory, with no pass to clear it.
 */
struct spelling_slot {
	uint32_t	 city;
	uint16_t	 region;	/* SPELLING_NO_REGION: none */
	country_t	 country;
	/* The name's length when inline; else SPELLING_LONG, and text holds
	 * the length and the offset of the name in the caller's text (two
	 * uint32_t): an offset stays right when the text is moved to grow. */
	uint8_t		 len;
	char		 text[SPELLING_INLINE];
};

struct spelling_table {
	struct spelling_slot	*slots;
	size_t			 cap;	/* table_cap() of some count, or 0 */
	size_t			 count;
	bool			 lent;	/* slots are the caller's: not freed */
};

/* The hash of a name as written, by which the table finds it. */
#define spelling_hash(name, len) strmap_hash(name, len, 0)

/* Can the table hold names of this region?  (See SPELLING_NO_REGION.) */
static inline bool
spelling_region_fits(uint32_t region)
{
	return region < SPELLING_NO_REGION || region == UINT32_MAX;
}

/*
 * Start fetching the slot of that hash into the cache: the reader does
 * this a few records ahead, so that the cache misses of several lookups
 * overlap instead of following one another.
 */
PREFETCHER void
spellings_prefetch(const struct spelling_table *t, uint32_t hash)
{
	if (t->cap != 0)
		prefetch(&t->slots[table_slot(hash, t->cap)]);
}

void	 spellings_init(struct spelling_table *);
void	 spellings_free(struct spelling_table *);

/*
 * Each function below is given the text that holds the long names
 * (texts), as it is at the time of the call.
 */

/* Make room for n spellings at once: no growing while they are added. */
void	 spellings_reserve(struct spelling_table *, const char *texts,
	    size_t n);

/* An empty table with room for n spellings, its memory not touched yet
 * (xtable_calloc_untouched()), for another thread to fault in. */
void	 spellings_make(struct spelling_table *, size_t n);

/* The bytes of the slots of a table with room for n spellings. */
size_t	 spellings_bytes(size_t n);

/*
 * An empty table with room for n spellings in memory of the caller's,
 * zero and of spellings_bytes(n), which the table never frees: it is let
 * go when the table is freed or grows.
 */
void	 spellings_lend(struct spelling_table *, void *slots, size_t n);

/* Move the spellings of from (then empty and freed) into to, which has
 * room for them. */
void	 spellings_move(struct spelling_table *to,
	    struct spelling_table *from, const char *texts);

/* The city of the name as written in that country and region, or
 * UINT32_MAX.  hash is spelling_hash(name, len); the region must fit
 * (spelling_region_fits()). */
uint32_t spellings_find(const struct spelling_table *, const char *texts,
	    const char *name, size_t len, country_t, uint32_t region,
	    uint32_t hash);

/* Add a spelling not in the table yet, of a region that fits, of a name
 * of 1 byte or more.  A name longer than SPELLING_INLINE must be at
 * texts + long_off already. */
void	 spellings_add(struct spelling_table *, const char *texts,
	    const char *name, size_t len, country_t, uint32_t region,
	    uint32_t hash, uint32_t city, uint32_t long_off);

#endif
