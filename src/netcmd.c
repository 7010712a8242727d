/* netcmd.c: option parsing, numbers and city names for the network commands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	city_id *ids = NULL;
	size_t cap = 0, n;

	/* Everywhere first; --country only when the name is in several. */
	any.country = COUNTRY_NONE;
	if (cli->country != COUNTRY_NONE) {
		n = lookup_cities(reg, name, COUNTRY_NONE, &fb, &ids, &cap);
		if (n != (size_t)-1 && n > 1)
			any.country = cli->country;
		fold_buf_free(&fb);
		free(ids);
	}
	return cli_city(reg, &any, name, status);
}
