/*
 * cmd_links.c: listings of links across the whole registry.
 *   twin links [filters]	links that pass every filter given
 *   twin decade DECADE	the same as links --decade DECADE
 *   twin suspended	the same as links --status suspended
 * All three parse one option table and share one code path.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "netcmd.h"

enum listing {
	LIST_LINKS,
	LIST_DECADE,
	LIST_SUSPENDED
};

struct links_opts {
	struct link_filter	*f;
	const char		*cmd;
	const char		*city;		/* --city, resolved after loading */
	country_t		 between[2];	/* --between, or COUNTRY_NONE */
	uint16_t		 decade;	/* first year; 0: not given */
	const struct cli	*cli;		/* --since and --until */
};

#define LINKS_OPTIONS \
	{ "between", required_argument, NULL, OPT_BETWEEN }, \
	{ "city", required_argument, NULL, OPT_CITY }, \
	{ "decade", required_argument, NULL, OPT_DECADE }

static const char links_help[] =
    "\nList the links that pass every filter given, ordered by year (unknown"
    " last).\n\n"
    "  -c, --country CC      links with either end in this country\n"
    "      --between CC,CC   links between the two countries, in either "
    "direction\n"
    "                        (DE,TR; DE,DE for links within Germany); the "
    "city in\n"
    "                        the first country is shown first\n"
    "      --city NAME       links of this city, shown first\n"
    "      --since YEAR      links made in YEAR or later (1..9999)\n"
    "      --until YEAR      links made in YEAR or earlier (1..9999)\n"
    "      --decade DECADE   links made in the decade (1960 or 1960s)\n"
    CLI_HELP_PICK CLI_HELP_STATUS CLI_HELP_KIND CLI_HELP_SOURCES CLI_HELP_FILE
    CLI_HELP_FORMAT_GEO
    "\nA year filter leaves out links of unknown year.  Exit status: 0 when"
    " a link\nis listed, 1 when none, 2 on error.\n";

/*
 * Say why arg is not a decade.  60s is a decade to a person, but which
 * century's?  Ask for it rather than guess.
 */
static void
say_bad_decade(const char *cmd, const char *arg)
{
	size_t n = strspn(arg, "0123456789");

	if (n > 0 && n <= 2 && (arg[n] == '\0' || strcmp(arg + n, "s") == 0 ||
	    strcmp(arg + n, "S") == 0 || strcmp(arg + n, "'s") == 0))
		cli_error("%s: bad decade '%s': the century is needed, as in "
		    "1960s or 2010s", cmd, arg);
	else
		cli_error("%s: bad decade '%s': expected a year ending in 0, "
		    "such as 1960 or 1960s", cmd, arg);
}

static int
links_option(void *ctx, int opt, const char *arg)
{
	struct links_opts *o = ctx;

	switch (opt) {
	case OPT_BETWEEN:
		return net_between(o->cmd, arg, o->between) ? 1 : -1;
	case OPT_CITY:
		o->city = arg;
		return 1;
	case OPT_DECADE:
		if (!parse_decade(arg, &o->decade)) {
			say_bad_decade(o->cmd, arg);
			return -1;
		}
		return 1;
	default:
		return 0;
	}
}

/* Put the years of o into its filter: every bound given must hold. */
static void
set_years(struct links_opts *o)
{
	uint16_t from = o->cli->since, to = o->cli->until;

	if (o->decade != 0) {
		if (o->decade > from)
			from = o->decade;
		if (to == 0 || o->decade + 9 < to)
			to = (uint16_t)(o->decade + 9);
	}
	o->f->year_from = from;
	o->f->year_to = to;
}

/* Show the city of the first --between country first. */
static void
orient_between(const struct registry *reg, country_t first, struct rows *rows)
{
	size_t i;
	city_id t;

	for (i = 0; i < rows->n; i++) {
		if (reg->cities[rows->v[i].first].country != first) {
			t = rows->v[i].first;
			rows->v[i].first = rows->v[i].second;
			rows->v[i].second = t;
		}
	}
}

