/*
 * spelling.h: names as written -> their city, for the loader.
 *
 * Most rows of a registry repeat a name already read, spelled the same way.
 * Finding it by its spelling skips folding it and the checks a new name
 * gets, and this table finds it with one cache miss: each 32-byte slot
 * holds the hash, the city, the country, the region and, for names of up
 * to SPELLING_INLINE bytes, the bytes themselves.  Without them a lookup
 * would follow the slot to the city and the city to its name: three
 * misses a name in a registry too large for the cache.
 */
#ifndef TWIN_SPELLING_H
#define TWIN_SPELLING_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "country.h"
#include "prefetch.h"
#include "strmap.h"

#define SPELLING_INLINE 17

struct spelling_slot {
	uint32_t	 hash;
	uint32_t	 city;		/* UINT32_MAX: empty slot */
	uint32_t	 region;
	country_t	 country;
	/* The name's length when inline; else SPELLING_LONG, and text holds
	 * the length (uint32_t) and a pointer to the name in the arena. */
	uint8_t		 len;
	char		 text[SPELLING_INLINE];
};

struct spelling_table {
	struct spelling_slot	*slots;
	size_t			 cap;	/* a power of two, or 0 */
	size_t			 count;
};

/* The hash of a name as written, by which the table finds it. */
#define spelling_hash(name, len) strmap_hash(name, len, 0)

/*
 * Start fetching the slot of that hash into the cache: the reader does
 * this a few records ahead, so that the cache misses of several lookups
 * overlap instead of following one another.
 */
static inline void
spellings_prefetch(const struct spelling_table *t, uint32_t hash)
{
	if (t->cap != 0)
		prefetch(&t->slots[hash & (t->cap - 1)]);
}

void	 spellings_init(struct spelling_table *);
void	 spellings_free(struct spelling_table *);

/* Make room for n spellings at once: no growing while they are added. */
void	 spellings_reserve(struct spelling_table *, size_t n);

/* The city of the name as written in that country and region, or
 * UINT32_MAX.  hash is spelling_hash(name, len). */
uint32_t spellings_find(const struct spelling_table *, const char *name,
	    size_t len, country_t, uint32_t region, uint32_t hash);

/* Add a spelling not in the table yet; long names are copied to arena. */
void	 spellings_add(struct spelling_table *, struct arena *,
	    const char *name, size_t len, country_t, uint32_t region,
	    uint32_t hash, uint32_t city);

#endif
