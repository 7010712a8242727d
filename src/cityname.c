/*
 * cityname.c: a name with an optional qualifier in parentheses.  The
 * whole argument is tried as a name first, since registries have names
 * with parentheses of their own ("Arakawa (Tokyo)"); only when that finds
 * nothing is "(...)" read as a country and a region.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityname.h"
#include "query.h"
#include "region.h"
#include "xalloc.h"

/* A parsed qualifier: "Portland (US, Oregon)" -> base "Portland". */
struct qualified {
	char		*base;		/* allocated */
	country_t	 country;
	char		*region;	/* allocated, or NULL */
	bool		 no_region;	/* "(US, no region)" */
};

static void
trim_span(const char **s, size_t *len)
{
	while (*len > 0 && (**s == ' ' || **s == '\t'))
		(*s)++, (*len)--;
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
		(*len)--;
}

static char *
dup_span(const char *s, size_t len)
{
	char *d = xmalloc(len + 1);

	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

static bool
words_equal(const char *s, size_t len, const char *word)
{
	size_t i;

	if (strlen(word) != len)
		return false;
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != word[i])
			return false;
	}
	return true;
}

/* Split "Name (CC[, Region])" or "Name (CC-RR)"; false if it is not that. */
static bool
parse_qualified(const char *typed, struct qualified *q)
{
	const char *open, *inner, *comma, *p2 = NULL;
	size_t len = strlen(typed), n1, n2 = 0, nbase;
	country_t prefix;

	memset(q, 0, sizeof(*q));
	if (len < 4 || typed[len - 1] != ')')
		return false;
	open = NULL;
	for (inner = typed; (inner = strchr(inner, '(')) != NULL; inner++)
		open = inner;
	if (open == NULL || open == typed)
		return false;
	inner = open + 1;
	n1 = (size_t)(typed + len - 1 - inner);
	if ((comma = memchr(inner, ',', n1)) != NULL) {
		p2 = comma + 1;
		n2 = (size_t)(typed + len - 1 - p2);
		n1 = (size_t)(comma - inner);
		trim_span(&p2, &n2);
	}
	trim_span(&inner, &n1);
	if (n1 == 0 || (comma != NULL && n2 == 0))
		return false;
	if (comma == NULL && region_code_shape(inner, n1, &prefix)) {
		if (prefix == COUNTRY_NONE)
			return false;
		q->country = prefix;
		q->region = dup_span(inner, n1);
	} else {
		q->country = country_parse(inner, n1);
		if (q->country == COUNTRY_NONE)
			return false;
		if (comma != NULL && words_equal(p2, n2, NO_REGION_WORDS))
			q->no_region = true;
		else if (comma != NULL)
			q->region = dup_span(p2, n2);
	}
	nbase = (size_t)(open - typed);
	{
		const char *b = typed;

		trim_span(&b, &nbase);
		q->base = dup_span(b, nbase);
	}
	return true;
}

/* Keep the cities of ids[0..n) for which keep() holds; returns how many. */
static size_t
keep_if(const struct registry *r, city_id *ids, size_t n,
    bool (*keep)(const struct registry *, city_id, const void *),
    const void *arg)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (keep(r, ids[i], arg))
			ids[k++] = ids[i];
	return k;
}

static bool
in_region(const struct registry *r, city_id c, const void *arg)
{
	const char *region = arg;
	const struct city *city = &r->cities[c];

	return city->region != REGION_NONE &&
	    registry_find_region(r, city->country, region, strlen(region)) ==
	    city->region;
}

static bool
without_region(const struct registry *r, city_id c, const void *arg)
{
	(void)arg;
	return r->cities[c].region == REGION_NONE;
}

static bool
spelled_exactly(const struct registry *r, city_id c, const void *arg)
{
	return cityname_exact(r, c, arg);
}

static const struct registry *sort_registry;

static int
compare_candidates(const void *pa, const void *pb)
{
	const struct city *a = &sort_registry->cities[*(const city_id *)pa];
	const struct city *b = &sort_registry->cities[*(const city_id *)pb];
	size_t al, bl;
	const char *an, *bn;
	int c;

	if (a->country != b->country)
		return strcmp(country_code(a->country), country_code(b->country));
	an = region_name(sort_registry, a->region, &al);
	bn = region_name(sort_registry, b->region, &bl);
	if ((c = strcmp(an, bn)) != 0)
		return c;
	return city_compare(sort_registry, *(const city_id *)pa,
	    *(const city_id *)pb);
}

size_t
cityname_lookup(const struct registry *r, const char *typed,
    const struct city_want *want, struct fold_buf *fb, city_id **out,
    size_t *cap)
{
	struct qualified q;
	size_t n, exact;

	n = lookup_cities(r, typed, want->country, fb, out, cap);
	if (n == (size_t)-1)
		return n;
	if (n == 0 && parse_qualified(typed, &q)) {
		if (want->country == COUNTRY_NONE || want->country == q.country) {
			n = lookup_cities(r, q.base, q.country, fb, out, cap);
			if (n != (size_t)-1 && q.region != NULL)
				n = keep_if(r, *out, n, in_region, q.region);
			else if (n != (size_t)-1 && q.no_region)
				n = keep_if(r, *out, n, without_region, NULL);
		}
		free(q.base);
		free(q.region);
		if (n == (size_t)-1)
			return n;
	}
	if (want->region != NULL)
		n = keep_if(r, *out, n, in_region, want->region);
	if (want->exact && n > 1) {
		/* When none is spelled so, keep_if has moved nothing. */
		if ((exact = keep_if(r, *out, n, spelled_exactly, typed)) > 0)
			n = exact;
	}
	if (n > 1) {
		sort_registry = r;
		qsort(*out, n, sizeof(**out), compare_candidates);
		sort_registry = NULL;
	}
	return n;
}

bool
cityname_exact(const struct registry *r, city_id c, const char *typed)
{
	const struct city *city = &r->cities[c];
	size_t len = strlen(typed), i;

	if (city->name_len == len && memcmp(city_name(r, city), typed, len) == 0)
		return true;
	for (i = 0; i < r->naliases; i++)
		if (r->aliases[i].city == c &&
		    strcmp(r->aliases[i].name, typed) == 0)
			return true;
	return false;
}

/* How many cities share c's key and country (c included). */
static size_t
same_name_in_country(const struct registry *r, city_id c)
{
	city_id h;
	size_t n = 0;

	for (h = registry_first_with_key(r, city_key(r, &r->cities[c]),
	    r->cities[c].key_len); h != CITY_NONE; h = r->cities[h].next_homonym)
		if (r->cities[h].country == r->cities[c].country)
			n++;
	return n;
}

void
cityname_form(const struct registry *r, city_id c, char *buf, size_t cap)
{
	const struct city *city = &r->cities[c];
	const char *region;
	size_t len;

	if (same_name_in_country(r, c) == 1) {
		snprintf(buf, cap, "%s (%s)", city_name(r, city),
		    country_code(city->country));
		return;
	}
	region = region_name(r, city->region, &len);
	snprintf(buf, cap, "%s (%s, %s)", city_name(r, city),
	    country_code(city->country), len ? region : NO_REGION_WORDS);
}
