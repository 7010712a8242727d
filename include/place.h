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
	uint16_t	 unused[3];
};

/* City c's coordinates; false when the registry has none for it. */
bool	city_place(const struct registry *, city_id c, double *lat,
	    double *lon);

#endif
