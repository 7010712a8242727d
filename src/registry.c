/* registry.c: storage, interning and the per-city link index. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "fold.h"
#include "registry.h"
#include "xalloc.h"

const char *const status_names[STATUS_COUNT] = {
	"active", "suspended", "ended"
};
const char *const kind_names[KIND_COUNT] = {
	"twin", "partner", "cooperation", "friendship"
};




void
registry_init(struct registry *r)
{
	memset(r, 0, sizeof(*r));
	arena_init(&r->arena);
	strmap_init(&r->by_key);
	strmap_init(&r->by_spelling);
	strmap_init(&r->alias_by_key);
	strmap_init(&r->by_variant);
}

void
registry_free(struct registry *r)
{
	/* A registry read from a snapshot uses some of its arrays in place. */
	if (r->snapshot == NULL) {
		free(r->links);
		free(r->adj_start);
		free(r->adj);
		strmap_free(&r->by_key);
		strmap_free(&r->alias_by_key);
	}
	free(r->files);
	if (r->snapshot != NULL && r->cities != NULL)	/* see snapshot_read() */
		munmap(r->cities, r->cities_cap * sizeof(*r->cities));
	else
		free(r->cities);
	free(r->aliases);
	free(r->spellings);
	free(r->variants);
	strmap_free(&r->by_variant);
	strmap_free(&r->by_spelling);
	arena_free(&r->arena);
	if (r->snapshot != NULL)
		munmap(r->snapshot, r->snapshot_len);
	registry_init(r);
}

uint16_t
registry_add_file(struct registry *r, const char *name)
{
	r->files = xreallocarray(r->files, r->nfiles + 1, sizeof(*r->files));
	r->files[r->nfiles] = arena_strndup(&r->arena, name, strlen(name));
	return (uint16_t)r->nfiles++;
}

static bool
city_key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t tag)
{
	const struct city *c = &((const struct registry *)ctx)->cities[value];

	(void)tag;
	return c->key_len == len && memcmp(c->key, key, len) == 0;
}

static bool
alias_key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t tag)
{
	const struct alias *a = &((const struct registry *)ctx)->aliases[value];

	(void)tag;
	return a->key_len == len && memcmp(a->key, key, len) == 0;
}

static bool
spelling_match(const void *ctx, uint32_t value, const char *name, size_t len,
    uint16_t country)
{
	const struct registry *r = ctx;
	const struct spelling *sp = &r->spellings[value];

	return sp->len == len && r->cities[sp->city].country == country &&
	    memcmp(sp->name, name, len) == 0;
}

city_id
registry_first_with_key(const struct registry *r, const char *key,
    size_t key_len)
{
	uint32_t *v = strmap_find(&r->by_key, key, key_len, KEY_TAG,
	    strmap_hash(key, key_len, KEY_TAG), city_key_match, r);

	return v != NULL ? *v : CITY_NONE;
}

city_id
registry_find(const struct registry *r, const char *key, size_t key_len,
    country_t country)
{
	city_id c;

	for (c = registry_first_with_key(r, key, key_len); c != CITY_NONE;
	    c = r->cities[c].next_homonym)
		if (r->cities[c].country == country)
			return c;
	return CITY_NONE;
}

city_id
registry_intern(struct registry *r, const char *name, size_t len,
    const char *key, size_t key_len, country_t country)
{
	uint32_t hash = strmap_hash(key, key_len, KEY_TAG), *head;
	city_id c;
	struct city *city;
	char *text;

	head = strmap_find(&r->by_key, key, key_len, KEY_TAG, hash,
	    city_key_match, r);
	for (c = head ? *head : CITY_NONE; c != CITY_NONE;
	    c = r->cities[c].next_homonym)
		if (r->cities[c].country == country)
			return c;

	grow_array((void **)&r->cities, &r->cities_cap, r->ncities + 1,
	    sizeof(*r->cities));
	c = (city_id)r->ncities++;
	city = &r->cities[c];
	/* Name and key side by side: one allocation, one cache line or two. */
	text = arena_alloc(&r->arena, len + key_len + 2, 1);
	memcpy(text, name, len);
	text[len] = '\0';
	memcpy(text + len + 1, key, key_len);
	text[len + 1 + key_len] = '\0';
	city->name = text;
	city->name_len = (uint32_t)len;
	city->key = text + len + 1;
	city->key_len = (uint32_t)key_len;
	city->key_hash = hash;
	city->country = country;
	city->line = 0;
	city->file = 0;
	/* The newest city of a key heads the chain of its homonyms. */
	if (head != NULL) {
		city->next_homonym = *head;
		*head = c;
	} else {
		city->next_homonym = CITY_NONE;
		strmap_put(&r->by_key, hash, c);
	}
	return c;
}

city_id
registry_find_spelling(const struct registry *r, const char *name, size_t len,
    country_t country, uint32_t hash)
{
	uint32_t *v = strmap_find(&r->by_spelling, name, len, country, hash,
	    spelling_match, r);

	return v != NULL ? r->spellings[*v].city : CITY_NONE;
}

