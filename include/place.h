/*
 * place.h: where the registry's cities are.  A places file (twin(5))
 * gives a city its latitude and longitude; the registry keeps them in
 * registry.places, one per city, NaN where a city has none.
 */
#ifndef TWIN_PLACE_H
#define TWIN_PLACE_H

#include <stdbool.h>
#include <stdint.h>

#include "registry.h"

struct place {
	double		 lat, lon;	/* WGS84 degrees; NaN: not known */
	uint32_t	 line;		/* where the places file gave them */
	uint16_t	 file;
	uint16_t	 unused;
	uint32_t	 source;	/* its source column: registry_text() */
	uint32_t	 unused2;
};

/* A row of a places file, kept until registry_resolve_places(). */
struct place_row {
	const char	*name;		/* as written */
	const char	*key;		/* folded */
	uint32_t	 key_len;
	country_t	 country;
	uint16_t	 file;
	const char	*region;	/* as written, or NULL: found when needed */
	uint32_t	 region_len;
	uint32_t	 line;
	uint32_t	 source;
	city_id		 city;		/* after resolving; CITY_NONE: none */
	double		 lat, lon;
};

void	registry_add_place_row(struct registry *, const char *name,
	    size_t len, const char *key, size_t key_len, country_t,
	    const char *region, size_t region_len, double lat, double lon,
	    uint16_t file, uint32_t line, uint32_t source);

/* What a resolving problem is told to: a loader's report function. */
typedef void place_report_fn(void *ctx, const char *file, unsigned long line,
    const char *msg);

/*
 * Give each city the coordinates its places rows name (after
 * registry_build_index).  Two rows that give one city different places
 * are an error, reported; returns the number of errors.  Rows that name no
 * city are left with CITY_NONE, for twin check to warn of.
 */
size_t	registry_resolve_places(struct registry *, place_report_fn *,
	    void *ctx);

/* City c's coordinates; false when the registry has none for it. */
bool	city_place(const struct registry *, city_id c, double *lat,
	    double *lon);

/* Has city c coordinates? */
bool	city_placed(const struct registry *, city_id c);

/*
 * The great-circle distance between cities a and b in km (geo.h), in
 * *km; false when either has no coordinates.
 */
bool	cities_km(const struct registry *, city_id a, city_id b, double *km);

#endif
