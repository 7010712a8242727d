/*
 * graph.h: the registry as a compact undirected simple graph, the one
 * input of the network measures (measures.h).  Built in one place from
 * the links that pass a filter: self-links are dropped and a pair of
 * cities stated by several links is one edge, so the measures read the
 * distinct-link network whatever the registry merges.
 */
#ifndef TWIN_GRAPH_H
#define TWIN_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "query.h"
#include "registry.h"

struct graph {
	size_t		 n;	/* nodes: cities with at least one neighbour */
	size_t		 m;	/* edges: distinct pairs of distinct cities */
	city_id		*city;	/* node -> city */
	uint32_t	*off;	/* n + 1 offsets into adj */
	uint32_t	*adj;	/* neighbours of each node, sorted, distinct */
};

void	graph_build(struct graph *, const struct registry *,
	    const struct link_filter *);
void	graph_free(struct graph *);

static inline uint32_t
graph_degree(const struct graph *g, uint32_t v)
{
	return g->off[v + 1] - g->off[v];
}

#endif
