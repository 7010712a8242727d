/*
 * cityname.h: the names users give cities on the command line and in
 * batch input.  One argument names one city: "Córdoba (ES)",
 * "Portland (US, Oregon)", "Portland (US-OR)", or a bare name with
 * --country, --region or --exact to pick among same-named cities.  When a
 * name stays ambiguous, each candidate is listed in a form that names it
 * alone, so the user can copy it back.
 */
#ifndef TWIN_CITYNAME_H
#define TWIN_CITYNAME_H

#include <stdbool.h>
#include <stddef.h>

#include "fold.h"
#include "registry.h"

/* What the options say beside the name. */
struct city_want {
	country_t	 country;	/* --country, or COUNTRY_NONE */
	const char	*region;	/* --region, or NULL */
	bool		 exact;		/* --exact: prefer the exact spelling */
};

/* The written form that names no region: "Portland (US, no region)". */
#define NO_REGION_WORDS "no region"

/*
 * The cities that typed may mean, each once, sorted by country and
 * region.  Returns how many were stored in *out (grown with *cap), or
 * (size_t)-1 when typed is not UTF-8.  fb is scratch space.
 */
size_t	cityname_lookup(const struct registry *, const char *typed,
	    const struct city_want *, struct fold_buf *fb, city_id **out,
	    size_t *cap);

/*
 * The form that names city c alone, such as "Portland (US, Oregon)", in
 * buf (NUL-terminated, cut short if it does not fit).
 */
void	cityname_form(const struct registry *, city_id c, char *buf,
	    size_t cap);

/* Is c, or an alias of c, spelled exactly as typed? */
bool	cityname_exact(const struct registry *, city_id c, const char *typed);

#endif
