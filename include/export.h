/*
 * export.h: a drawn part of the registry as a graph, and the file formats
 * researchers' tools read it from: Graphviz DOT, GraphML, GEXF (Gephi),
 * node-link JSON (networkx's node_link_data) and a plain edge list.
 *
 * A graph is either of cities, whose edges are links, or of countries,
 * whose edges are the number of links between their cities.
 */
#ifndef TWIN_EXPORT_H
#define TWIN_EXPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "output.h"
#include "query.h"
#include "registry.h"

struct export_node {
	uint32_t	 id;		/* city_id, or country_t */
	uint32_t	 degree;	/* distinct neighbours, itself left out */
	uint32_t	 cities;	/* countries: cities with a drawn link */
	uint32_t	 links;		/* countries: links with an end in it */
	uint32_t	 domestic;	/* countries: links within it */
};

struct export_edge {
	uint32_t	 a, b;		/* node indexes */
	link_id		 link;		/* cities: the link */
	uint32_t	 weight;	/* countries: links between the two */
};

struct export_graph {
	bool			 countries;
	struct export_node	*nodes;
	size_t			 nnodes;
	struct export_edge	*edges;
	size_t			 nedges;
};

/* Every city with a link that passes f, and those links. */
void	export_whole(struct export_graph *, const struct registry *,
	    const struct link_filter *f);

/* The cities at most depth links from c, and the links among them. */
void	export_near(struct export_graph *, const struct registry *,
	    city_id c, unsigned depth, const struct link_filter *f);

/*
 * Countries as nodes: each with a link that passes f, and between two
 * countries an edge weighted by the number of such links.
 */
void	export_countries(struct export_graph *, const struct registry *,
	    const struct link_filter *f);

/* Write in one of FORMATS_GRAPH. */
void	export_write(const struct export_graph *, const struct registry *,
	    enum format, FILE *);

void	export_free(struct export_graph *);

#endif
