/*
 * spelling.c: linear probing over a power-of-two table kept at most three
 * quarters full, as strmap.c, with the key in the slot: see spelling.h.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "spelling.h"
#include "xalloc.h"

#define SPELLING_EMPTY UINT32_MAX
#define SPELLING_LONG UINT8_MAX

_Static_assert(sizeof(struct spelling_slot) == 32,
    "two slots a cache line");

void
spellings_init(struct spelling_table *t)
{
	t->slots = NULL;
	t->cap = t->count = 0;
}

void
spellings_free(struct spelling_table *t)
{
	free(t->slots);
	spellings_init(t);
}

static bool
same_name(const struct spelling_slot *s, const char *name, size_t len)
{
	uint32_t long_len;
	const char *long_name;

	if (s->len != SPELLING_LONG)
		return s->len == len && memcmp(s->text, name, len) == 0;
	memcpy(&long_len, s->text, sizeof(long_len));
	memcpy(&long_name, s->text + sizeof(long_len), sizeof(long_name));
	return long_len == len && memcmp(long_name, name, len) == 0;
}

uint32_t
spellings_find(const struct spelling_table *t, const char *name, size_t len,
    country_t country, uint32_t region, uint32_t hash)
{
	size_t mask = t->cap - 1, i;
	const struct spelling_slot *s;

	if (t->cap == 0)
		return SPELLING_EMPTY;
	for (i = hash & mask;; i = (i + 1) & mask) {
		s = &t->slots[i];
		if (s->city == SPELLING_EMPTY)
			return SPELLING_EMPTY;
		if (s->hash == hash && s->country == country &&
		    s->region == region && same_name(s, name, len))
			return s->city;
	}
}

static void
place(struct spelling_slot *slots, size_t cap, const struct spelling_slot *s)
{
	size_t mask = cap - 1, i;

	for (i = s->hash & mask; slots[i].city != SPELLING_EMPTY;
	    i = (i + 1) & mask)
		;
	slots[i] = *s;
}

/* A table of cap slots with the old entries in it. */
static void
rehash(struct spelling_table *t, size_t cap)
{
	struct spelling_slot *old = t->slots;
	size_t oldcap = t->cap, i;

	t->slots = xtable_alloc(cap, sizeof(*t->slots));
	for (i = 0; i < cap; i++)
		t->slots[i].city = SPELLING_EMPTY;
	t->cap = cap;
	for (i = 0; i < oldcap; i++)
		if (old[i].city != SPELLING_EMPTY)
			place(t->slots, cap, &old[i]);
	free(old);
}

void
spellings_reserve(struct spelling_table *t, size_t n)
{
	size_t cap = t->cap ? t->cap : 64;

	while (n * 4 > cap * 3)
		cap *= 2;
	if (cap > t->cap)
		rehash(t, cap);
}

void
spellings_add(struct spelling_table *t, struct arena *arena, const char *name,
    size_t len, country_t country, uint32_t region, uint32_t hash,
    uint32_t city)
{
	struct spelling_slot s;
	uint32_t long_len;
	const char *long_name;

	memset(&s, 0, sizeof(s));
	s.hash = hash;
	s.city = city;
	s.region = region;
	s.country = country;
	if (len <= SPELLING_INLINE) {
		s.len = (uint8_t)len;
		memcpy(s.text, name, len);
	} else {
		s.len = SPELLING_LONG;
		long_len = (uint32_t)len;
		long_name = arena_strndup(arena, name, len);
		memcpy(s.text, &long_len, sizeof(long_len));
		memcpy(s.text + sizeof(long_len), &long_name,
		    sizeof(long_name));
	}
	if ((t->count + 1) * 4 > t->cap * 3)
		spellings_reserve(t, t->count + 1);
	place(t->slots, t->cap, &s);
	t->count++;
}
