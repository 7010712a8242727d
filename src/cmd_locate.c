/*
 * cmd_locate.c: twin locate --gazetteer FILE [--admin1 FILE] -- a places
 * file for the registry's cities from a GeoNames dump (gazetteer.h): one
 * CSV row per city found, and on standard error what a keeper must look
 * at: the cities whose place was a close call, and those not found.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityname.h"
#include "cli.h"
#include "commands.h"
#include "gazetteer.h"
#include "xalloc.h"

static const char usage[] =
    "twin locate [-H] [-f file] [--admin1 file] --gazetteer file";
static const char help[] =
    "\nA places file for the registry's cities from a GeoNames dump "
    "(cities500.txt,\nallCountries.txt, DE.txt ...): CSV rows of city, "
    "country, region, lat, lon and\nsource, one per city found, in the "
    "order the registry first names them.  A\ncity is found by its name "
    "and GeoNames' names and alternate names within its\ncountry, and "
    "within its region where it has one.  Populated places come\nbefore "
    "others, then the largest population; close calls and the cities not\n"
    "found are listed on standard error.\n\n"
    "      --gazetteer FILE  the GeoNames dump (default $TWIN_GAZETTEER; - "
    "reads\n"
    "                        standard input)\n"
    "      --admin1 FILE     GeoNames' admin1CodesASCII.txt, to check "
    "regions given\n"
    "                        by number (FI 02: Southwest Finland)\n"
    CLI_HELP_FILE
    "  -H, --no-header       leave out the header row\n"
    "\nExit status: 0 when every city was found, 1 when some were not, 2 "
    "on error.\n";

enum { OPT_GAZETTEER = 300, OPT_ADMIN1 };

struct locate_opts {
	const char	*gazetteer;
	const char	*admin1;
};

static int
locate_option(void *ctx, int opt, const char *arg)
{
	struct locate_opts *o = ctx;

	switch (opt) {
	case OPT_GAZETTEER:
		o->gazetteer = arg;
		return 1;
	case OPT_ADMIN1:
		o->admin1 = arg;
		return 1;
	default:
		return 0;
	}
}

/* Read path ("-": standard input) with fn; false after saying why not. */
static bool
read_file(struct gazetteer *g, const struct registry *reg, const char *path,
    bool admin1)
{
	FILE *f;
	bool ok;

	f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	if (f == NULL) {
		cli_error("locate: cannot open %s: %s", path, strerror(errno));
		return false;
	}
	ok = admin1 ? gazetteer_read_admin1(g, f) : gazetteer_read(g, reg, f);
	if (ok && ferror(f)) {
		cli_error("locate: cannot read %s: %s", path, strerror(errno));
		ok = false;
	} else if (!ok)
		cli_error("%s:%zu: %s", path, g->err_line, g->err);
	if (f != stdin)
		fclose(f);
	return ok;
}

/* Degrees to four decimals, without a minus sign on zero. */
static void
table_degrees(struct table *t, double v)
{
	char *s = xmalloc(32);
	int n = snprintf(s, 32, "%.4f", v);

	if (strcmp(s, "-0.0000") == 0)
		n = snprintf(s, 32, "0.0000");
	table_owned_text(t, s, (size_t)n);
}

static void
add_row(struct table *t, const struct registry *reg, city_id c,
    const struct gaz_candidate *p)
{
	const struct city *city = &reg->cities[c];
	const char *region;
	char *source;
	size_t len;
	int n;

	table_text(t, city_name(reg, city), city->name_len);
	table_text(t, country_code(city->country), 2);
	region = region_name(reg, city->region, &len);
	table_text(t, region, len);
	table_degrees(t, p->lat);
	table_degrees(t, p->lon);
	source = xmalloc(32);
	n = snprintf(source, 32, "GeoNames %lu", (unsigned long)p->geonameid);
	table_owned_text(t, source, (size_t)n);
}

