/* netcmd.c: option parsing, numbers and city names for the network commands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityname.h"
#include "netcmd.h"
#include "xalloc.h"

bool
net_number(const char *cmd, const char *what, const char *s,
    unsigned long min, unsigned long max, unsigned long *v)
{
	const char *p;
	unsigned long n = 0;

	for (p = s; *p >= '0' && *p <= '9'; p++) {
		n = n * 10 + (unsigned long)(*p - '0');
		if (n > max)
			break;
	}
	if (p == s || *p != '\0' || n < min || n > max) {
		cli_error("%s: bad %s '%s': expected a number from %lu to %lu",
		    cmd, what, s, min, max);
		return false;
	}
	*v = n;
	return true;
}

city_id
net_city(const struct registry *reg, const struct cli *cli, const char *name,
    int *status)
{
	struct cli any = *cli;
	struct fold_buf fb = { NULL, 0, 0 };
	struct city_want everywhere = { COUNTRY_NONE, NULL, false };
	city_id *ids = NULL;
	size_t cap = 0, n;

	/*
	 * Everywhere first: --country, --region and --exact only pick among
	 * several cities of that name, since they filter links too, and the
	 * other city of a pair may be elsewhere.
	 */
	any.country = COUNTRY_NONE;
	any.region = NULL;
	any.exact = false;
	if (cli->country != COUNTRY_NONE || cli->region != NULL || cli->exact) {
		n = cityname_lookup(reg, name, &everywhere, &fb, &ids, &cap);
		if (n != (size_t)-1 && n > 1) {
			any.country = cli->country;
			any.region = cli->region;
			any.exact = cli->exact;
		}
		fold_buf_free(&fb);
		free(ids);
	}
	return cli_city(reg, &any, name, status);
}

/* "DE,TR": two countries, codes or English names. */
static bool
parse_between(const char *arg, country_t out[2])
{
	const char *comma = strchr(arg, ',');

	if (comma == NULL || strchr(comma + 1, ',') != NULL)
		return false;
	out[0] = country_parse(arg, (size_t)(comma - arg));
	out[1] = country_parse(comma + 1, strlen(comma + 1));
	return out[0] != COUNTRY_NONE && out[1] != COUNTRY_NONE;
}

bool
net_between(const char *cmd, const char *arg, country_t out[2])
{
	const char *comma, *bad;
	char hint[200];
	size_t len;

	if (parse_between(arg, out))
		return true;
	comma = strchr(arg, ',');
	if (comma == NULL || strchr(comma + 1, ',') != NULL) {
		cli_error("%s: bad --between '%s': expected two countries "
		    "separated by a comma, such as DE,TR", cmd, arg);
		return false;
	}
	/* Name the side that is no country. */
	bad = out[0] == COUNTRY_NONE ? arg : comma + 1;
	len = out[0] == COUNTRY_NONE ? (size_t)(comma - arg) : strlen(comma + 1);
	country_hint(bad, len, hint, sizeof(hint));
	cli_error("%s: bad --between '%s': unknown country '%.*s'%s", cmd, arg,
	    (int)len, bad, hint);
	return false;
}
