/*
 * suggest.c: nearest names by edit distance.  A miss is rare and a person
 * is waiting for it, so every city is compared; the distance stops early
 * once a row of its table exceeds the limit, which keeps a registry of
 * 17,000 cities to a few milliseconds.
 */
#include <string.h>

#include "query.h"
#include "suggest.h"

size_t
edit_distance(const char *a, size_t an, const char *b, size_t bn, size_t max)
{
	size_t row[130], i, j, prev, tmp, best, sub, del, ins;

	if (an > 128 || bn > 128)
		return max + 1;
	if ((an > bn ? an - bn : bn - an) > max)
		return max + 1;
	for (j = 0; j <= bn; j++)
		row[j] = j;
	for (i = 1; i <= an; i++) {
		prev = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= bn; j++) {
			tmp = row[j];
			sub = prev + (a[i - 1] != b[j - 1]);
			del = row[j] + 1;
			ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) :
			    (del < ins ? del : ins);
			prev = tmp;
			if (row[j] < best)
				best = row[j];
		}
		if (best > max)
			return max + 1;
	}
	return row[bn];
}

size_t
suggest_limit(size_t len)
{
	return len < 4 ? 1 : len < 8 ? 2 : 3;
}

/* Put c at distance d among the nearest three, nearest first. */
static void
consider(const struct registry *r, city_id c, size_t d, city_id out[3],
    size_t best[3], size_t *n)
{
	size_t k;

	for (k = 0; k < *n; k++)
		if (out[k] == c) {
			if (d >= best[k])
				return;
			best[k] = d;
			break;
		}
	if (k == *n) {
		if (*n < 3)
			k = (*n)++;
		else if (d < best[2] || (d == best[2] &&
		    city_compare(r, c, out[2]) < 0))
			k = 2;
		else
			return;
		out[k] = c;
		best[k] = d;
	}
	for (; k > 0 && (best[k - 1] > best[k] || (best[k - 1] == best[k] &&
	    city_compare(r, out[k], out[k - 1]) < 0)); k--) {
		city_id tc = out[k];
		size_t td = best[k];

		out[k] = out[k - 1];
		best[k] = best[k - 1];
		out[k - 1] = tc;
		best[k - 1] = td;
	}
}

size_t
suggest_cities(const struct registry *r, const char *key, size_t len,
    city_id out[3])
{
	size_t best[3], n = 0, i, d, max = suggest_limit(len);

	for (i = 0; i < r->ncities; i++) {
		d = edit_distance(key, len, city_key(r, &r->cities[i]),
		    r->cities[i].key_len, max);
		if (d <= max)
			consider(r, (city_id)i, d, out, best, &n);
	}
	for (i = 0; i < r->naliases; i++) {
		if (r->aliases[i].city == CITY_NONE)
			continue;
		d = edit_distance(key, len, r->aliases[i].key,
		    r->aliases[i].key_len, max);
		if (d <= max)
			consider(r, r->aliases[i].city, d, out, best, &n);
	}
	/* Only the nearest: "Tamper" is Tampere, not also Jasper. */
	while (n > 1 && best[n - 1] > best[0])
		n--;
	return n;
}
