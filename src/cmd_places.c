/*
 * cmd_places.c: twin places [--missing] -- the registry's cities with the
 * coordinates a places file gives them and where each came from, or with
 * --missing the cities that still have none, for a keeper to complete.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "geojson.h"
#include "commands.h"
#include "netcmd.h"
#include "place.h"
#include "query.h"
#include "xalloc.h"

static const char usage[] =
    "twin places [-H] [-c country] [-f file] [-o format] [--missing]";
static const char help[] =
    "\nThe registry's cities with their coordinates (WGS84 degrees) and "
    "where each\ncame from: the places file, its line and its source "
    "column.  With --missing,\nthe cities that have none, with their number "
    "of partners, to complete a\nplaces file by hand or with twin locate.\n\n"
    "  -c, --country CC      only the cities of this country\n"
    "      --missing         the cities without coordinates\n"
    CLI_HELP_FILE CLI_HELP_FORMAT_GEO
    "\nExit status: 0 when a city is listed, 1 when none is (with "
    "--missing: every\ncity has coordinates), 2 on error.\n";

static const struct registry *sort_reg;

static int
compare_cities(const void *a, const void *b)
{
	return city_compare(sort_reg, *(const city_id *)a, *(const city_id *)b);
}

static int
missing_option(void *ctx, int opt, const char *arg)
{
	(void)arg;
	if (opt != OPT_MISSING)
		return 0;
	*(bool *)ctx = true;
	return 1;
}

/* Cities with a link: a city of the registry that only an alias names
 * is no city to place. */
static bool
has_links(const struct registry *r, city_id c)
{
	size_t n;

	city_links(r, c, &n);
	return n > 0;
}

int
cmd_places(int argc, char **argv, struct cli *cli)
{
	static const char *const columns[] = {
		"city", "country", "region", "lat", "lon", "file", "line",
		"source"
	};
	static const char *const missing_columns[] = {
		"city", "country", "region", "partners"
	};
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ "country", required_argument, NULL, OPT_COUNTRY },
		{ "missing", no_argument, NULL, OPT_MISSING },
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	struct table t;
	city_id *order;
	const struct city *c;
	const struct place *p;
	double lat, lon;
	bool missing = false;
	size_t i, n = 0, nlinks;
	int r, status = EXIT_FOUND;

	cli->formats = FORMATS_GEO;
	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING "c:", longopts,
	    usage, help, missing_option, &missing);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "places: unexpected argument '%s'",
		    argv[optind]);
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	order = xreallocarray(NULL, reg.ncities + 1, sizeof(*order));
	for (i = 0; i < reg.ncities; i++) {
		if (!has_links(&reg, (city_id)i) ||
		    (cli->country != COUNTRY_NONE &&
		    reg.cities[i].country != cli->country) ||
		    city_place(&reg, (city_id)i, &lat, &lon) == missing)
			continue;
		order[n++] = (city_id)i;
	}
	sort_reg = &reg;
	qsort(order, n, sizeof(*order), compare_cities);
	sort_reg = NULL;
	if (missing)
		table_init(&t, missing_columns, 4);
	else
		table_init(&t, columns, 8);
	for (i = 0; i < n; i++) {
		c = &reg.cities[order[i]];
		table_text(&t, city_name(&reg, c), c->name_len);
		table_text(&t, country_code(c->country), 2);
		table_region(&t, &reg, c->region);
		if (missing) {
			city_links(&reg, order[i], &nlinks);
			table_number(&t, (long long)nlinks);
			continue;
		}
		p = &reg.places[order[i]];
		table_real(&t, p->lat);
		table_real(&t, p->lon);
		table_cstr(&t, reg.files[p->file]);
		table_number(&t, p->line);
		if (p->source != 0)
			table_cstr(&t, registry_text(&reg, p->source));
		else
			table_null(&t);
	}
	if (cli_format(cli) == FORMAT_GEOJSON) {
		if (missing) {
			cli_error("places: --missing lists cities without "
			    "coordinates: expected a format other than geojson");
			status = EXIT_TROUBLE;
		} else
			geojson_cities(&reg, &t, order, n, stdout);
	} else
		cli_print_result(cli, &t);
	table_free(&t);
	free(order);
	cli_unload(cli, &reg);
	if (status != EXIT_FOUND)
		return status;
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}
