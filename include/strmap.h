/*
 * strmap.h: a compact open-addressing hash table from string keys to
 * 32-bit values.  The table stores only each key's hash and its value: the
 * keys themselves live with their owner (a city, an alias), which a match
 * function consults.  Eight bytes a slot keep the table small enough to
 * stay in cache for registries of a million links.
 */
#ifndef TWIN_STRMAP_H
#define TWIN_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "prefetch.h"
#include "table.h"

#define STRMAP_NONE UINT32_MAX

/*
 * A slot of hash 0 is empty, so that a table is empty as the system gives
 * memory, with no pass to clear it: a key whose hash is 0 is kept as 1.
 */
struct strmap_slot {
	uint32_t	hash;
	uint32_t	value;
};

struct strmap {
	struct strmap_slot	*slots;
	size_t			 cap;	/* table_cap() of some count, or 0 */
	size_t			 count;
	bool			 lent;	/* slots are the caller's: not freed */
};

/* Is value the entry of this key (and tag)?  ctx is the table's owner. */
typedef bool strmap_match_fn(const void *ctx, uint32_t value, const char *key,
    size_t len, uint16_t tag);

uint32_t	 strmap_hash(const char *key, size_t len, uint16_t tag);
void		 strmap_init(struct strmap *);
void		 strmap_free(struct strmap *);

/* The value of the entry that matches key and tag, or NULL. */
uint32_t	*strmap_find(const struct strmap *, const char *key, size_t len,
		    uint16_t tag, uint32_t hash, strmap_match_fn *, const void *ctx);

/* Start fetching the slot where a key of that hash is looked for. */
PREFETCHER void
strmap_prefetch(const struct strmap *m, uint32_t hash)
{
	if (m->cap != 0)
		prefetch(&m->slots[table_slot(hash, m->cap)]);
}

/* Make room for n entries at once: no growing while they are added. */
void		 strmap_reserve(struct strmap *, size_t n);

/* An empty map with room for n entries, its memory not touched yet
 * (xtable_calloc_untouched()), for another thread to fault in. */
void		 strmap_make(struct strmap *, size_t n);

/* The bytes of the slots of a map with room for n entries. */
size_t		 strmap_bytes(size_t n);

/*
 * An empty map with room for n entries in memory of the caller's, zero
 * and of strmap_bytes(n), which the map never frees: it is let go when
 * the map is freed or grows.
 */
void		 strmap_lend(struct strmap *, void *slots, size_t n);

/* Move the entries of from (then empty and freed) into to, which has
 * room for them. */
void		 strmap_move(struct strmap *to, struct strmap *from);

/* Add an entry whose key is not in the map yet. */
void		 strmap_put(struct strmap *, uint32_t hash, uint32_t value);

#endif
