/*
 * registry.h: the links of one or more registry files, held in plain
 * arrays.  A city is interned once under its folded name and country; a
 * link holds two city ids.  After loading, registry_build_index() lays out
 * each city's links as a slice of one shared array (CSR), so a query is a
 * hash lookup plus a walk.
 */
#ifndef TWIN_REGISTRY_H
#define TWIN_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "country.h"
#include "strmap.h"

typedef uint32_t city_id;
typedef uint32_t link_id;

#define CITY_NONE UINT32_MAX

/* The tag of keys in the name tables; the spelling cache tags by country. */
#define KEY_TAG 0xFFFF

/* Longest city name a registry may hold, in bytes. */
#define NAME_MAX_BYTES 500

enum link_status {
	STATUS_ACTIVE,
	STATUS_SUSPENDED,
	STATUS_ENDED,
	STATUS_COUNT
};

enum link_kind {
	KIND_TWIN,
	KIND_PARTNER,
	KIND_COOPERATION,
	KIND_FRIENDSHIP,
	KIND_COUNT
};

extern const char *const status_names[STATUS_COUNT];
extern const char *const kind_names[KIND_COUNT];

struct city {
	const char	*name;		/* as first written in the registry */
	const char	*key;		/* folded name: what a user's name is matched by */
	uint32_t	 name_len;
	uint32_t	 key_len;
	uint32_t	 key_hash;
	country_t	 country;
	city_id		 next_homonym;	/* next city with the same key, or CITY_NONE */
	uint32_t	 line;		/* where the name was first written */
	uint16_t	 file;
};

struct link {
	city_id		 city;		/* the first two columns of the row */
	city_id		 partner;
	uint32_t	 line;		/* line of the row in its file */
	uint16_t	 year;		/* 0: unknown */
	uint16_t	 file;		/* index into registry.files */
	uint8_t		 status;	/* enum link_status */
	uint8_t		 kind;		/* enum link_kind */
};

/* Another spelling of a city's name (same key and country), as written. */
struct variant {
	const char	*name;
	uint32_t	 name_len;
	uint32_t	 line;		/* where it was first written */
	uint16_t	 file;
	city_id		 city;
};

/* A row of an alias file: another name for a registry city. */
struct alias {
	const char	*name;		/* as written */
	const char	*city_name;	/* the registry city it names */
	const char	*key;		/* folded name */
	uint32_t	 key_len;
	uint32_t	 line;
	uint16_t	 file;
	country_t	 country;
	city_id		 city;		/* CITY_NONE until resolved, or when no such city */
	uint32_t	 next;		/* next alias with the same key, or UINT32_MAX */
};

/* A way a name was written that is not its city's own spelling. */
struct spelling {
	const char	*name;
	uint32_t	 len;
	city_id		 city;
};

struct registry {
	struct arena	 arena;		/* every string below */
	void		*snapshot;	/* or a mapped snapshot: snapshot.h */
	size_t		 snapshot_len;

	const char	**files;	/* names of the loaded files, for messages */
	size_t		 nfiles;

	struct city	*cities;
	size_t		 ncities, cities_cap;
	struct link	*links;
	size_t		 nlinks, links_cap;
	struct alias	*aliases;
	size_t		 naliases, aliases_cap;
	struct variant	*variants;
	size_t		 nvariants, variants_cap;

	struct spelling	*spellings;
	size_t		 nspellings, spellings_cap;

	struct strmap	 by_key;	/* folded name -> newest city of that key */
	struct strmap	 by_spelling;	/* name as written + country -> spelling */
	struct strmap	 alias_by_key;	/* folded alias -> newest alias of that key */
	struct strmap	 by_variant;	/* variant + country -> variant */

	/* Built by registry_build_index(): city c's links are
	 * adj[adj_start[c] .. adj_start[c + 1]). */
	uint32_t	*adj_start;
	link_id		*adj;
	bool		 indexed;
};

void	 registry_init(struct registry *);
void	 registry_free(struct registry *);

/* Remember a file name for messages; returns its index. */
uint16_t registry_add_file(struct registry *, const char *name);

/*
 * The city called name[0..len) in country, created if new.  key is the
 * folded name; the caller has folded it already (and checked it is not
 * empty).  Names are compared by key, so "Göteborg" and "GÖTEBORG" are one
 * city, shown as first written.
 */
city_id	 registry_intern(struct registry *, const char *name, size_t len,
	    const char *key, size_t key_len, country_t country);

/*
 * The city of that spelling and country if one was interned, else
 * CITY_NONE.  hash is strmap_hash(name, len, country).  Folding a name with
 * letters beyond ASCII costs far more than this lookup, so the loader
 * remembers such spellings with registry_add_spelling().
 */
city_id	 registry_find_spelling(const struct registry *, const char *name,
	    size_t len, country_t country, uint32_t hash);
void	 registry_add_spelling(struct registry *, const char *name, size_t len,
	    country_t country, uint32_t hash, city_id);

/* The first city whose folded name is key; follow next_homonym for more. */
city_id	 registry_first_with_key(const struct registry *, const char *key,
	    size_t key_len);

/* Find the city of that key and country, or CITY_NONE. */
city_id	 registry_find(const struct registry *, const char *key, size_t key_len,
	    country_t country);

/* Remember where a city (line 0: not known) or another spelling of it was
 * first written. */
void	 registry_set_origin(struct registry *, city_id, uint16_t file,
	    uint32_t line);
void	 registry_add_variant(struct registry *, const char *name, size_t len,
	    city_id, uint16_t file, uint32_t line);

link_id	 registry_add_link(struct registry *, const struct link *);

void	 registry_add_alias(struct registry *, const char *name, size_t len,
	    const char *key, size_t key_len, const char *city_name,
	    size_t city_len, country_t country, uint16_t file, uint32_t line);

/* The first alias whose folded name is key, or UINT32_MAX; follow next. */
uint32_t registry_first_alias(const struct registry *, const char *key,
	    size_t key_len);

/* Resolve aliases and lay out each city's links.  Call once after loading. */
void	 registry_build_index(struct registry *);

/* The links of city c, valid after registry_build_index(). */
static inline const link_id *
city_links(const struct registry *r, city_id c, size_t *n)
{
	*n = r->adj_start[c + 1] - r->adj_start[c];
	return r->adj + r->adj_start[c];
}

/* The city at the other end of link l from c. */
static inline city_id
link_other(const struct link *l, city_id c)
{
	return l->city == c ? l->partner : l->city;
}

#endif
