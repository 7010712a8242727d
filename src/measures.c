/*
 * measures.c: network measures of a simple graph, exact.
 *
 * The definitions follow networkx (and twin(1) spells them out), so a
 * researcher's own figures can be checked against twin's.
 */
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cores.h"
#include "measures.h"
#include "xalloc.h"

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* Components by BFS; returns the label of the largest in *big. */
static size_t
components(const struct graph *g, uint32_t *comp, uint32_t *queue,
    size_t *largest, uint32_t *big)
{
	size_t nc = 0, head, tail, v, e;

	*largest = 0;
	*big = 0;
	for (v = 0; v < g->n; v++)
		comp[v] = UINT32_MAX;
	for (v = 0; v < g->n; v++) {
		if (comp[v] != UINT32_MAX)
			continue;
		comp[v] = (uint32_t)nc;
		queue[0] = (uint32_t)v;
		head = 0;
		tail = 1;
		while (head < tail) {
			uint32_t u = queue[head++];

			for (e = g->off[u]; e < g->off[u + 1]; e++)
				if (comp[g->adj[e]] == UINT32_MAX) {
					comp[g->adj[e]] = (uint32_t)nc;
					queue[tail++] = g->adj[e];
				}
		}
		if (tail > *largest) {
			*largest = tail;
			*big = (uint32_t)nc;
		}
		nc++;
	}
	return nc;
}

/*
 * BFS from every node of the largest component: diameter, mean distance.
 * The sources are shared among the processors (two threads halve the
 * time on the world registry); each thread keeps its own arrays.
 */
#define MAX_THREADS 8

struct bfs_job {
	const struct graph	*g;
	const uint32_t		*comp;
	uint32_t		 big;
	size_t			 first, step;	/* sources first, first+step... */
	unsigned long long	 total;		/* sum of distances found */
	size_t			 maxd;
};

static void *
bfs_run(void *arg)
{
	struct bfs_job *j = arg;
	const struct graph *g = j->g;
	uint32_t *dist = xreallocarray(NULL, g->n + 1, sizeof(*dist));
	uint32_t *queue = xreallocarray(NULL, g->n + 1, sizeof(*queue));
	size_t s, head, tail, e;

	for (s = 0; s < g->n; s++)
		dist[s] = UINT32_MAX;
	for (s = j->first; s < g->n; s += j->step) {
		if (j->comp[s] != j->big)
			continue;
		dist[s] = 0;
		queue[0] = (uint32_t)s;
		head = 0;
		tail = 1;
		while (head < tail) {
			uint32_t u = queue[head++];

			j->total += dist[u];
			for (e = g->off[u]; e < g->off[u + 1]; e++)
				if (dist[g->adj[e]] == UINT32_MAX) {
					dist[g->adj[e]] = dist[u] + 1;
					queue[tail++] = g->adj[e];
				}
		}
		if (dist[queue[tail - 1]] > j->maxd)
			j->maxd = dist[queue[tail - 1]];
		for (head = 0; head < tail; head++)
			dist[queue[head]] = UINT32_MAX;
	}
	free(dist);
	free(queue);
	return NULL;
}

