/*
 * world_table.h: the country outlines that a world map draws, generated
 * by src/mkworld.py from Natural Earth's 1:110m admin-0 countries, and
 * the two look-ups into them of src/world.c.
 *
 * Country c owns rings c.first_ring .. c.first_ring + c.nrings - 1; ring
 * r is world_points[world_ring_start[r] .. world_ring_start[r + 1]), so
 * world_ring_start has world_rings_len + 1 entries.  Every ring is
 * closed (its last point repeats its first) and has at least three
 * corners.  Outer rings and holes (Lesotho in South Africa) come in one
 * list, so a drawer fills a country's rings as one path with the
 * even-odd rule.  No edge crosses the antimeridian: Natural Earth cuts
 * Russia and Fiji there into rings that end at 180 and start at -180.
 * The one edge that jumps from 180 to -180 is Antarctica's along the
 * South Pole at -90, which the projections draw as the bottom edge.
 */
#ifndef TWIN_WORLD_TABLE_H
#define TWIN_WORLD_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* world_points are in hundredths of a degree. */
#define WORLD_SCALE 100

struct world_point {
	int16_t		 lon;		/* -18000 .. 18000 */
	int16_t		 lat;		/* -9000 .. 9000 */
};

struct world_country {
	const char	*code;		/* ISO alpha-3 ("FIN"), else the name */
	const char	*name;		/* Natural Earth's short name */
	uint32_t	 first_ring;
	uint32_t	 nrings;
};

/* Sorted by code, as strcmp orders them. */
extern const struct world_country world_countries[];
extern const size_t world_countries_len;
extern const uint32_t world_ring_start[];
extern const size_t world_rings_len;
extern const struct world_point world_points[];
extern const size_t world_points_len;

/* The points of ring r, and their number in *n. */
const struct world_point *world_ring(size_t r, size_t *n);

/* The country of that code ("FIN", or "Kosovo" which has none), or NULL. */
const struct world_country *world_find(const char *code);

#endif
