/*
 * lengths.h: how long the links are, against how far apart the
 * registry's cities are at random: Kaltenbrunner et al.'s question of
 * whether partners are near.  Lengths are great-circle kilometres
 * (geo.h) between cities a places file has placed.
 */
#ifndef TWIN_LENGTHS_H
#define TWIN_LENGTHS_H

#include <stddef.h>
#include <stdint.h>

#include "query.h"
#include "registry.h"

/* Random pairs drawn, and the seed of the generator that draws them. */
#define LENGTHS_RANDOM_PAIRS	100000
#define LENGTHS_SEED		20130101u

struct link_lengths {
	size_t		 links;		/* links that pass, self-links left out */
	size_t		 placed;	/* of them, with both ends placed */
	double		 median, mean;	/* NaN when none is placed */
	double		 under_500;	/* share of placed links under 500 km */
	link_id		 longest, shortest;	/* LINK_NONE when none */
	double		 longest_km, shortest_km;
	size_t		 cities;	/* placed cities with a link */
	size_t		 pairs;		/* random pairs of them drawn */
	double		 random_median, random_mean;	/* NaN: fewer than 2 */
};

#define LINK_NONE	((link_id)-1)

void	link_lengths(const struct registry *, const struct link_filter *,
	    struct link_lengths *);

#endif
