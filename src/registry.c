/* registry.c: storage, interning and the per-city link index. */
#include <stdlib.h>
#include <string.h>

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
}

void
registry_free(struct registry *r)
{
	free(r->files);
	free(r->cities);
	free(r->links);
	free(r->aliases);
	free(r->adj_start);
	free(r->adj);
	strmap_free(&r->by_key);
	strmap_free(&r->by_spelling);
	strmap_free(&r->alias_by_key);
	arena_free(&r->arena);
	free(r->snapshot);
	registry_init(r);
}

uint16_t
registry_add_file(struct registry *r, const char *name)
{
	r->files = xreallocarray(r->files, r->nfiles + 1, sizeof(*r->files));
	r->files[r->nfiles] = arena_strndup(&r->arena, name, strlen(name));
	return (uint16_t)r->nfiles++;
}

city_id
registry_first_with_key(const struct registry *r, const char *key,
    size_t key_len)
{
	return strmap_get(&r->by_key, key, key_len, KEY_TAG,
	    strmap_hash(key, key_len, KEY_TAG));
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
	uint32_t hash = strmap_hash(key, key_len, KEY_TAG);
	city_id head, c;
	struct city *city;

	head = strmap_get(&r->by_key, key, key_len, KEY_TAG, hash);
	for (c = head; c != CITY_NONE; c = r->cities[c].next_homonym)
		if (r->cities[c].country == country)
			return c;

	grow_array((void **)&r->cities, &r->cities_cap, r->ncities + 1,
	    sizeof(*r->cities));
	c = (city_id)r->ncities++;
	city = &r->cities[c];
	city->name = arena_strndup(&r->arena, name, len);
	city->name_len = (uint32_t)len;
	city->key = arena_strndup(&r->arena, key, key_len);
	city->key_len = (uint32_t)key_len;
	city->key_hash = hash;
	city->country = country;
	city->next_homonym = head;
	if (head == CITY_NONE)
		strmap_put(&r->by_key, city->key, key_len, KEY_TAG,
		    hash, c);
	else
		strmap_set(&r->by_key, city->key, key_len, KEY_TAG,
		    hash, c);
	return c;
}

city_id
registry_find_spelling(const struct registry *r, const char *name, size_t len,
    country_t country, uint32_t hash)
{
	return strmap_get(&r->by_spelling, name, len, country, hash);
}

void
registry_add_spelling(struct registry *r, const char *name, size_t len,
    country_t country, uint32_t hash, city_id c)
{
	const char *stored = r->cities[c].name;

	/* The city's own name is already in the arena; other spellings are copied. */
	if (r->cities[c].name_len != len || memcmp(stored, name, len) != 0)
		stored = arena_strndup(&r->arena, name, len);
	strmap_put(&r->by_spelling, stored, len, country, hash, c);
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
	uint32_t hash = strmap_hash(key, key_len, KEY_TAG), head;

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
	head = strmap_get(&r->alias_by_key, key, key_len, KEY_TAG, hash);
	a->next = head;
	if (head == STRMAP_NONE)
		strmap_put(&r->alias_by_key, a->key, key_len, KEY_TAG,
		    hash, (uint32_t)r->naliases);
	else
		strmap_set(&r->alias_by_key, a->key, key_len, KEY_TAG,
		    hash, (uint32_t)r->naliases);
	r->naliases++;
}

uint32_t
registry_first_alias(const struct registry *r, const char *key, size_t key_len)
{
	return strmap_get(&r->alias_by_key, key, key_len, KEY_TAG,
	    strmap_hash(key, key_len, KEY_TAG));
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
