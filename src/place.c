/*
 * place.c: the coordinates of the registry's cities.
 */
#include <math.h>

#include "place.h"

bool
city_place(const struct registry *r, city_id c, double *lat, double *lon)
{
	if (r->places == NULL || c >= r->ncities || isnan(r->places[c].lat))
		return false;
	*lat = r->places[c].lat;
	*lon = r->places[c].lon;
	return true;
}
