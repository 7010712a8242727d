/*
 * strmap.c: linear probing over a power-of-two table kept at most half
 * full; each slot stores the full hash so that most probes are decided
 * without touching the key bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "xalloc.h"

uint32_t
strmap_hash(const char *key, size_t len, uint16_t tag)
{
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
		w = 0;
		memcpy(&w, key, len);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
	}
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 32;
	return (uint32_t)h;
}

void
strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = m->count = 0;
}

void
strmap_free(struct strmap *m)
{
	free(m->slots);
	strmap_init(m);
}

static struct strmap_slot *
find_slot(const struct strmap *m, const char *key, size_t len, uint16_t tag,
    uint32_t hash)
{
	size_t mask = m->cap - 1, i = hash & mask;
	struct strmap_slot *s;

	for (;; i = (i + 1) & mask) {
		s = &m->slots[i];
		if (s->key == NULL)
			return s;
		if (s->hash == hash && s->len == len && s->tag == tag &&
		    memcmp(s->key, key, len) == 0)
			return s;
	}
}

uint32_t
strmap_get(const struct strmap *m, const char *key, size_t len, uint16_t tag,
    uint32_t hash)
{
	struct strmap_slot *s;

	if (m->cap == 0)
		return STRMAP_NONE;
	s = find_slot(m, key, len, tag, hash);
	return s->key != NULL ? s->value : STRMAP_NONE;
}

static void
grow(struct strmap *m)
{
	struct strmap_slot *old = m->slots, *s;
	size_t oldcap = m->cap, i;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = find_slot(m, old[i].key, old[i].len, old[i].tag, old[i].hash);
		*s = old[i];
	}
	free(old);
}

void
strmap_put(struct strmap *m, const char *key, size_t len, uint16_t tag,
    uint32_t hash, uint32_t value)
{
	struct strmap_slot *s;

	if ((m->count + 1) * 2 > m->cap)
		grow(m);
	s = find_slot(m, key, len, tag, hash);
	s->key = key;
	s->len = (uint32_t)len;
	s->tag = tag;
	s->hash = hash;
	s->value = value;
	m->count++;
}

void
strmap_set(struct strmap *m, const char *key, size_t len, uint16_t tag,
    uint32_t hash, uint32_t value)
{
	find_slot(m, key, len, tag, hash)->value = value;
}
