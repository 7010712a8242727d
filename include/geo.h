/*
 * geo.h: geometry on a spherical Earth for distances and the world map:
 * great-circle distances and arcs, cutting lines at the antimeridian, and
 * map projections.  Angles are in degrees, longitudes in [-180, 180].
 */
#ifndef TWIN_GEO_H
#define TWIN_GEO_H

#include <stddef.h>

/* The mean Earth radius R1 of the IUGG, in km. */
#define GEO_EARTH_RADIUS_KM 6371.0088

struct geo_point {
	double		 lon;
	double		 lat;
};

/*
 * The great-circle distance between two points, by the haversine: of
 * the two points, or where they are more than a quarter of the way round
 * the Earth apart, of the first and the antipode of the second, which
 * keeps it exact (to 1e-9 km) up to antipodes.
 */
double		 geo_distance_km(double lat1, double lon1, double lat2,
		    double lon2);

/*
 * Points along the great circle from (lat1, lon1) to (lat2, lon2), into
 * out[0..max): about one every 2 degrees of arc, at least 2 and at most
 * max, equally spaced; out[0] and the last are the two ends themselves.
 * Returns how many it wrote, or 0 when max < 2.  Two equal points give
 * two equal points.  Between antipodes every great circle is shortest;
 * the arc then runs due north from the first point over the North Pole
 * (from the North Pole itself, south along the meridian lon1 + 180).  A
 * point on a pole has longitude 0 unless it is an end.
 */
size_t		 geo_arc(double lat1, double lon1, double lat2, double lon2,
		    struct geo_point *out, size_t max);

/* Room that geo_split_antimeridian needs for a line of n points. */
#define GEO_SPLIT_ROOM(n)	(3 * (n))

/*
 * Cuts the line in[0..n) wherever two consecutive points are more than
 * 180 degrees of longitude apart, which a line only is when it crosses
 * the antimeridian the short way.  At each crossing one part ends, and
 * the next begins, at the crossing point, at exactly 180 on the one side
 * and -180 on the other and the same latitude (as RFC 7946 section 3.1.9 asks of
 * GeoJSON).  The parts go to out, which must have room for
 * GEO_SPLIT_ROOM(n) points; part i is out[start[i] .. start[i + 1]), so
 * start must have room for n + 1 entries.  Returns the number of parts:
 * 0 when n is 0, else at least 1.  A point on the antimeridian (180 or
 * -180) is put on the side that the line comes from (or, for the first
 * point, goes to), so that a line touching it is not cut.  The crossing
 * is where the great circle through the two points meets the
 * antimeridian, so the parts of a geo_arc stay on its great circle.  For
 * lines, not rings: a ring cut this way is no longer closed.
 */
size_t		 geo_split_antimeridian(const struct geo_point *in, size_t n,
		    struct geo_point *out, size_t *start);

enum projection {
	PROJ_EQUAL_EARTH,	/* Šavrič, Patterson and Jenny 2018 */
	PROJ_EQUIRECTANGULAR,	/* plate carrée: x = lon, y = lat */
	PROJ_MERCATOR,		/* spherical, clamped at +-85.05113 lat */
	PROJ_COUNT
};

/* For error messages: the names projection_from_name knows. */
#define PROJECTION_NAMES "equal-earth, equirectangular, mercator"

/* The projection of that name, or -1. */
int		 projection_from_name(const char *name);

/* The name of a projection, as projection_from_name takes it. */
const char	*projection_name(enum projection p);

/*
 * (lon, lat) projected onto the plane, on the scale of the unit sphere
 * (x runs from -pi to pi for the equirectangular), with y up and (0, 0)
 * at lon 0, lat 0.
 */
void		 geo_project(enum projection p, double lon, double lat,
		    double *x, double *y);

/*
 * The largest x and y of the whole world in that projection (at lon 180,
 * lat 0 and at lat 90); the map spans -xmax .. xmax and -ymax .. ymax.
 */
void		 geo_project_extent(enum projection p, double *xmax,
		    double *ymax);

#endif
