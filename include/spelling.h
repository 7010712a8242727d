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

void	 spellings_init(struct spelling_table *);
void	 spellings_free(struct spelling_table *);

/* Make room for n spellings at once: no growing while they are added. */
void	 spellings_reserve(struct spelling_table *, size_t n);

/* The city of the name as written in that country and region, or
 * UINT32_MAX.  hash is strmap_hash(name, len, country). */
uint32_t spellings_find(const struct spelling_table *, const char *name,
	    size_t len, country_t, uint32_t region, uint32_t hash);

/* Add a spelling not in the table yet; long names are copied to arena. */
void	 spellings_add(struct spelling_table *, struct arena *,
	    const char *name, size_t len, country_t, uint32_t region,
	    uint32_t hash, uint32_t city);

/* Renumber the cities: city c becomes remap[c]. */
void	 spellings_remap(struct spelling_table *, const uint32_t *remap);

#endif
