/*
 * spelling.c: linear probing over a table kept at most three quarters
 * full, as strmap.c (table.h), with the key in the slot: see spelling.h.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "spelling.h"
#include "xalloc.h"

#define SPELLING_NONE UINT32_MAX	/* no such spelling */
#define SPELLING_LONG UINT8_MAX

_Static_assert(sizeof(struct spelling_slot) == 24, "a slot takes 24 bytes");

void
spellings_init(struct spelling_table *t)
{
	t->slots = NULL;
	t->cap = t->count = 0;
	t->lent = false;
}

void
spellings_free(struct spelling_table *t)
{
	if (!t->lent)
		free(t->slots);
	spellings_init(t);
}

/* REGION_NONE (UINT32_MAX) becomes SPELLING_NO_REGION. */
static uint16_t
slot_region(uint32_t region)
{
	return region == UINT32_MAX ? SPELLING_NO_REGION : (uint16_t)region;
}

/* The name of a slot that holds one; a long one is in texts. */
static const char *
slot_name(const struct spelling_slot *s, const char *texts, size_t *len)
{
	uint32_t long_len, long_off;

	if (s->len != SPELLING_LONG) {
		*len = s->len;
		return s->text;
	}
	memcpy(&long_len, s->text, sizeof(long_len));
	memcpy(&long_off, s->text + sizeof(long_len), sizeof(long_off));
	*len = long_len;
	return texts + long_off;
}

static bool
same_name(const struct spelling_slot *s, const char *texts, const char *name,
    size_t len)
{
	const char *slot_text;
	size_t slot_len;

	if (s->len != SPELLING_LONG)
		return s->len == len && memcmp(s->text, name, len) == 0;
	if (len <= SPELLING_INLINE)
		return false;
	slot_text = slot_name(s, texts, &slot_len);
	return slot_len == len && memcmp(slot_text, name, len) == 0;
}

uint32_t
spellings_find(const struct spelling_table *t, const char *texts,
    const char *name, size_t len, country_t country, uint32_t region,
    uint32_t hash)
{
	const struct spelling_slot *s;
	uint16_t r = slot_region(region);
	size_t i;

	if (t->cap == 0)
		return SPELLING_NONE;
	for (i = table_slot(hash, t->cap);; i = table_next(i, t->cap)) {
		s = &t->slots[i];
		if (s->len == 0)	/* empty */
			return SPELLING_NONE;
		if (s->country == country && s->region == r &&
		    same_name(s, texts, name, len))
			return s->city;
	}
}

/* Put s in the first free slot of its probe; hash is its name's. */
static void
place(struct spelling_slot *slots, size_t cap, const struct spelling_slot *s,
    uint32_t hash)
{
	size_t i;

	for (i = table_slot(hash, cap); slots[i].len != 0;
	    i = table_next(i, cap))
		;
	slots[i] = *s;
}

/* An empty table of cap slots, from alloc: xtable_calloc() or
 * xtable_calloc_untouched(). */
static void
make(struct spelling_table *t, size_t cap, void *(*alloc)(size_t, size_t))
{
	t->cap = cap;
	t->count = 0;
	t->slots = alloc(cap, sizeof(*t->slots));
	t->lent = false;
}

void
spellings_make(struct spelling_table *t, size_t n)
{
	/* Faulted in on another thread: not cleared here. */
	make(t, table_cap(n), xtable_calloc_untouched);
}

size_t
spellings_bytes(size_t n)
{
	return table_cap(n) * sizeof(struct spelling_slot);
}

void
spellings_lend(struct spelling_table *t, void *slots, size_t n)
{
	t->cap = table_cap(n);
	t->count = 0;
	t->slots = slots;
	t->lent = true;
}

void
spellings_move(struct spelling_table *to, struct spelling_table *from,
    const char *texts)
{
	size_t i, len;
	const char *name;

	for (i = 0; i < from->cap; i++)
		if (from->slots[i].len != 0) {
			/* The slots keep no hash: moving computes it again. */
			name = slot_name(&from->slots[i], texts, &len);
			place(to->slots, to->cap, &from->slots[i],
			    spelling_hash(name, len));
		}
	to->count += from->count;
	spellings_free(from);
}

void
spellings_reserve(struct spelling_table *t, const char *texts, size_t n)
{
	struct spelling_table bigger;
	size_t cap = table_grow(n, t->cap);

	if (cap == 0)
		return;
	make(&bigger, cap, xtable_calloc);
	spellings_move(&bigger, t, texts);
	*t = bigger;
}

void
spellings_add(struct spelling_table *t, const char *texts, const char *name,
    size_t len, country_t country, uint32_t region, uint32_t hash,
    uint32_t city, uint32_t long_off)
{
	struct spelling_slot s;
	uint32_t long_len;

	memset(&s, 0, sizeof(s));
	s.city = city;
	s.region = slot_region(region);
	s.country = country;
	if (len <= SPELLING_INLINE) {
		s.len = (uint8_t)len;
		memcpy(s.text, name, len);
	} else {
		s.len = SPELLING_LONG;
		long_len = (uint32_t)len;
		memcpy(s.text, &long_len, sizeof(long_len));
		memcpy(s.text + sizeof(long_len), &long_off,
		    sizeof(long_off));
	}
	spellings_reserve(t, texts, t->count + 1);
	place(t->slots, t->cap, &s, hash);
	t->count++;
}
