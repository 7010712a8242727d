/*
 * cmd_network.c: questions about the registry as a graph of cities.
 *   twin cities		cities by number of partners
 *   twin countries	countries by links, or pairs of countries
 *   twin common A B	the partners that two cities share
 *   twin path A B		a shortest chain of links from A to B
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "netcmd.h"
#include "network.h"

#define FILTER_HELP \
    "  -s, --status LIST     links to count: active, suspended, ended, or " \
    "all\n" \
    "                        (default active,suspended)\n" \
    CLI_HELP_KIND
#define SOURCE_HELP CLI_HELP_FILE CLI_HELP_FORMAT
#define PICK_HELP \
    "  -c, --country CC      pick the city of a name found in several " \
    "countries\n" CLI_HELP_PICK

static int
min_option(void *ctx, int opt, const char *arg)
{
	unsigned long v;

	if (opt != OPT_MIN)
		return 0;
	if (!net_number("cities", "--min", arg, 0, 1000000, &v))
		return -1;
	*(uint32_t *)ctx = (uint32_t)v;
	return 1;
}

int
cmd_cities(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin cities [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status]\n"
	    "            [--min n]";
	static const char help[] =
	    "\nEvery city with its country and number of partners (distinct "
	    "cities it is\nlinked to), most partners first, ties by name.\n\n"
	    "  -c, --country CC      only the cities of this country\n"
	    "      --min N           only cities with at least N partners "
	    "(default 1;\n"
	    "                        0 lists every city)\n"
	    FILTER_HELP SOURCE_HELP;
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		{ "min", required_argument, NULL, OPT_MIN },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const columns[] = { "city", "country", "partners" };
	struct registry reg;
	struct city_count *v;
	struct table t;
	const struct city *c;
	uint32_t min = 1;
	size_t n, i;
	int r;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, min_option, &min);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "cities: unexpected argument '%s'",
		    argv[optind]);
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	n = query_cities(&reg, &cli->filter, cli->country, min, 0, &v);
	table_init(&t, columns, 3);
	for (i = 0; i < n; i++) {
		c = &reg.cities[v[i].city];
		table_text(&t, city_name(&reg, c), c->name_len);
		table_text(&t, country_code(c->country), 2);
		table_number(&t, v[i].partners);
	}
	cli_print_result(cli, &t);
	table_free(&t);
	free(v);
	cli_unload(cli, &reg);
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}

static int
pairs_option(void *ctx, int opt, const char *arg)
{
	(void)arg;
	if (opt != OPT_PAIRS)
		return 0;
	*(bool *)ctx = true;
	return 1;
}

int
cmd_countries(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin countries [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status]\n"
	    "            [--pairs]";
	static const char help[] =
	    "\nEach country with the number of its cities that have a link, "
	    "the number of\nlinks with an end in it and the number of other "
	    "countries those links reach,\nmost links first.  With --pairs, "
	    "each pair of countries with the number of\nlinks between them "
	    "(a country paired with itself counts the links within it),\n"
	    "most links first.\n\n"
	    "  -c, --country CC      only this country, or its pairs (it comes "
	    "first)\n"
	    "      --pairs           count links by pair of countries\n"
	    FILTER_HELP SOURCE_HELP;
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		{ "pairs", no_argument, NULL, OPT_PAIRS },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const columns[] =
	    { "country", "cities", "links", "partner_countries" };
	static const char *const pair_columns[] =
	    { "country", "partner_country", "links" };
	struct registry reg;
	struct country_count *cv = NULL;
	struct pair_count *pv = NULL;
	struct table t;
	bool pairs = false;
	size_t n, i;
	int r;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, pairs_option, &pairs);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "countries: unexpected argument "
		    "'%s'", argv[optind]);
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	cli->filter.country = cli->country;
	if (pairs) {
		n = query_country_pairs(&reg, &cli->filter, &pv);
		table_init(&t, pair_columns, 3);
		for (i = 0; i < n; i++) {
			table_text(&t, country_code(pv[i].a), 2);
			table_text(&t, country_code(pv[i].b), 2);
			table_number(&t, pv[i].links);
		}
	} else {
		n = query_countries(&reg, &cli->filter, &cv);
		table_init(&t, columns, 4);
		for (i = 0; i < n; i++) {
			table_text(&t, country_code(cv[i].country), 2);
			table_number(&t, cv[i].cities);
			table_number(&t, cv[i].links);
			table_number(&t, cv[i].partner_countries);
		}
	}
	cli_print_result(cli, &t);
	table_free(&t);
	free(cv);
	free(pv);
	cli_unload(cli, &reg);
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}

/*
 * Parse the options and exactly two city names of common and path, load
 * and find both.  Returns EXIT_FOUND with *a and *b set, or the status to
 * exit with (the registry is then freed).
 */
