/*
 * strmap.c: linear probing over a table kept at most three quarters full
 * (table.h): eight slots share a cache line, so a longer probe costs less
 * than the cache misses of a larger table.  Each slot holds the full
 * hash, so a probe calls the match function (and touches the key) only on
 * a hash hit, and growing the table needs no keys at all.
 */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "table.h"
#include "xalloc.h"

/*
 * The last n bytes of a key (0 < n < 8) as memcpy() into a word of zeros
 * reads them, from loads of whole words: the bytes copied one by one
 * into the word cost a dozen instructions and a stall of the load that
 * follows the stores.  Only where a word's first byte is its lowest.
 */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static uint64_t
key_tail(const char *key, size_t len, size_t n)
{
	uint64_t w;
	uint32_t a, b;

	if (len >= 8) {		/* the word that ends the key, shifted down */
		memcpy(&w, key + len - 8, 8);
		return w >> (8 * (8 - n));
	}
	if (n >= 4) {		/* two words of four that overlap */
		memcpy(&a, key, 4);
		memcpy(&b, key + n - 4, 4);
		return (uint64_t)a | (uint64_t)b << (8 * (n - 4));
	}
	return (uint64_t)(unsigned char)key[0] |
	    (uint64_t)(unsigned char)key[n / 2] << (8 * (n / 2)) |
	    (uint64_t)(unsigned char)key[n - 1] << (8 * (n - 1));
}
#else
static uint64_t
key_tail(const char *key, size_t len, size_t n)
{
	uint64_t w = 0;

	memcpy(&w, key + len - n, n);
	return w;
}
#endif

uint32_t
strmap_hash(const char *key, size_t len, uint16_t tag)
{
	const char *start = key;
	size_t total = len;
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ (len * 0xFF51AFD7ED558CCDULL) ^ tag;
	uint64_t w;

	/* Eight bytes a step: names are short, and this is the load's hot loop. */
	while (len >= 8) {
		memcpy(&w, key, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
		h ^= h >> 32;
		key += 8;
		len -= 8;
	}
	if (len > 0) {
		w = key_tail(start, total, len);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
	}
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 32;
	return (uint32_t)h;
}

/* The hash as kept in a slot: 0 is an empty slot's. */
static uint32_t
slot_hash(uint32_t hash)
{
	return hash != 0 ? hash : 1;
}

void
strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = m->count = 0;
	m->lent = false;
}

void
strmap_free(struct strmap *m)
{
	if (!m->lent)
		free(m->slots);
	strmap_init(m);
}

uint32_t *
strmap_find(const struct strmap *m, const char *key, size_t len, uint16_t tag,
    uint32_t hash, strmap_match_fn *match, const void *ctx)
{
	size_t i;
	struct strmap_slot *s;

	if (m->cap == 0)
		return NULL;
	hash = slot_hash(hash);
	for (i = table_slot(hash, m->cap);; i = table_next(i, m->cap)) {
		s = &m->slots[i];
		if (s->hash == 0)
			return NULL;
		if (s->hash == hash && match(ctx, s->value, key, len, tag))
			return &s->value;
	}
}

static void
insert(struct strmap_slot *slots, size_t cap, uint32_t hash, uint32_t value)
{
	size_t i;

	hash = slot_hash(hash);
	for (i = table_slot(hash, cap); slots[i].hash != 0;
	    i = table_next(i, cap))
		;
	slots[i].hash = hash;
	slots[i].value = value;
}

/* An empty table of cap slots, from alloc: xtable_calloc() or
 * xtable_calloc_untouched(). */
static void
make(struct strmap *m, size_t cap, void *(*alloc)(size_t, size_t))
{
	m->cap = cap;
	m->count = 0;
	m->slots = alloc(cap, sizeof(*m->slots));
	m->lent = false;
}

void
strmap_make(struct strmap *m, size_t n)
{
	/* Faulted in on another thread: not cleared here. */
	make(m, table_cap(n), xtable_calloc_untouched);
}

size_t
strmap_bytes(size_t n)
{
	return table_cap(n) * sizeof(struct strmap_slot);
}

void
strmap_lend(struct strmap *m, void *slots, size_t n)
{
	m->cap = table_cap(n);
	m->count = 0;
	m->slots = slots;
	m->lent = true;
}

void
strmap_move(struct strmap *to, struct strmap *from)
{
	size_t i;

	for (i = 0; i < from->cap; i++)
		if (from->slots[i].hash != 0)
			insert(to->slots, to->cap, from->slots[i].hash,
			    from->slots[i].value);
	to->count += from->count;
	strmap_free(from);
}

void
strmap_reserve(struct strmap *m, size_t n)
{
	struct strmap bigger;
	size_t cap = table_grow(n, m->cap);

	if (cap == 0)
		return;
	make(&bigger, cap, xtable_calloc);
	strmap_move(&bigger, m);
	*m = bigger;
}

void
strmap_put(struct strmap *m, uint32_t hash, uint32_t value)
{
	strmap_reserve(m, m->count + 1);
	insert(m->slots, m->cap, hash, value);
	m->count++;
}