static void
distances(const struct graph *g, const uint32_t *comp, uint32_t big,
    struct measures *m)
{
	struct bfs_job job[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	bool started[MAX_THREADS];
	unsigned long long total = 0;
	int cpus = usable_cores();
	size_t nt, i, maxd = 0;

	/* Threads pay only on a large component. */
	nt = cpus > MAX_THREADS ? MAX_THREADS : (size_t)cpus;
	if (m->largest < 2000)
		nt = 1;
	for (i = 0; i < nt; i++) {
		job[i] = (struct bfs_job){ g, comp, big, i, nt, 0, 0 };
		started[i] = i > 0 &&
		    pthread_create(&tid[i], NULL, bfs_run, &job[i]) == 0;
	}
	bfs_run(&job[0]);
	for (i = 0; i < nt; i++) {
		if (i > 0 && started[i])
			pthread_join(tid[i], NULL);
		else if (i > 0)
			bfs_run(&job[i]);	/* no thread: do its share here */
		total += job[i].total;
		if (job[i].maxd > maxd)
			maxd = job[i].maxd;
	}
	m->diameter = maxd;
	m->mean_distance = m->largest > 1 ? (double)total /
	    ((double)m->largest * (double)(m->largest - 1)) : NAN;
}

/* Triangles at each node by merging sorted neighbour lists. */
static void
triangles(const struct graph *g, struct measures *m)
{
	unsigned long long tri = 0, wedges = 0;
	double csum = 0;
	size_t v, e;

	for (v = 0; v < g->n; v++) {
		unsigned long long t = 0, d = graph_degree(g, (uint32_t)v);

		for (e = g->off[v]; e < g->off[v + 1]; e++) {
			uint32_t u = g->adj[e];
			size_t i = g->off[v], j = g->off[u];

			if (u < v)
				continue;
			/* Common neighbours w > u: each triangle once at v. */
			while (i < g->off[v + 1] && j < g->off[u + 1]) {
				if (g->adj[i] < g->adj[j])
					i++;
				else if (g->adj[i] > g->adj[j])
					j++;
				else {
					t += g->adj[i] > u;
					i++;
					j++;
				}
			}
		}
		tri += t;
		wedges += d * (d - (d > 0)) / 2;
	}
	m->triangles = tri;
	/* Local clustering needs the triangles at each node: count again. */
	for (v = 0; v < g->n; v++) {
		unsigned long long t = 0, d = graph_degree(g, (uint32_t)v);

		if (d < 2)
			continue;
		for (e = g->off[v]; e < g->off[v + 1]; e++) {
			uint32_t u = g->adj[e];
			size_t i = g->off[v], j = g->off[u];

			while (i < g->off[v + 1] && j < g->off[u + 1]) {
				if (g->adj[i] < g->adj[j])
					i++;
				else if (g->adj[i] > g->adj[j])
					j++;
				else {
					t++;
					i++;
					j++;
				}
			}
		}
		csum += (double)t / (double)(d * (d - 1));
	}
	m->clustering = g->n ? csum / (double)g->n : NAN;
	m->transitivity = wedges ? 3.0 * (double)tri / (double)wedges : NAN;
}

/* Pearson correlation of the degrees at the two ends of each edge. */
static double
assortativity(const struct graph *g)
{
	double sxy = 0, sx = 0, sxx = 0, k = 0, num, den;
	size_t v, e;

	for (v = 0; v < g->n; v++)
		for (e = g->off[v]; e < g->off[v + 1]; e++) {
			double x = graph_degree(g, (uint32_t)v);
			double y = graph_degree(g, g->adj[e]);

			sxy += x * y;
			sx += x;
			sxx += x * x;
			k++;
		}
	if (k == 0)
		return NAN;
	num = sxy / k - (sx / k) * (sx / k);
	den = sxx / k - (sx / k) * (sx / k);
	return den > 0 ? num / den : NAN;
}

/* Gini of the degrees: sum (2i - n - 1) x_i / (n sum x), sorted ascending. */
static double
gini(const struct graph *g)
{
	uint32_t *d;
	double num = 0, sum = 0;
	size_t i;

	if (g->n == 0)
		return NAN;
	d = xreallocarray(NULL, g->n, sizeof(*d));
	for (i = 0; i < g->n; i++)
		d[i] = graph_degree(g, (uint32_t)i);
	qsort(d, g->n, sizeof(*d), cmp_u32);
	for (i = 0; i < g->n; i++) {
		num += (2.0 * (double)(i + 1) - (double)g->n - 1) * d[i];
		sum += d[i];
	}
	free(d);
	return sum > 0 ? num / ((double)g->n * sum) : NAN;
}

void
measures_compute(const struct graph *g, struct measures *m)
{
	uint32_t *comp = xreallocarray(NULL, g->n + 1, sizeof(*comp));
	uint32_t *queue = xreallocarray(NULL, g->n + 1, sizeof(*queue));
	uint32_t big;
	size_t v;

	memset(m, 0, sizeof(*m));
	m->nodes = g->n;
	m->edges = g->m;
	for (v = 0; v < g->n; v++)
		if (graph_degree(g, (uint32_t)v) > m->max_degree)
			m->max_degree = graph_degree(g, (uint32_t)v);
	/* No cities: a mean of zero, as the stats above print it. */
	m->mean_degree = g->n ? 2.0 * (double)g->m / (double)g->n : 0;
	m->components = components(g, comp, queue, &m->largest, &big);
	m->mean_distance = NAN;
	if (m->largest > MEASURES_MAX_DISTANCE_CITIES)
		m->distances_skipped = 1;
	else if (g->n > 0)
		distances(g, comp, big, m);
	triangles(g, m);
	m->assortativity = assortativity(g);
	m->gini = gini(g);
	for (v = 0; v < g->n; v++)
		queue[v] = graph_degree(g, (uint32_t)v);
	powerlaw_fit(queue, g->n, &m->powerlaw);
	free(comp);
	free(queue);
}
