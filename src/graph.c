/*
 * graph.c: build the simple graph of the links that pass a filter (CSR).
 */
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "xalloc.h"

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

void
graph_build(struct graph *g, const struct registry *r,
    const struct link_filter *f)
{
	uint32_t *node = xreallocarray(NULL, r->ncities + 1, sizeof(*node));
	uint32_t *fill, a, b, v, i, k;
	size_t j, ends = 0;
	const struct link *l;

	memset(g, 0, sizeof(*g));
	for (j = 0; j < r->ncities; j++)
		node[j] = UINT32_MAX;
	/* Nodes in city order, so results do not depend on row order. */
	for (j = 0; j < r->nlinks; j++) {
		l = &r->links[j];
		if (l->city == l->partner || !link_matches(r, l, f))
			continue;
		node[l->city] = node[l->partner] = 0;
		ends += 2;
	}
	g->city = xreallocarray(NULL, r->ncities + 1, sizeof(*g->city));
	for (j = 0; j < r->ncities; j++)
		if (node[j] == 0) {
			node[j] = (uint32_t)g->n;
			g->city[g->n++] = (city_id)j;
		}
	g->off = xcalloc(g->n + 2, sizeof(*g->off));
	g->adj = xreallocarray(NULL, ends + 1, sizeof(*g->adj));
	for (j = 0; j < r->nlinks; j++) {
		l = &r->links[j];
		if (l->city == l->partner || !link_matches(r, l, f))
			continue;
		g->off[node[l->city] + 2]++;
		g->off[node[l->partner] + 2]++;
	}
	for (j = 2; j < g->n + 2; j++)
		g->off[j] += g->off[j - 1];
	fill = g->off + 1;
	for (j = 0; j < r->nlinks; j++) {
		l = &r->links[j];
		if (l->city == l->partner || !link_matches(r, l, f))
			continue;
		a = node[l->city];
		b = node[l->partner];
		g->adj[fill[a]++] = b;
		g->adj[fill[b]++] = a;
	}
	/* Sort each list and drop repeated neighbours, compacting in place. */
	k = 0;
	for (v = 0; v < g->n; v++) {
		uint32_t lo = g->off[v], hi = g->off[v + 1];

		qsort(g->adj + lo, hi - lo, sizeof(*g->adj), cmp_u32);
		g->off[v] = k;
		for (i = lo; i < hi; i++)
			if (i == lo || g->adj[i] != g->adj[i - 1])
				g->adj[k++] = g->adj[i];
	}
	g->off[g->n] = k;
	g->m = k / 2;
	free(node);
}

void
graph_free(struct graph *g)
{
	free(g->city);
	free(g->off);
	free(g->adj);
	memset(g, 0, sizeof(*g));
}
