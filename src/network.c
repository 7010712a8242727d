/*
 * network.c: the registry as a graph.  Each query walks the per-city
 * index once per city it visits; per-city marks live in arrays of
 * ncities entries, so nothing is searched twice.
 */
#include <stdlib.h>
#include <string.h>

#include "network.h"
#include "xalloc.h"

/* The filter without its country and city, for counting whole degrees. */
static struct link_filter
plain_filter(const struct link_filter *f)
{
	struct link_filter p = *f;

	p.country = p.country2 = COUNTRY_NONE;
	p.city = CITY_NONE;
	return p;
}

/*
 * The distinct partners of c over links that pass f, not counting c
 * itself.  stamp[] holds, for each city, the last mark put on it.
 */
static uint32_t
degree(const struct registry *r, city_id c, const struct link_filter *f,
    uint32_t *stamp, uint32_t mark)
{
	const link_id *ids;
	const struct link *l;
	size_t n, i;
	uint32_t d = 0;
	city_id o;

	ids = city_links(r, c, &n);
	for (i = 0; i < n; i++) {
		l = &r->links[ids[i]];
		if (!link_matches(r, l, f))
			continue;
		o = link_other(l, c);
		if (o != c && stamp[o] != mark) {
			stamp[o] = mark;
			d++;
		}
	}
	return d;
}

/* qsort has no context argument in C11; queries are not re-entered. */
static const struct registry *sort_reg;

static int
compare_city_counts(const void *pa, const void *pb)
{
	const struct city_count *a = pa, *b = pb;

	if (a->partners != b->partners)
		return a->partners > b->partners ? -1 : 1;
	return city_compare(sort_reg, a->city, b->city);
}

/*
 * Put c among the best limit cities v[0 .. n), kept in order, and return
 * their new number.  Most cities are turned away by one comparison with
 * the last, so a top ten of many cities costs no sort of them all.
 */
static size_t
keep_best(struct city_count *v, size_t n, size_t limit, struct city_count c)
{
	size_t i;

	if (n == limit && compare_city_counts(&c, &v[n - 1]) >= 0)
		return n;
	if (n < limit)
		n++;
	for (i = n - 1; i > 0 && compare_city_counts(&c, &v[i - 1]) < 0; i--)
		v[i] = v[i - 1];
	v[i] = c;
	return n;
}

size_t
query_cities(const struct registry *r, const struct link_filter *f,
    country_t country, uint32_t min, size_t limit, struct city_count **out)
{
	struct link_filter p = plain_filter(f);
	uint32_t *stamp = xcalloc(r->ncities + 1, sizeof(*stamp));
	struct city_count cc;
	size_t c, n = 0;

	*out = xreallocarray(NULL, (limit ? limit : r->ncities) + 1,
	    sizeof(**out));
	sort_reg = r;
	for (c = 0; c < r->ncities; c++) {
		if (country != COUNTRY_NONE && r->cities[c].country != country)
			continue;
		cc.city = (city_id)c;
		cc.partners = degree(r, cc.city, &p, stamp, (uint32_t)c + 1);
		if (cc.partners < min)
			continue;
		if (limit != 0)
			n = keep_best(*out, n, limit, cc);
		else
			(*out)[n++] = cc;
	}
	free(stamp);
	if (limit == 0)
		qsort(*out, n, sizeof(**out), compare_city_counts);
	sort_reg = NULL;
	return n;
}

static int
compare_countries(const void *pa, const void *pb)
{
	const struct country_count *a = pa, *b = pb;

	if (a->links != b->links)
		return a->links > b->links ? -1 : 1;
	if (a->cities != b->cities)
		return a->cities > b->cities ? -1 : 1;
	return a->country < b->country ? -1 : a->country > b->country;
}

/* Does city c have a link that passes f? */
static bool
has_link(const struct registry *r, city_id c, const struct link_filter *f)
{
	const link_id *ids;
	size_t n, i;

	ids = city_links(r, c, &n);
	for (i = 0; i < n; i++)
		if (link_matches(r, &r->links[ids[i]], f))
			return true;
	return false;
}

