/*
 * measures.h: the measures network scientists publish (KONECT's table),
 * computed exactly on the simple graph (graph.h).  Nothing here prints.
 * A measure that is undefined on the graph (no edges, no wedges, every
 * degree equal) is NaN here; the printer says "undefined" or null.
 */
#ifndef TWIN_MEASURES_H
#define TWIN_MEASURES_H

#include <stddef.h>

#include "graph.h"
#include "powerlaw.h"

/*
 * Exact distances take a search from every city of the largest component,
 * time that grows with the square of its size: above this many cities
 * (a second or so on the world registry's 13,629; hours at a million)
 * they are not computed.
 */
#define MEASURES_MAX_DISTANCE_CITIES	20000

struct measures {
	size_t	 nodes, edges;
	size_t	 max_degree;
	double	 mean_degree;		/* 2m / n */
	size_t	 components;
	size_t	 largest;		/* nodes of the largest component */
	size_t	 diameter;		/* of the largest component */
	int	 distances_skipped;	/* it has over MEASURES_MAX_DISTANCE_CITIES */
	double	 mean_distance;		/* over its ordered pairs */
	size_t	 triangles;
	double	 assortativity;		/* Pearson, degrees at edge ends */
	double	 clustering;		/* mean local (0 for degree < 2) */
	double	 transitivity;		/* 3 triangles / connected triples */
	double	 gini;			/* of the degrees */
	struct powerlaw powerlaw;	/* of the degrees */
};

void	measures_compute(const struct graph *, struct measures *);

#endif
