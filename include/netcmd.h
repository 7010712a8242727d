/*
 * netcmd.h: what the link listing and network commands share beyond
 * cli.h: numbers, and naming cities when --country may also filter.
 */
#ifndef TWIN_NETCMD_H
#define TWIN_NETCMD_H

#include <stdbool.h>

#include "cli.h"

/* Long options without a short form. */
enum {
	OPT_BETWEEN = 256,
	OPT_CITY,
	OPT_DECADE,
	OPT_DEPTH,
	OPT_MIN,
	OPT_PAIRS,
	OPT_COUNTRIES,
	OPT_MISSING,
	OPT_PROJECTION
};

/*
 * Parse a decimal number from min to max, digits only.  On failure says
 * "twin: CMD: bad WHAT 'S': expected a number from MIN to MAX".
 */
bool	net_number(const char *cmd, const char *what, const char *s,
	    unsigned long min, unsigned long max, unsigned long *v);

/*
 * The city that name means, as cli_city finds it but looking in every
 * country first: --country only picks among cities of that name in
 * several countries.
 */
city_id	net_city(const struct registry *, const struct cli *, const char *name,
	    int *status);

/*
 * Parse --between's "DE,TR" into two countries (codes or names), or say
 * what is wrong: "twin: CMD: bad --between ...".
 */
bool	net_between(const char *cmd, const char *arg, country_t out[2]);

#endif
