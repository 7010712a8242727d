/*
 * map.h: links drawn on a world map, as one self-contained SVG file:
 * country outlines, each link a great-circle arc styled by its status,
 * each city a dot sized by its number of partners, a legend, and titles
 * and a few lines of script for the reader who hovers and clicks.
 *
 * Only links whose two cities have coordinates (place.h) are drawn; the
 * others are counted, so that a caller can say what was left out.
 */
#ifndef TWIN_MAP_H
#define TWIN_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "geo.h"
#include "registry.h"

struct map_options {
	enum projection	 projection;
	bool		 world;		/* the whole world when the view spans widely */
	unsigned	 status_mask;	/* the statuses asked for: the legend's lines */
	uint16_t	 as_of;		/* statuses at the end of that year; 0: now */
};

struct map {
	const struct registry	*reg;
	struct map_options	 opt;
	link_id		*links;		/* drawn, each once */
	size_t		 nlinks;
	city_id		*cities;	/* drawn, most partners first */
	size_t		 ncities;
	uint32_t	*dot;		/* per registry city: 1 + index in cities */
	uint32_t	*degree;	/* per drawn city: partners among the links */
	size_t		 by_status[STATUS_COUNT];	/* drawn links of each status */
	size_t		 links_unplaced;	/* left out: an end has no coordinates */
	size_t		 cities_unplaced;	/* ends of those with no coordinates */
	/* The view: projected (unit sphere) x0..x1, y0..y1, and its size. */
	double		 x0, x1, y0, y1;
	double		 width, height;	/* in px */
};

/*
 * Choose what to draw of links ids[0..n) (a link given twice is drawn
 * once) and fit the view to it.  Nothing is drawn when m->nlinks is 0.
 */
void	map_prepare(struct map *, const struct registry *, const link_id *ids,
	    size_t n, const struct map_options *);

/* Write the SVG; returns false on a write error. */
bool	map_write(const struct map *, FILE *);

void	map_free(struct map *);

#endif