size_t
query_countries(const struct registry *r, const struct link_filter *f,
    struct country_count **out)
{
	struct link_filter p = plain_filter(f);
	uint32_t *cities = xcalloc(NCOUNTRIES, sizeof(*cities));
	uint32_t *links = xcalloc(NCOUNTRIES, sizeof(*links));
	uint32_t *partners = xcalloc(NCOUNTRIES, sizeof(*partners));
	/* Which pairs of countries are linked, each counted once. */
	bool *paired = xcalloc((size_t)NCOUNTRIES * NCOUNTRIES, sizeof(*paired));
	const struct link *l;
	country_t a, b;
	size_t i, n = 0;

	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		if (!link_matches(r, l, &p))
			continue;
		a = r->cities[l->city].country;
		b = r->cities[l->partner].country;
		links[a]++;
		if (b == a)
			continue;
		links[b]++;
		if (!paired[(size_t)a * NCOUNTRIES + b]) {
			paired[(size_t)a * NCOUNTRIES + b] = true;
			paired[(size_t)b * NCOUNTRIES + a] = true;
			partners[a]++;
			partners[b]++;
		}
	}
	for (i = 0; i < r->ncities; i++)
		if (has_link(r, (city_id)i, &p))
			cities[r->cities[i].country]++;
	*out = xreallocarray(NULL, NCOUNTRIES, sizeof(**out));
	for (i = 0; i < NCOUNTRIES; i++) {
		if (links[i] == 0)
			continue;
		if (f->country != COUNTRY_NONE && i != f->country)
			continue;
		(*out)[n].country = (country_t)i;
		(*out)[n].cities = cities[i];
		(*out)[n].links = links[i];
		(*out)[n].partner_countries = partners[i];
		n++;
	}
	free(cities);
	free(links);
	free(partners);
	free(paired);
	qsort(*out, n, sizeof(**out), compare_countries);
	return n;
}

static int
compare_pairs(const void *pa, const void *pb)
{
	const struct pair_count *a = pa, *b = pb;

	if (a->links != b->links)
		return a->links > b->links ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

size_t
query_country_pairs(const struct registry *r, const struct link_filter *f,
    struct pair_count **out)
{
	struct link_filter p = plain_filter(f);
	uint32_t *count = xcalloc((size_t)NCOUNTRIES * NCOUNTRIES,
	    sizeof(*count));
	const struct link *l;
	country_t a, b, t;
	size_t i, n = 0, cap = 0;

	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		if (!link_matches(r, l, &p))
			continue;
		a = r->cities[l->city].country;
		b = r->cities[l->partner].country;
		if (a > b) {
			t = a;
			a = b;
			b = t;
		}
		count[(size_t)a * NCOUNTRIES + b]++;
	}
	*out = NULL;
	for (i = 0; i < (size_t)NCOUNTRIES * NCOUNTRIES; i++) {
		if (count[i] == 0)
			continue;
		a = (country_t)(i / NCOUNTRIES);
		b = (country_t)(i % NCOUNTRIES);
		if (f->country != COUNTRY_NONE) {
			if (b == f->country) {
				b = a;
				a = f->country;
			} else if (a != f->country)
				continue;
		}
		grow_array((void **)out, &cap, n + 1, sizeof(**out));
		(*out)[n].a = a;
		(*out)[n].b = b;
		(*out)[n].links = count[i];
		n++;
	}
	free(count);
	if (n > 1)
		qsort(*out, n, sizeof(**out), compare_pairs);
	return n;
}

static int
compare_city_ids(const void *pa, const void *pb)
{
	return city_compare(sort_reg, *(const city_id *)pa,
	    *(const city_id *)pb);
}

size_t
query_common(const struct registry *r, city_id a, city_id b,
    const struct link_filter *f, city_id **out)
{
	struct link_filter p = plain_filter(f);
	uint8_t *mark = xcalloc(r->ncities, 1);
	const link_id *ids;
	const struct link *l;
	size_t n, i, found = 0, cap = 0;
	city_id o;

	*out = NULL;
	ids = city_links(r, a, &n);
	for (i = 0; i < n; i++) {
		l = &r->links[ids[i]];
		if (link_matches(r, l, &p))
			mark[link_other(l, a)] = 1;
	}
	ids = city_links(r, b, &n);
	for (i = 0; i < n; i++) {
		l = &r->links[ids[i]];
		o = link_other(l, b);
		if (mark[o] != 1 || o == a || o == b || !link_matches(r, l, &p))
			continue;
		mark[o] = 2;	/* once, however many links lead to it */
		grow_array((void **)out, &cap, found + 1, sizeof(**out));
		(*out)[found++] = o;
	}
	free(mark);
	sort_reg = r;
	if (found > 1)
		qsort(*out, found, sizeof(**out), compare_city_ids);
	sort_reg = NULL;
	return found;
}

