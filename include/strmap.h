/*
 * strmap.h: an open-addressing hash table from (bytes, tag) to a 32-bit
 * value.  The registry keeps its name index and its spelling cache in
 * these; key bytes are not copied, so they must outlive the map (the
 * registry's arena holds them).
 */
#ifndef TWIN_STRMAP_H
#define TWIN_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#define STRMAP_NONE UINT32_MAX

struct strmap_slot {
	const char	*key;	/* NULL: empty slot */
	uint32_t	 len;
	uint32_t	 hash;
	uint32_t	 value;
	uint16_t	 tag;
};

struct strmap {
	struct strmap_slot	*slots;
	size_t			 cap;	/* a power of two, or 0 */
	size_t			 count;
};

uint32_t	 strmap_hash(const char *key, size_t len, uint16_t tag);
void		 strmap_init(struct strmap *);
void		 strmap_free(struct strmap *);

/* The value stored for (key, tag), or STRMAP_NONE. */
uint32_t	 strmap_get(const struct strmap *, const char *key, size_t len,
		    uint16_t tag, uint32_t hash);

/* Store value for (key, tag), which must not be in the map yet. */
void		 strmap_put(struct strmap *, const char *key, size_t len,
		    uint16_t tag, uint32_t hash, uint32_t value);

/* Replace the value of (key, tag), which must be in the map. */
void		 strmap_set(struct strmap *, const char *key, size_t len,
		    uint16_t tag, uint32_t hash, uint32_t value);

#endif
