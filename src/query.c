/* query.c: link listings over the registry's per-city index. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "place.h"
#include "query.h"
#include "xalloc.h"

void
link_filter_init(struct link_filter *f)
{
	f->status_mask = STATUS_BIT(STATUS_ACTIVE) | STATUS_BIT(STATUS_SUSPENDED);
	f->kind_mask = ALL_KINDS;
	f->country = f->country2 = COUNTRY_NONE;
	f->city = CITY_NONE;
	f->year_from = f->year_to = 0;
	f->as_of = 0;
	f->known_years = false;
	f->min_km = f->max_km = NAN;
}

/* Is link l within f's bounds of length?  Not when an end has no place. */
static bool
length_matches(const struct registry *r, const struct link *l,
    const struct link_filter *f)
{
	double km;

	return cities_km(r, l->city, l->partner, &km) &&
	    !(km < f->min_km) && !(km > f->max_km);
}

bool
link_matches(const struct registry *r, const struct link *l,
    const struct link_filter *f)
{
	country_t a, b;

	if (!(f->status_mask & STATUS_BIT(link_status_at(l, f->as_of))) ||
	    !(f->kind_mask & KIND_BIT(l->kind)))
		return false;
	/*
	 * As of a year: made in or before it (or when, unknown), and with the
	 * status it had then; --known-years leaves out the links of unknown
	 * year.
	 */
	if (l->year == 0 && f->known_years)
		return false;
	if (f->as_of != 0 && l->year > f->as_of)
		return false;
	if ((f->year_from != 0 || f->year_to != 0) && l->year == 0)
		return false;
	if (f->year_from != 0 && l->year < f->year_from)
		return false;
	if (f->year_to != 0 && l->year > f->year_to)
		return false;
	if (f->city != CITY_NONE && l->city != f->city && l->partner != f->city)
		return false;
	/* The cities are looked up only for a country: they are far apart. */
	if (f->country != COUNTRY_NONE || f->country2 != COUNTRY_NONE) {
		a = r->cities[l->city].country;
		b = r->cities[l->partner].country;
		if (f->country2 != COUNTRY_NONE &&
		    !((a == f->country && b == f->country2) ||
		    (a == f->country2 && b == f->country)))
			return false;
		if (f->country2 == COUNTRY_NONE && a != f->country &&
		    b != f->country)
			return false;
	}
	if ((!isnan(f->min_km) || !isnan(f->max_km)) &&
	    !length_matches(r, l, f))
		return false;
	return true;
}

void
rows_free(struct rows *rows)
{
	free(rows->v);
	rows->v = NULL;
	rows->n = rows->cap = 0;
}

void
rows_push(struct rows *rows, link_id l, city_id first, city_id second)
{
	grow_array((void **)&rows->v, &rows->cap, rows->n + 1, sizeof(*rows->v));
	rows->v[rows->n].link = l;
	rows->v[rows->n].first = first;
	rows->v[rows->n].second = second;
	rows->n++;
}

size_t
query_partners(const struct registry *r, city_id c, const struct link_filter *f,
    struct rows *rows)
{
	const link_id *ids;
	size_t n, i, before = rows->n;
	const struct link *l;

	ids = city_links(r, c, &n);
	for (i = 0; i < n; i++) {
		l = &r->links[ids[i]];
		if (link_matches(r, l, f))
			rows_push(rows, ids[i], c, link_other(l, c));
	}
	return rows->n - before;
}

size_t
query_links(const struct registry *r, const struct link_filter *f,
    struct rows *rows)
{
	size_t i, before = rows->n;
	const struct link *l;

	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		if (link_matches(r, l, f))
			rows_push(rows, (link_id)i, l->city, l->partner);
	}
	return rows->n - before;
}

/* qsort has no context argument in C11; sorting is not re-entered. */
static const struct registry *sort_registry;

int
city_compare(const struct registry *r, city_id a, city_id b)
{
	const struct city *x = &r->cities[a], *y = &r->cities[b];
	size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
	int c;

	if (a == b)
		return 0;
	if ((c = memcmp(city_key(r, x), city_key(r, y), n)) != 0)
		return c;
	if (x->key_len != y->key_len)
		return x->key_len < y->key_len ? -1 : 1;
	if (x->country != y->country)
		return strcmp(country_code(x->country), country_code(y->country));
	return a < b ? -1 : 1;
}

static int
compare_rows(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	const struct registry *r = sort_registry;
	unsigned ya = r->links[a->link].year, yb = r->links[b->link].year;
	int c;

	/* Unknown years (0) sort after every known one. */
	if (ya != yb)
		return (ya ? ya : 0x10000u) < (yb ? yb : 0x10000u) ? -1 : 1;
	if ((c = city_compare(r, a->first, b->first)) != 0)
		return c;
	if ((c = city_compare(r, a->second, b->second)) != 0)
		return c;
	return a->link < b->link ? -1 : a->link > b->link;
}

void
rows_sort(const struct registry *r, struct rows *rows, size_t from)
{
	if (rows->n - from < 2)
		return;
	sort_registry = r;
	qsort(rows->v + from, rows->n - from, sizeof(*rows->v), compare_rows);
	sort_registry = NULL;
}

static void
add_unique(city_id c, city_id **out, size_t *cap, size_t *n)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if ((*out)[i] == c)
			return;
	grow_array((void **)out, cap, *n + 1, sizeof(**out));
	(*out)[(*n)++] = c;
}

static const struct registry *lookup_registry;

static int
compare_by_country(const void *pa, const void *pb)
{
	const city_id *a = pa, *b = pb;

	return strcmp(country_code(lookup_registry->cities[*a].country),
	    country_code(lookup_registry->cities[*b].country));
}

size_t
lookup_cities(const struct registry *r, const char *name, country_t country,
    struct fold_buf *fb, city_id **out, size_t *cap)
{
	size_t n = 0;
	city_id c;
	uint32_t a;

	if (!fold_into(fb, name, strlen(name)))
		return (size_t)-1;
	if (fb->len == 0)
		return 0;
	for (c = registry_first_with_key(r, fb->key, fb->len); c != CITY_NONE;
	    c = r->cities[c].next_homonym)
		if (country == COUNTRY_NONE || r->cities[c].country == country)
			add_unique(c, out, cap, &n);
	for (a = registry_first_alias(r, fb->key, fb->len); a != STRMAP_NONE;
	    a = r->aliases[a].next) {
		c = r->aliases[a].city;
		if (c != CITY_NONE &&
		    (country == COUNTRY_NONE || r->cities[c].country == country))
			add_unique(c, out, cap, &n);
	}
	if (n > 1) {
		lookup_registry = r;
		qsort(*out, n, sizeof(**out), compare_by_country);
		lookup_registry = NULL;
	}
	return n;
}

bool
parse_decade(const char *s, uint16_t *first_year)
{
	unsigned v = 0;
	size_t i, len = strlen(s);

	/* 1960s, 1960S, 1960's */
	if (len > 0 && (s[len - 1] == 's' || s[len - 1] == 'S')) {
		len--;
		if (len > 0 && s[len - 1] == '\'')
			len--;
	}
	if (len < 3 || len > 4)
		return false;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	if (v == 0 || v % 10 != 0)
		return false;
	*first_year = (uint16_t)v;
	return true;
}