/* What a keeper must look at, on standard error. */
static void
report(const struct registry *reg, const struct gaz_result *res)
{
	char label[NAME_MAX_BYTES + 200];
	size_t c, found = 0, ambiguous = 0, missing = 0;
	const struct gaz_result *r;

	for (c = 0; c < reg->ncities; c++) {
		r = &res[c];
		if (r->outcome == GAZ_NOT_FOUND)
			continue;
		found++;
		if (r->outcome != GAZ_AMBIGUOUS)
			continue;
		ambiguous++;
		cityname_form(reg, (city_id)c, label, sizeof(label));
		cli_error("locate: %s: %zu candidates, took geonameid %lu (pop "
		    "%llu) over %lu (pop %llu)%s", label, r->ncands,
		    (unsigned long)r->best->geonameid,
		    (unsigned long long)r->best->population,
		    (unsigned long)r->runner_up->geonameid,
		    (unsigned long long)r->runner_up->population,
		    r->region_unchecked ? "; region not checked" : "");
	}
	for (c = 0; c < reg->ncities; c++) {
		r = &res[c];
		if (r->outcome != GAZ_NOT_FOUND)
			continue;
		missing++;
		cityname_form(reg, (city_id)c, label, sizeof(label));
		if (r->nother_region > 0)
			cli_error("locate: not found: %s; %zu of that name in "
			    "other regions", label, r->nother_region);
		else
			cli_error("locate: not found: %s", label);
	}
	cli_error("locate: located %zu of %zu cities, %zu ambiguous, %zu not "
	    "found", found, reg->ncities, ambiguous, missing);
}

int
cmd_locate(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ "gazetteer", required_argument, NULL, OPT_GAZETTEER },
		{ "admin1", required_argument, NULL, OPT_ADMIN1 },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const columns[] = {
		"city", "country", "region", "lat", "lon", "source"
	};
	struct locate_opts o = { NULL, NULL };
	struct registry reg;
	struct gazetteer g;
	struct gaz_result *res;
	struct table t;
	const char *env;
	size_t c, missing = 0;
	int r;

	cli->formats = FORMAT_BIT(FORMAT_CSV);
	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING, longopts, usage,
	    help, locate_option, &o);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "locate: unexpected argument '%s'",
		    argv[optind]);
	if (o.gazetteer == NULL && (env = getenv("TWIN_GAZETTEER")) != NULL &&
	    *env != '\0')
		o.gazetteer = env;
	if (o.gazetteer == NULL)
		return cli_usage_error(usage, "locate: expected --gazetteer FILE "
		    "or TWIN_GAZETTEER naming a GeoNames dump such as "
		    "cities500.txt");
	if (o.admin1 != NULL && strcmp(o.admin1, "-") == 0 &&
	    strcmp(o.gazetteer, "-") == 0)
		return cli_usage_error(usage, "locate: --gazetteer and --admin1 "
		    "cannot both read standard input");
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	gazetteer_init(&g);
	if ((o.admin1 != NULL && !read_file(&g, &reg, o.admin1, true)) ||
	    !read_file(&g, &reg, o.gazetteer, false)) {
		gazetteer_free(&g);
		cli_unload(cli, &reg);
		return EXIT_TROUBLE;
	}
	res = xreallocarray(NULL, reg.ncities + 1, sizeof(*res));
	gazetteer_settle(&g, &reg, res);
	table_init(&t, columns, 6);
	for (c = 0; c < reg.ncities; c++) {
		if (res[c].outcome == GAZ_NOT_FOUND)
			missing++;
		else
			add_row(&t, &reg, (city_id)c, res[c].best);
	}
	table_write(&t, stdout, FORMAT_CSV, cli->header);
	report(&reg, res);
	table_free(&t);
	free(res);
	gazetteer_free(&g);
	cli_unload(cli, &reg);
	return missing == 0 ? EXIT_FOUND : EXIT_NOTHING;
}
