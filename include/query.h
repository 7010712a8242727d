/*
 * query.h: the questions twin answers.  Queries fill a list of rows (a link
 * and the order in which to show its two cities); they never print.
 */
#ifndef TWIN_QUERY_H
#define TWIN_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "fold.h"
#include "registry.h"

#define STATUS_BIT(s)	(1u << (s))
#define KIND_BIT(k)	(1u << (k))
#define ALL_STATUSES	((1u << STATUS_COUNT) - 1)
#define ALL_KINDS	((1u << KIND_COUNT) - 1)

/* Which links a listing shows. */
struct link_filter {
	unsigned	 status_mask;	/* STATUS_BITs */
	unsigned	 kind_mask;	/* KIND_BITs */
	country_t	 country;	/* either end in this country, or COUNTRY_NONE */
	country_t	 country2;	/* with country: the link joins the two */
	city_id		 city;		/* either end is this city, or CITY_NONE */
	uint16_t	 year_from;	/* inclusive; 0: no lower bound */
	uint16_t	 year_to;	/* inclusive; 0: no upper bound */
	uint16_t	 as_of;		/* the registry at the end of that year; 0: now */
	bool		 known_years;	/* leave out links of unknown year */
	double		 min_km, max_km; /* length bounds; NaN: none */
};

/* One output row: link, shown with city `first` in the first two columns. */
struct row {
	link_id	link;
	city_id	first;
	city_id	second;
};

struct rows {
	struct row	*v;
	size_t		 n, cap;
};

/* Active and suspended links of every kind: ended links are history. */
void	link_filter_init(struct link_filter *);
bool	link_matches(const struct registry *, const struct link *,
	    const struct link_filter *);

void	rows_free(struct rows *);

/* Append one row: link l with city first in the first two columns. */
void	rows_push(struct rows *, link_id l, city_id first, city_id second);

/* Append the links of city c, with c first.  Returns how many. */
size_t	query_partners(const struct registry *, city_id c,
	    const struct link_filter *, struct rows *);

/* Append every link that passes the filter, as written.  Returns how many. */
size_t	query_links(const struct registry *, const struct link_filter *,
	    struct rows *);

/* Sort rows[from..n) by year (unknown last), then by the names. */
void	rows_sort(const struct registry *, struct rows *, size_t from);

/*
 * The cities a user's name may mean: cities of that folded name and
 * cities with that alias, in country unless it is COUNTRY_NONE, each
 * once, sorted by country.  fb is scratch space.  Returns how many were
 * stored in *out (grown with *cap); (size_t)-1 if name is not UTF-8.
 */
size_t	lookup_cities(const struct registry *, const char *name,
	    country_t country, struct fold_buf *fb, city_id **out, size_t *cap);

/* Order two cities by folded name, then country code, then id. */
int	city_compare(const struct registry *, city_id, city_id);

/*
 * Parse "1960", "1960s", "1960S" or "1960's" into the first year of the
 * decade; false if none of them.
 */
bool	parse_decade(const char *s, uint16_t *first_year);

#endif
