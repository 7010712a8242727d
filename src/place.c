/*
 * place.c: the coordinates of the registry's cities, from places files.
 *
 * A places row is matched to a city once the registry is whole (regions
 * settled), by folded name and country, and by region where the row names
 * one: the city of that region, or a city the registry gives no region
 * (GeoNames' regions beside a registry without any), never a city that
 * the registry places in another region.  Regions are looked up only for
 * names that need them, as most rows of a gazetteer's file do not.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "cityname.h"
#include "geo.h"
#include "place.h"
#include "xalloc.h"

bool
city_place(const struct registry *r, city_id c, double *lat, double *lon)
{
	if (!city_placed(r, c))
		return false;
	*lat = r->places[c].lat;
	*lon = r->places[c].lon;
	return true;
}

bool
city_placed(const struct registry *r, city_id c)
{
	return r->places != NULL && c < r->ncities && !isnan(r->places[c].lat);
}

bool
cities_km(const struct registry *r, city_id a, city_id b, double *km)
{
	if (!city_placed(r, a) || !city_placed(r, b))
		return false;
	*km = geo_distance_km(r->places[a].lat, r->places[a].lon,
	    r->places[b].lat, r->places[b].lon);
	return true;
}

void
registry_add_place_row(struct registry *r, const char *name, size_t len,
    const char *key, size_t key_len, country_t country, const char *region,
    size_t region_len, double lat, double lon, uint16_t file, uint32_t line,
    uint32_t source)
{
	struct place_row *p;

	grow_array((void **)&r->place_rows, &r->place_rows_cap,
	    r->nplace_rows + 1, sizeof(*r->place_rows));
	p = &r->place_rows[r->nplace_rows++];
	p->name = arena_strndup(&r->arena, name, len);
	p->key = arena_strndup(&r->arena, key, key_len);
	p->key_len = (uint32_t)key_len;
	p->country = country;
	p->region = region_len ? arena_strndup(&r->arena, region, region_len) :
	    NULL;
	p->region_len = (uint32_t)region_len;
	p->lat = lat;
	p->lon = lon;
	p->file = file;
	p->line = line;
	p->source = source;
	p->city = CITY_NONE;
}

/* The city a places row names, or CITY_NONE. */
static city_id
place_city(const struct registry *r, const struct place_row *p)
{
	city_id c, only = CITY_NONE, unplaced = CITY_NONE;
	region_id g;
	size_t n = 0;

	if (p->region == NULL)
		return registry_find(r, p->key, p->key_len, p->country,
		    REGION_NONE);
	for (c = registry_first_with_key(r, p->key, p->key_len);
	    c != CITY_NONE; c = r->cities[c].next_homonym)
		if (r->cities[c].country == p->country) {
			only = c;
			n++;
		}
	/* One city of the name, with no region to contradict the row's. */
	if (n == 1 && r->cities[only].region == REGION_NONE)
		return only;
	if (n == 0)
		return CITY_NONE;
	g = registry_find_region(r, p->country, p->region, p->region_len);
	for (c = registry_first_with_key(r, p->key, p->key_len);
	    c != CITY_NONE; c = r->cities[c].next_homonym) {
		if (r->cities[c].country != p->country)
			continue;
		if (g != REGION_NONE && r->cities[c].region == g)
			return c;
		if (r->cities[c].region == REGION_NONE)
			unplaced = c;
	}
	/* Homonyms, none in the row's region: the one without a region. */
	return unplaced;
}

size_t
registry_resolve_places(struct registry *r, place_report_fn *report,
    void *ctx)
{
	struct place_row *p;
	struct place *pl;
	char form[2 * NAME_MAX_BYTES + 16], msg[4 * NAME_MAX_BYTES + 200];
	size_t i, errors = 0;

	if (r->nplace_rows == 0)
		return 0;
	free(r->places);
	r->places = xreallocarray(NULL, r->ncities + 1, sizeof(*r->places));
	for (i = 0; i < r->ncities; i++)
		r->places[i] = (struct place){ .lat = NAN, .lon = NAN };
	for (i = 0; i < r->nplace_rows; i++) {
		p = &r->place_rows[i];
		p->city = place_city(r, p);
		if (p->city == CITY_NONE)
			continue;
		pl = &r->places[p->city];
		if (isnan(pl->lat)) {
			*pl = (struct place){ .lat = p->lat, .lon = p->lon,
			    .line = p->line, .file = p->file,
			    .source = p->source };
			continue;
		}
		if (pl->lat == p->lat && pl->lon == p->lon)
			continue;	/* said twice, the same */
		cityname_form(r, p->city, form, sizeof(form));
		snprintf(msg, sizeof(msg), "%s is at %.4f, %.4f here but at "
		    "%.4f, %.4f in %s:%lu: expected one place per city", form,
		    p->lat, p->lon, pl->lat, pl->lon, r->files[pl->file],
		    (unsigned long)pl->line);
		if (report != NULL)
			report(ctx, r->files[p->file], p->line, msg);
		errors++;
	}
	return errors;
}
