/*
 * centrality.c: the centralities of twin rank.  Betweenness and closeness
 * search from every node, as Brandes (2001) does for betweenness: exact,
 * in time nodes x edges, which is seconds for the world registry.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "centrality.h"
#include "xalloc.h"

const char *const centrality_names[CENTRALITY_COUNT] = {
	"degree", "betweenness", "closeness", "eigenvector", "pagerank"
};

/* Brandes: shortest-path counts forward, dependencies backward. */
static void
betweenness(const struct graph *g, double *bc)
{
	size_t n = g->n, s, head, tail, e, i;
	uint32_t *dist = xreallocarray(NULL, n + 1, sizeof(*dist));
	uint32_t *order = xreallocarray(NULL, n + 1, sizeof(*order));
	double *sigma = xcalloc(n + 1, sizeof(*sigma));
	double *delta = xcalloc(n + 1, sizeof(*delta));
	double scale;

	for (i = 0; i < n; i++) {
		bc[i] = 0;
		dist[i] = UINT32_MAX;
	}
	for (s = 0; s < n; s++) {
		dist[s] = 0;
		sigma[s] = 1;
		order[0] = (uint32_t)s;
		head = 0;
		tail = 1;
		while (head < tail) {
			uint32_t v = order[head++];

			for (e = g->off[v]; e < g->off[v + 1]; e++) {
				uint32_t w = g->adj[e];

				if (dist[w] == UINT32_MAX) {
					dist[w] = dist[v] + 1;
					order[tail++] = w;
				}
				if (dist[w] == dist[v] + 1)
					sigma[w] += sigma[v];
			}
		}
		/* Farthest first: each node passes its dependency back. */
		for (i = tail; i-- > 0;) {
			uint32_t w = order[i];

			for (e = g->off[w]; e < g->off[w + 1]; e++) {
				uint32_t v = g->adj[e];

				if (dist[v] != UINT32_MAX && dist[v] + 1 == dist[w])
					delta[v] += sigma[v] / sigma[w] *
					    (1 + delta[w]);
			}
			if (w != s)
				bc[w] += delta[w];
		}
		for (i = 0; i < tail; i++) {
			dist[order[i]] = UINT32_MAX;
			sigma[order[i]] = 0;
			delta[order[i]] = 0;
		}
	}
	/*
	 * Every pair was counted from both ends; networkx's normalization
	 * for an undirected graph is 2 / ((n - 1)(n - 2)) of the pair sums.
	 */
	scale = n > 2 ? 1.0 / ((double)(n - 1) * (double)(n - 2)) : 1.0;
	for (i = 0; i < n; i++)
		bc[i] *= scale;
	free(dist);
	free(order);
	free(sigma);
	free(delta);
}

/*
 * Closeness with Wasserman and Faust's correction for graphs of several
 * components: (r - 1) / (sum of distances) * (r - 1) / (n - 1), r being
 * the nodes the search reaches, itself included.
 */
static void
closeness(const struct graph *g, double *out)
{
	size_t n = g->n, s, head, tail, e, i;
	uint32_t *dist = xreallocarray(NULL, n + 1, sizeof(*dist));
	uint32_t *order = xreallocarray(NULL, n + 1, sizeof(*order));
	unsigned long long sum;

	for (i = 0; i < n; i++)
		dist[i] = UINT32_MAX;
	for (s = 0; s < n; s++) {
		dist[s] = 0;
		order[0] = (uint32_t)s;
		head = 0;
		tail = 1;
		sum = 0;
		while (head < tail) {
			uint32_t v = order[head++];

			sum += dist[v];
			for (e = g->off[v]; e < g->off[v + 1]; e++)
				if (dist[g->adj[e]] == UINT32_MAX) {
					dist[g->adj[e]] = dist[v] + 1;
					order[tail++] = g->adj[e];
				}
		}
		out[s] = sum > 0 && n > 1 ? (double)(tail - 1) / (double)sum *
		    (double)(tail - 1) / (double)(n - 1) : 0;
		for (i = 0; i < tail; i++)
			dist[order[i]] = UINT32_MAX;
	}
	free(dist);
	free(order);
}

/* networkx's eigenvector_centrality: iterate A + I from 1/n, unit length. */
static void
eigenvector(const struct graph *g, double *x)
{
	size_t n = g->n, i, e, it;
	double *last = xreallocarray(NULL, n + 1, sizeof(*last)), norm, err;

	for (i = 0; i < n; i++)
		x[i] = 1.0 / (double)n;
	for (it = 0; it < 1000; it++) {
		memcpy(last, x, n * sizeof(*x));
		for (i = 0; i < n; i++)
			for (e = g->off[i]; e < g->off[i + 1]; e++)
				x[g->adj[e]] += last[i];
		norm = 0;
		for (i = 0; i < n; i++)
			norm += x[i] * x[i];
		norm = sqrt(norm);
		err = 0;
		for (i = 0; i < n; i++) {
			x[i] = norm > 0 ? x[i] / norm : 0;
			err += fabs(x[i] - last[i]);
		}
		if (err < (double)n * 1e-12)
			break;
	}
	free(last);
}

/* PageRank with damping 0.85; the graph has no node without a neighbour. */
static void
pagerank(const struct graph *g, double *x)
{
	size_t n = g->n, i, e, it;
	double *last = xreallocarray(NULL, n + 1, sizeof(*last)), err;
	const double alpha = 0.85;

	for (i = 0; i < n; i++)
		x[i] = 1.0 / (double)n;
	for (it = 0; it < 1000; it++) {
		memcpy(last, x, n * sizeof(*x));
		for (i = 0; i < n; i++)
			x[i] = (1 - alpha) / (double)n;
		for (i = 0; i < n; i++) {
			double share = alpha * last[i] / graph_degree(g,
			    (uint32_t)i);

			for (e = g->off[i]; e < g->off[i + 1]; e++)
				x[g->adj[e]] += share;
		}
		err = 0;
		for (i = 0; i < n; i++)
			err += fabs(x[i] - last[i]);
		if (err < (double)n * 1e-14)
			break;
	}
	free(last);
}

void
centrality(const struct graph *g, enum centrality by, double *out)
{
	size_t i;

	switch (by) {
	case CENTRALITY_DEGREE:
		for (i = 0; i < g->n; i++)
			out[i] = graph_degree(g, (uint32_t)i);
		break;
	case CENTRALITY_BETWEENNESS:
		betweenness(g, out);
		break;
	case CENTRALITY_CLOSENESS:
		closeness(g, out);
		break;
	case CENTRALITY_EIGENVECTOR:
		eigenvector(g, out);
		break;
	case CENTRALITY_PAGERANK:
		pagerank(g, out);
		break;
	case CENTRALITY_COUNT:
		break;
	}
}
