/*
 * gazetteer.h: finding the registry's cities in a GeoNames dump
 * (cities500.txt, allCountries.txt, DE.txt: 19 tab-separated columns),
 * with GeoNames' admin1CodesASCII.txt to tell which first-level
 * subdivision a numeric admin1 code means.
 *
 * The dump is read as a stream: a row is kept only when its country has
 * registry cities and its name, ASCII name or one of its alternate names
 * folds to the name of a registry city (or alias) of that country, or to
 * a part of a qualified name ("Edogawa (Tokyo)": Edogawa, then Tokyo).  Each
 * kept row is a candidate for that city; gazetteer_settle() then picks
 * one place per city.
 */
#ifndef TWIN_GAZETTEER_H
#define TWIN_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "registry.h"

/* Longest admin1 code kept (GeoNames' are at most 20 characters). */
#define GAZ_ADMIN1_MAX 20

/* How a candidate's names met the city's. */
enum gaz_via {
	VIA_NAME,	/* the city's name or an alias */
	VIA_BARE,	/* "Auburn" of "Auburn (Cumberland)" */
	VIA_PARENT	/* "Tokyo" of "Edogawa (Tokyo)": placed at its city */
};

struct gaz_candidate {
	double		 lat, lon;
	uint64_t	 population;
	uint32_t	 geonameid;
	city_id		 city;
	char		 fclass;	/* feature class: P populated place, A ... */
	uint8_t		 seat;		/* PPLC 0, PPLA 1 ... PPLA4 4, other 9 */
	uint8_t		 via;		/* enum gaz_via */
	char		 admin1[GAZ_ADMIN1_MAX + 1];
};

/* A line of admin1CodesASCII.txt: "FI.02", its name and ASCII name. */
struct gaz_admin1 {
	country_t	 country;
	char		 code[GAZ_ADMIN1_MAX + 1];
	char		*name;
	char		*ascii;
};

struct gazetteer {
	struct gaz_candidate	*cands;
	size_t			 ncands, cands_cap;
	struct gaz_admin1	*admin1;
	size_t			 nadmin1, admin1_cap;
	size_t			 rows;		/* lines read from the dump */
	/* Where reading failed, for "FILE:LINE: what" messages. */
	size_t			 err_line;
	char			 err[200];
};

void	gazetteer_init(struct gazetteer *);
void	gazetteer_free(struct gazetteer *);

/*
 * Read a GeoNames dump from f, keeping the rows that name cities of reg.
 * Returns false at the first malformed line (not 19 fields, a bad id,
 * latitude, longitude or population, a name that is not UTF-8), with
 * err_line and err saying where and what.
 */
bool	gazetteer_read(struct gazetteer *, const struct registry *reg,
	    FILE *f);

/* Read admin1CodesASCII.txt from f; false with err_line and err as above. */
bool	gazetteer_read_admin1(struct gazetteer *, FILE *f);

enum gaz_outcome {
	GAZ_FOUND,		/* one place, or one clearly first */
	GAZ_AMBIGUOUS,		/* found, but the runner-up was close */
	GAZ_NOT_FOUND
};

/* What became of one registry city. */
struct gaz_result {
	enum gaz_outcome		 outcome;
	size_t				 ncands;	/* after the region filter */
	size_t				 nother_region;	/* left out by it */
	const struct gaz_candidate	*best;		/* NULL when not found */
	const struct gaz_candidate	*runner_up;	/* NULL when alone */
	enum gaz_via			 via;	/* how best was found */
	bool				 region_unchecked;	/* city has a region
						 * that no candidate's admin1
						 * could be checked against */
};

/*
 * One result per registry city (out[c] for city c): the candidates in the
 * city's region where it has one; those found by the city's own name or
 * an alias if any, else by the name before its qualifier, else by the
 * qualifier; of these, populated places (class P) before
 * others, then the largest population, then the seat of the largest
 * division (capital, PPLA, PPLA2 ...), then the smallest geonameid.  A
 * result is ambiguous when the two first are both populated places and the
 * second has at least half the first's population, or when the region
 * could not be checked and several candidates of the first one's class
 * are left.  Sorts the candidates: call after reading.
 */
void	gazetteer_settle(struct gazetteer *, const struct registry *,
	    struct gaz_result *out);

#endif
