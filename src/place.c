/*
 * place.c: the coordinates of the registry's cities, from places files.
 *
 * A places row is matched to a city once the registry is whole (regions
 * settled), by folded name and country, and by region where the row names
 * one that the registry's city has; a row whose region the registry does
 * not record (GeoNames' regions beside a registry without any) still
 * finds the one city of its name in the country.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "cityname.h"
#include "place.h"
#include "xalloc.h"

bool
city_place(const struct registry *r, city_id c, double *lat, double *lon)
{
	if (r->places == NULL || c >= r->ncities || isnan(r->places[c].lat))
		return false;
	*lat = r->places[c].lat;
	*lon = r->places[c].lon;
	return true;
}

void
registry_add_place_row(struct registry *r, const char *name, size_t len,
    const char *key, size_t key_len, country_t country, region_id region,
    double lat, double lon, uint16_t file, uint32_t line, uint32_t source)
{
	struct place_row *p;

	grow_array((void **)&r->place_rows, &r->place_rows_cap,
	    r->nplace_rows + 1, sizeof(*r->place_rows));
	p = &r->place_rows[r->nplace_rows++];
	p->name = arena_strndup(&r->arena, name, len);
	p->key = arena_strndup(&r->arena, key, key_len);
	p->key_len = (uint32_t)key_len;
	p->country = country;
	p->region = region;
	p->lat = lat;
	p->lon = lon;
	p->file = file;
	p->line = line;
	p->source = source;
	p->city = CITY_NONE;
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
		p->city = registry_find(r, p->key, p->key_len, p->country,
		    p->region);
		if (p->city == CITY_NONE && p->region != REGION_NONE)
			p->city = registry_find(r, p->key, p->key_len,
			    p->country, REGION_NONE);
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
		report(ctx, r->files[p->file], p->line, msg);
		errors++;
	}
	return errors;
}