/* A step of a breadth-first walk: reach city by link. */
struct step {
	city_id	city;
	link_id	link;
};

static int
compare_steps(const void *pa, const void *pb)
{
	const struct step *a = pa, *b = pb;
	int c = city_compare(sort_reg, a->city, b->city);

	if (c != 0)
		return c;
	return a->link < b->link ? -1 : a->link > b->link;
}

/*
 * Breadth first from c over links that pass f, at most depth hops
 * (depth < 0: no limit), stopping once goal is reached.  The cities of
 * one city's links are visited in order of name.  Fills order[] with the
 * cities reached, via[] with the link by which each was first reached
 * (UINT32_MAX for none) and returns how many were reached.
 */
static size_t
walk(const struct registry *r, city_id c, long depth, city_id goal,
    const struct link_filter *f, city_id *order, link_id *via,
    uint32_t *dist)
{
	struct step *next = NULL;
	size_t ncap = 0, nn, head = 0, tail = 0, n, i;
	const link_id *ids;
	const struct link *l;
	city_id u, o;

	for (i = 0; i < r->ncities; i++)
		via[i] = UINT32_MAX;
	via[c] = UINT32_MAX - 1;	/* reached, by no link */
	dist[c] = 0;
	order[tail++] = c;
	while (head < tail && (goal == CITY_NONE ||
	    via[goal] == UINT32_MAX)) {
		u = order[head++];
		if (depth >= 0 && dist[u] >= (uint32_t)depth)
			continue;
		ids = city_links(r, u, &n);
		for (i = nn = 0; i < n; i++) {
			l = &r->links[ids[i]];
			o = link_other(l, u);
			if (via[o] != UINT32_MAX || !link_matches(r, l, f))
				continue;
			grow_array((void **)&next, &ncap, nn + 1, sizeof(*next));
			next[nn].city = o;
			next[nn++].link = ids[i];
		}
		sort_reg = r;
		if (nn > 1)
			qsort(next, nn, sizeof(*next), compare_steps);
		sort_reg = NULL;
		for (i = 0; i < nn; i++) {
			o = next[i].city;
			if (via[o] != UINT32_MAX)	/* two links to one city */
				continue;
			via[o] = next[i].link;
			dist[o] = dist[u] + 1;
			order[tail++] = o;
		}
	}
	free(next);
	via[c] = UINT32_MAX;
	return tail;
}

long
query_path(const struct registry *r, city_id a, city_id b,
    const struct link_filter *f, struct rows *rows)
{
	struct link_filter p = plain_filter(f);
	city_id *order = xreallocarray(NULL, r->ncities, sizeof(*order));
	link_id *via = xreallocarray(NULL, r->ncities, sizeof(*via));
	uint32_t *dist = xreallocarray(NULL, r->ncities, sizeof(*dist));
	long hops = -1;
	size_t i, from = rows->n;
	city_id c;

	if (a != b)
		walk(r, a, -1, b, &p, order, via, dist);
	if (a == b || via[b] != UINT32_MAX) {
		hops = a == b ? 0 : (long)dist[b];
		grow_array((void **)&rows->v, &rows->cap, rows->n + (size_t)hops,
		    sizeof(*rows->v));
		/* Walk back from b, filling the hops from the end. */
		for (c = b, i = (size_t)hops; i > 0; i--) {
			struct row *row = &rows->v[from + i - 1];

			row->link = via[c];
			row->second = c;
			row->first = link_other(&r->links[via[c]], c);
			c = row->first;
		}
		rows->n += (size_t)hops;
	}
	free(order);
	free(via);
	free(dist);
	return hops;
}

static const uint32_t *sort_dist;

static int
compare_by_distance(const void *pa, const void *pb)
{
	city_id a = *(const city_id *)pa, b = *(const city_id *)pb;

	if (sort_dist[a] != sort_dist[b])
		return sort_dist[a] < sort_dist[b] ? -1 : 1;
	return city_compare(sort_reg, a, b);
}

size_t
query_neighbourhood(const struct registry *r, city_id c, unsigned depth,
    const struct link_filter *f, city_id **out)
{
	struct link_filter p = plain_filter(f);
	link_id *via = xreallocarray(NULL, r->ncities, sizeof(*via));
	uint32_t *dist = xreallocarray(NULL, r->ncities, sizeof(*dist));
	size_t n;

	*out = xreallocarray(NULL, r->ncities, sizeof(**out));
	n = walk(r, c, (long)depth, CITY_NONE, &p, *out, via, dist);
	sort_reg = r;
	sort_dist = dist;
	if (n > 2)
		qsort(*out + 1, n - 1, sizeof(**out), compare_by_distance);
	sort_reg = NULL;
	sort_dist = NULL;
	free(via);
	free(dist);
	return n;
}