static int
two_cities(int argc, char **argv, struct cli *cli, const char *usage,
    const char *help, struct registry *reg, city_id *a, city_id *b)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		CLI_PICK_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int r, status = EXIT_FOUND;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : -1;
	if (argc - optind != 2)
		return cli_usage_error(usage, "%s: expected two city names, got "
		    "%d", argv[0], argc - optind);
	if (cli_load(cli, reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	*a = net_city(reg, cli, argv[optind], &status);
	*b = net_city(reg, cli, argv[optind + 1], &status);
	cli_city(reg, cli, NULL, NULL);
	if (*a == CITY_NONE || *b == CITY_NONE) {
		cli_unload(cli, reg);
		return status == EXIT_FOUND ? EXIT_TROUBLE : status;
	}
	return EXIT_FOUND;
}

int
cmd_common(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin common [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status]\n"
	    "            city city";
	static const char help[] =
	    "\nThe cities linked to both named cities (their shared partners), "
	    "sorted by\nname, as rows of city and country.\n\n"
	    PICK_HELP FILTER_HELP SOURCE_HELP;
	static const char *const columns[] = { "city", "country" };
	struct registry reg;
	struct table t;
	city_id a, b, *v;
	const struct city *c;
	size_t n, i;
	int r;

	r = two_cities(argc, argv, cli, usage, help, &reg, &a, &b);
	if (r != EXIT_FOUND)
		return r < 0 ? EXIT_FOUND : r;
	n = query_common(&reg, a, b, &cli->filter, &v);
	table_init(&t, columns, 2);
	for (i = 0; i < n; i++) {
		c = &reg.cities[v[i]];
		table_text(&t, city_name(&reg, c), c->name_len);
		table_text(&t, country_code(c->country), 2);
	}
	cli_print_result(cli, &t);
	table_free(&t);
	free(v);
	cli_unload(cli, &reg);
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}

int
cmd_path(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin path [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status]\n"
	    "            city city";
	static const char help[] =
	    "\nA shortest chain of links from the first city to the second, "
	    "one link row\nper hop, each oriented along the chain.  Active and "
	    "suspended links count\n(a suspended link still stands); ended "
	    "ones do not, unless --status says\nso.  Among chains of the same "
	    "length, the one through cities first by name\nis chosen.  A city and "
	    "itself are joined by a chain of no links (no\nrows, exit "
	    "status 0).  Exit status 1 when no chain joins them.\n\n"
	    PICK_HELP FILTER_HELP SOURCE_HELP;
	struct registry reg;
	struct rows rows = { NULL, 0, 0 };
	city_id a, b;
	long hops;
	int r;

	r = two_cities(argc, argv, cli, usage, help, &reg, &a, &b);
	if (r != EXIT_FOUND)
		return r < 0 ? EXIT_FOUND : r;
	/* The same city twice is joined by a chain of no links: found. */
	hops = query_path(&reg, a, b, &cli->filter, &rows);
	cli_print_links(cli, &reg, &rows);
	rows_free(&rows);
	cli_unload(cli, &reg);
	return hops >= 0 ? EXIT_FOUND : EXIT_NOTHING;
}