void
registry_add_spelling(struct registry *r, const char *name, size_t len,
    country_t country, uint32_t hash, city_id c)
{
	struct spelling *sp;

	(void)country;	/* the city's own, part of the hash */
	grow_array((void **)&r->spellings, &r->spellings_cap,
	    r->nspellings + 1, sizeof(*r->spellings));
	sp = &r->spellings[r->nspellings];
	/* The city's own name is in the arena already; others are copied. */
	if (r->cities[c].name_len == len &&
	    memcmp(r->cities[c].name, name, len) == 0)
		sp->name = r->cities[c].name;
	else
		sp->name = arena_strndup(&r->arena, name, len);
	sp->len = (uint32_t)len;
	sp->city = c;
	strmap_put(&r->by_spelling, hash, (uint32_t)r->nspellings++);
}

void
registry_set_origin(struct registry *r, city_id c, uint16_t file,
    uint32_t line)
{
	r->cities[c].file = file;
	r->cities[c].line = line;
}

static bool
variant_match(const void *ctx, uint32_t value, const char *name, size_t len,
    uint16_t country)
{
	const struct registry *r = ctx;
	const struct variant *v = &r->variants[value];

	return v->name_len == len && r->cities[v->city].country == country &&
	    memcmp(v->name, name, len) == 0;
}

void
registry_add_variant(struct registry *r, const char *name, size_t len,
    city_id c, uint16_t file, uint32_t line)
{
	country_t country = r->cities[c].country;
	uint32_t hash = strmap_hash(name, len, country);
	struct variant *v;

	/* Only the first row of each spelling. */
	if (strmap_find(&r->by_variant, name, len, country, hash,
	    variant_match, r) != NULL)
		return;
	grow_array((void **)&r->variants, &r->variants_cap, r->nvariants + 1,
	    sizeof(*r->variants));
	v = &r->variants[r->nvariants];
	v->name = arena_strndup(&r->arena, name, len);
	v->name_len = (uint32_t)len;
	v->line = line;
	v->file = file;
	v->city = c;
	strmap_put(&r->by_variant, hash, (uint32_t)r->nvariants++);
}

link_id
registry_add_link(struct registry *r, const struct link *l)
{
	grow_array((void **)&r->links, &r->links_cap, r->nlinks + 1,
	    sizeof(*r->links));
	r->links[r->nlinks] = *l;
	return (link_id)r->nlinks++;
}

void
registry_add_alias(struct registry *r, const char *name, size_t len,
    const char *key, size_t key_len, const char *city_name, size_t city_len,
    country_t country, uint16_t file, uint32_t line)
{
	struct alias *a;
	uint32_t hash = strmap_hash(key, key_len, KEY_TAG), *head;

	grow_array((void **)&r->aliases, &r->aliases_cap, r->naliases + 1,
	    sizeof(*r->aliases));
	a = &r->aliases[r->naliases];
	a->name = arena_strndup(&r->arena, name, len);
	a->city_name = arena_strndup(&r->arena, city_name, city_len);
	a->key = arena_strndup(&r->arena, key, key_len);
	a->key_len = (uint32_t)key_len;
	a->country = country;
	a->file = file;
	a->line = line;
	a->city = CITY_NONE;
	head = strmap_find(&r->alias_by_key, key, key_len, KEY_TAG, hash,
	    alias_key_match, r);
	if (head != NULL) {
		a->next = *head;
		*head = (uint32_t)r->naliases;
	} else {
		a->next = STRMAP_NONE;
		strmap_put(&r->alias_by_key, hash, (uint32_t)r->naliases);
	}
	r->naliases++;
}

uint32_t
registry_first_alias(const struct registry *r, const char *key, size_t key_len)
{
	uint32_t *v = strmap_find(&r->alias_by_key, key, key_len, KEY_TAG,
	    strmap_hash(key, key_len, KEY_TAG), alias_key_match, r);

	return v != NULL ? *v : STRMAP_NONE;
}

static void
resolve_aliases(struct registry *r)
{
	struct fold_buf fb = { NULL, 0, 0 };
	struct alias *a;
	size_t i;

	for (i = 0; i < r->naliases; i++) {
		a = &r->aliases[i];
		if (fold_into(&fb, a->city_name, strlen(a->city_name)))
			a->city = registry_find(r, fb.key, fb.len, a->country);
	}
	fold_buf_free(&fb);
}

void
registry_build_index(struct registry *r)
{
	uint32_t *fill;
	size_t i;

	resolve_aliases(r);
	/* Counting sort of link ends by city: two passes, no per-city lists. */
	r->adj_start = xcalloc(r->ncities + 1, sizeof(*r->adj_start));
	r->adj = xreallocarray(NULL, r->nlinks * 2, sizeof(*r->adj));
	for (i = 0; i < r->nlinks; i++) {
		r->adj_start[r->links[i].city + 1]++;
		if (r->links[i].partner != r->links[i].city)
			r->adj_start[r->links[i].partner + 1]++;
	}
	for (i = 0; i < r->ncities; i++)
		r->adj_start[i + 1] += r->adj_start[i];
	fill = xreallocarray(NULL, r->ncities + 1, sizeof(*fill));
	memcpy(fill, r->adj_start, (r->ncities + 1) * sizeof(*fill));
	for (i = 0; i < r->nlinks; i++) {
		r->adj[fill[r->links[i].city]++] = (link_id)i;
		if (r->links[i].partner != r->links[i].city)
			r->adj[fill[r->links[i].partner]++] = (link_id)i;
	}
	free(fill);
	r->indexed = true;
}