static uint32_t
find_root(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];	/* path halving */
		x = parent[x];
	}
	return x;
}

/*
 * Link l in the decade table of s, as it stood at the end of year as_of
 * (0: now): made in the decade of its year; ended in the decade of its end
 * year, if it has one; active at the end of every decade from the one it
 * was made in to the one before its end.  A link suspended or ended in a
 * year not known was not active at any decade's end that can be told.
 * active_at_end holds differences here; network_stats adds them up.
 */
static void
count_in_decades(struct net_stats *s, const struct link *l, uint16_t as_of)
{
	unsigned status = link_status_at(l, as_of);
	unsigned ended = as_of != 0 && l->ended > as_of ? 0 : l->ended;
	size_t from, to;

	if (status == STATUS_SUSPENDED)
		s->suspended++;
	else if (status == STATUS_ENDED)
		s->ended++;
	if (ended != 0 && status != STATUS_ACTIVE)
		s->ended_per_decade[ended / 10]++;
	if (l->year == 0)
		return;
	s->with_year++;
	s->per_decade[l->year / 10]++;
	from = l->year / 10;
	if (status == STATUS_ACTIVE)
		to = DECADES;
	else if (ended != 0)
		to = ended / 10;
	else
		return;
	if (to <= from)
		return;
	s->active_at_end[from]++;
	if (to < DECADES)
		s->active_at_end[to]--;
}

/* Add up the differences of count_in_decades and find the range. */
static void
finish_decades(struct net_stats *s)
{
	size_t i, run = 0;

	s->first_decade = s->last_decade = DECADES;
	for (i = 0; i < DECADES; i++) {
		run += s->active_at_end[i];
		s->active_at_end[i] = run;
		if (s->per_decade[i] == 0 && s->ended_per_decade[i] == 0)
			continue;
		if (s->first_decade == DECADES)
			s->first_decade = i;
		s->last_decade = i;
	}
}

void
network_stats(const struct registry *r, const struct link_filter *f,
    struct net_stats *s)
{
	uint32_t *stamp = xcalloc(r->ncities + 1, sizeof(*stamp));
	uint32_t *parent = xreallocarray(NULL, r->ncities + 1, sizeof(*parent));
	uint32_t *size = xcalloc(r->ncities + 1, sizeof(*size));
	bool *seen = xcalloc(NCOUNTRIES, sizeof(*seen));
	const struct link *l;
	const link_id *ids;
	size_t i, j, n;
	uint32_t d, x, y;
	city_id o;

	memset(s, 0, sizeof(*s));
	s->max_city = CITY_NONE;
	for (i = 0; i < r->ncities; i++)
		parent[i] = (uint32_t)i;
	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		if (!link_matches(r, l, f))
			continue;
		s->rows += link_nstmts(r, l);
		if (l->city == l->partner) {
			s->self_links++;
			continue;
		}
		s->links++;
		count_in_decades(s, l, f->as_of);
		x = find_root(parent, l->city);
		y = find_root(parent, l->partner);
		if (x != y)
			parent[x] = y;
	}
	for (i = 0; i < r->ncities; i++) {
		ids = city_links(r, (city_id)i, &n);
		d = 0;
		for (j = 0; j < n; j++) {
			l = &r->links[ids[j]];
			if (!link_matches(r, l, f))
				continue;
			o = link_other(l, (city_id)i);
			if (stamp[o] == i + 1)
				continue;
			stamp[o] = (uint32_t)i + 1;
			if (o != i)
				d++;
		}
		if (d == 0 && !has_link(r, (city_id)i, f))
			continue;
		s->cities++;
		seen[r->cities[i].country] = true;
		s->degree_sum += d;
		if (s->max_city == CITY_NONE || d > s->max_degree ||
		    (d == s->max_degree && city_compare(r, (city_id)i, s->max_city) < 0)) {
			s->max_degree = d;
			s->max_city = (city_id)i;
		}
		x = find_root(parent, (uint32_t)i);
		if (size[x]++ == 0)
			s->components++;
		if (size[x] > s->largest)
			s->largest = size[x];
	}
	for (i = 0; i < NCOUNTRIES; i++)
		s->countries += seen[i];
	finish_decades(s);
	free(stamp);
	free(parent);
	free(size);
	free(seen);
}