/* Load, list what passes the filter, sort and print. */
static int
list_links(struct cli *cli, struct links_opts *o)
{
	struct registry reg;
	struct rows rows = { NULL, 0, 0 };
	struct link_filter *f = &cli->filter;
	city_id c = CITY_NONE;
	int status = EXIT_FOUND;

	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	if (o->city != NULL) {
		c = net_city(&reg, cli, o->city, &status);
		if (c == CITY_NONE) {
			cli_unload(cli, &reg);
			return status;
		}
	}
	if (o->between[0] != COUNTRY_NONE) {
		f->country = o->between[0];
		f->country2 = o->between[1];
	} else
		f->country = cli->country;
	f->city = c;
	if (c != CITY_NONE)
		query_partners(&reg, c, f, &rows);	/* a walk of one city */
	else
		query_links(&reg, f, &rows);
	if (o->between[0] != COUNTRY_NONE && c == CITY_NONE)
		orient_between(&reg, o->between[0], &rows);
	rows_sort(&reg, &rows, 0);
	cli_print_links(cli, &reg, &rows);
	status = rows.n > 0 ? EXIT_FOUND : EXIT_NOTHING;
	rows_free(&rows);
	cli_unload(cli, &reg);
	return status;
}

static int
run_listing(int argc, char **argv, struct cli *cli, enum listing what)
{
	static const struct option all_options[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		CLI_PICK_OPTIONS,
		CLI_LINK_OPTIONS,
		LINKS_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	static const struct option suspended_options[] = {
		CLI_SOURCE_OPTIONS,
		{ "country", required_argument, NULL, OPT_COUNTRY },
		{ "kind", required_argument, NULL, OPT_KIND },
		CLI_TIME_OPTIONS,
		CLI_PICK_OPTIONS,
		CLI_LINK_OPTIONS,
		LINKS_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	static const char *const usages[] = {
	    "twin links [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status]\n"
	    "            [--between cc,cc] [--city name] [--decade decade] "
	    "[--since year]\n"
	    "            [--until year]",
	    "twin decade [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status] decade",
	    "twin suspended [-H] [-c country] [-f file] [-k kind] [-o format]"
	};
	static const char *const helps[] = {
	    links_help,
	    "\nThe links made in a decade: the same as twin links --decade "
	    "DECADE.  It takes\nthe options of twin links too: --between, "
	    "--city, --since, --until\n(see twin links -h).\n",
	    "\nThe suspended links: the same as twin links --status suspended."
	    "  It takes the\noptions of twin links too: --between, --city, "
	    "--decade, --since, --until\n(see twin links -h).\n"
	};
	struct links_opts o;
	const char *usage = usages[what];
	int r;

	memset(&o, 0, sizeof(o));
	o.f = &cli->filter;
	o.cli = cli;
	o.cmd = argv[0];
	o.between[0] = o.between[1] = COUNTRY_NONE;
	cli->formats = FORMATS_GEO;
	r = cli_parse(cli, argc, argv, what == LIST_SUSPENDED ?
	    CLI_SOURCE_OPTSTRING "c:k:" :
	    CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    what == LIST_SUSPENDED ? suspended_options : all_options,
	    usage, helps[what], links_option, &o);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (what == LIST_DECADE) {
		if (optind == argc)
			return cli_usage_error(usage, "decade: expected a decade "
			    "such as 1960 or 1960s");
		if (argc - optind > 1)
			return cli_usage_error(usage, "decade: expected one "
			    "decade, got %d arguments", argc - optind);
		if (o.decade != 0)
			return cli_usage_error(usage, "decade: the decade is "
			    "the argument; --decade is for twin links");
		if (!parse_decade(argv[optind], &o.decade)) {
			say_bad_decade("decade", argv[optind]);
			fprintf(stderr, "usage: %s\n", usage);
			return EXIT_TROUBLE;
		}
	} else if (optind != argc)
		return cli_usage_error(usage, "%s: unexpected argument '%s'",
		    argv[0], argv[optind]);
	if (o.between[0] != COUNTRY_NONE && cli->country != COUNTRY_NONE)
		return cli_usage_error(usage, "%s: --between and --country "
		    "cannot be combined", argv[0]);
	if (what == LIST_SUSPENDED)
		cli->filter.status_mask = STATUS_BIT(STATUS_SUSPENDED);
	set_years(&o);
	return list_links(cli, &o);
}

int
cmd_links(int argc, char **argv, struct cli *cli)
{
	return run_listing(argc, argv, cli, LIST_LINKS);
}

int
cmd_decade(int argc, char **argv, struct cli *cli)
{
	return run_listing(argc, argv, cli, LIST_DECADE);
}

int
cmd_suspended(int argc, char **argv, struct cli *cli)
{
	return run_listing(argc, argv, cli, LIST_SUSPENDED);
}
