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
