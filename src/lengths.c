/*
 * lengths.c: link lengths and the lengths of random pairs of cities.
 *
 * The random pairs are the baseline a length means something against:
 * if partners were chosen without regard to distance, links would be as
 * long as pairs drawn at random from the same cities.  The generator is
 * splitmix64 from a fixed seed, so the figures are the same every run.
 */
#include <math.h>
#include <stdlib.h>

#include "lengths.h"
#include "place.h"
#include "xalloc.h"

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
median_of(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static uint64_t
splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* A number below n, without the bias of a plain modulo. */
static size_t
below(uint64_t *state, size_t n)
{
	uint64_t limit = UINT64_MAX - UINT64_MAX % n, x;

	do
		x = splitmix64(state);
	while (x >= limit);
	return (size_t)(x % n);
}

/* Random pairs of distinct placed cities: their median and mean. */
static void
random_pairs(const struct registry *r, const city_id *cities, size_t n,
    struct link_lengths *out)
{
	double *km, sum = 0;
	uint64_t state = LENGTHS_SEED;
	size_t i, a, b;

	if (n < 2)
		return;
	km = xreallocarray(NULL, LENGTHS_RANDOM_PAIRS, sizeof(*km));
	for (i = 0; i < LENGTHS_RANDOM_PAIRS; i++) {
		a = below(&state, n);
		b = below(&state, n - 1);
		if (b >= a)
			b++;
		cities_km(r, cities[a], cities[b], &km[i]);	/* both placed */
		sum += km[i];
	}
	out->pairs = LENGTHS_RANDOM_PAIRS;
	out->random_mean = sum / LENGTHS_RANDOM_PAIRS;
	out->random_median = median_of(km, LENGTHS_RANDOM_PAIRS);
	free(km);
}

void
link_lengths(const struct registry *r, const struct link_filter *f,
    struct link_lengths *out)
{
	const struct link *l;
	double *km, sum = 0, d;
	bool *linked;
	city_id *cities;
	size_t i, under = 0;

	*out = (struct link_lengths){ .median = NAN, .mean = NAN,
	    .under_500 = NAN, .longest = LINK_NONE, .shortest = LINK_NONE,
	    .longest_km = NAN, .shortest_km = NAN, .random_median = NAN,
	    .random_mean = NAN };
	if (r->places == NULL)
		return;
	km = xreallocarray(NULL, r->nlinks + 1, sizeof(*km));
	linked = xcalloc(r->ncities + 1, sizeof(*linked));
	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		if (l->city == l->partner || !link_matches(r, l, f))
			continue;
		out->links++;
		if (!cities_km(r, l->city, l->partner, &d))
			continue;
		linked[l->city] = linked[l->partner] = true;
		km[out->placed++] = d;
		sum += d;
		under += d < 500;
		if (out->longest == LINK_NONE || d > out->longest_km) {
			out->longest = (link_id)i;
			out->longest_km = d;
		}
		if (out->shortest == LINK_NONE || d < out->shortest_km) {
			out->shortest = (link_id)i;
			out->shortest_km = d;
		}
	}
	if (out->placed > 0) {
		out->mean = sum / (double)out->placed;
		out->under_500 = (double)under / (double)out->placed;
		out->median = median_of(km, out->placed);
	}
	/* The baseline: the same cities, paired at random. */
	cities = xreallocarray(NULL, r->ncities + 1, sizeof(*cities));
	for (i = 0; i < r->ncities; i++)
		if (linked[i])
			cities[out->cities++] = (city_id)i;
	random_pairs(r, cities, out->cities, out);
	free(cities);
	free(linked);
	free(km);
}
