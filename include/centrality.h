/*
 * centrality.h: how central each city of the simple graph (graph.h) is,
 * by the measures network scientists rank cities by.  Each fills out[v]
 * for every node v, with networkx's definitions and defaults, so a
 * researcher's own figures can be checked against twin's (twin(1)).
 */
#ifndef TWIN_CENTRALITY_H
#define TWIN_CENTRALITY_H

#include "graph.h"

enum centrality {
	CENTRALITY_DEGREE,	/* partners */
	CENTRALITY_BETWEENNESS,	/* Brandes, exact, normalized */
	CENTRALITY_CLOSENESS,	/* Wasserman-Faust, for several components */
	CENTRALITY_EIGENVECTOR,	/* power iteration of A + I, unit length */
	CENTRALITY_PAGERANK,	/* damping 0.85 */
	CENTRALITY_COUNT
};

extern const char *const centrality_names[CENTRALITY_COUNT];

void	centrality(const struct graph *, enum centrality, double *out);

#endif
