/*
 * geojson.h: rows with places as an RFC 7946 FeatureCollection, for QGIS,
 * Leaflet and kepler.gl: links as great-circle LineStrings (cut at the
 * antimeridian into MultiLineStrings, as section 3.1.9 asks), cities as
 * Points, coordinates as [longitude, latitude], and each row's columns as
 * the feature's properties.
 */
#ifndef TWIN_GEOJSON_H
#define TWIN_GEOJSON_H

#include <stdio.h>

#include "output.h"
#include "query.h"
#include "registry.h"

/*
 * Link rows: t holds rows as a JSON link table, row i for rows->v[i].
 * A feature per link whose two cities have places, then a Point for each
 * of those cities.  Returns how many links were left out for want of one.
 */
size_t	geojson_links(const struct registry *, const struct table *t,
	    const struct rows *rows, FILE *);

/* Cities: a Point per city cities[i] with row i of t as its properties. */
void	geojson_cities(const struct registry *, const struct table *t,
	    const city_id *cities, size_t n, FILE *);

#endif
