/*
 * network.h: the registry as a graph of cities.  Every query walks the
 * per-city index (city_links) and counts only the links that pass a
 * filter; none of them prints.
 *
 * A city's degree is the number of distinct cities it is linked to; the
 * registry holds one link per pair of cities, however many rows state it.
 */
#ifndef TWIN_NETWORK_H
#define TWIN_NETWORK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "query.h"
#include "registry.h"

struct city_count {
	city_id		 city;
	uint32_t	 partners;	/* distinct partner cities */
};

struct country_count {
	country_t	 country;
	uint32_t	 cities;	/* cities with a link that passes */
	uint32_t	 links;		/* links with an end in the country */
	uint32_t	 partner_countries; /* other countries it has links with */
};

struct pair_count {
	country_t	 a, b;		/* a sorts before b, or a == b */
	uint32_t	 links;
};

/* The first year of the decades that stats counts: 0 .. 9990. */
#define DECADES 1000

struct net_stats {
	size_t		 rows;		/* rows that state the links below */
	size_t		 links;		/* links between two cities that pass the filter */
	size_t		 self_links;	/* links from a city to itself that pass */
	size_t		 cities;	/* cities with at least one such link */
	size_t		 countries;	/* countries of those cities */
	size_t		 with_year;	/* links with a known year */
	size_t		 suspended, ended;
	size_t		 components;	/* connected components of the cities */
	size_t		 largest;	/* cities in the largest component */
	size_t		 degree_sum;	/* mean degree: degree_sum / cities */
	size_t		 max_degree;
	city_id		 max_city;	/* a city of that degree (first by name) */
	size_t		 per_decade[DECADES];	/* links by decade of the year */
	size_t		 ended_per_decade[DECADES];	/* by decade of the end */
	size_t		 active_at_end[DECADES];	/* active when it ended */
	size_t		 first_decade;	/* the range of the two above, or */
	size_t		 last_decade;	/* DECADES when no year is known */
};

/*
 * The partners of each city, counted over the links that pass f (its
 * country is ignored); only cities in country (unless COUNTRY_NONE) with
 * at least min partners; most partners first, ties by name; only the
 * first limit of them unless limit is 0.  Returns how many were stored in
 * *out, which the caller frees.
 */
size_t	query_cities(const struct registry *, const struct link_filter *f,
	    country_t country, uint32_t min, size_t limit,
	    struct city_count **out);

/*
 * Each country with its cities and links; most links first, then most
 * cities, then by code.  f's country, when set, keeps that country only.
 */
size_t	query_countries(const struct registry *, const struct link_filter *f,
	    struct country_count **out);

/*
 * Pairs of countries with the number of links between them (a == b for
 * links within a country), most links first, then by codes.  When f's
 * country is set, only pairs with that country, which comes first.
 */
size_t	query_country_pairs(const struct registry *,
	    const struct link_filter *f, struct pair_count **out);

/* The cities linked to both a and b, sorted by name. */
size_t	query_common(const struct registry *, city_id a, city_id b,
	    const struct link_filter *f, city_id **out);

/*
 * A shortest chain of links from a to b, breadth first; among cities at
 * the same distance the one first by name is tried first, so the answer
 * does not depend on the order of the registry's rows.  Appends one row
 * per hop, oriented along the chain.  Returns the number of hops, or -1
 * when no chain joins them.
 */
long	query_path(const struct registry *, city_id a, city_id b,
	    const struct link_filter *f, struct rows *);

/*
 * The cities at most depth links away from c, c first, then in order of
 * distance and name.  Returns how many were stored in *out.
 */
size_t	query_neighbourhood(const struct registry *, city_id c,
	    unsigned depth, const struct link_filter *f, city_id **out);

/* Figures about the links that pass f. */
void	network_stats(const struct registry *, const struct link_filter *f,
	    struct net_stats *);

#endif
