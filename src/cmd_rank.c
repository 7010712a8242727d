/*
 * cmd_rank.c: twin rank -- cities by how central they are in the network
 * of distinct links: degree, betweenness, closeness, eigenvector
 * centrality or PageRank (centrality.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "centrality.h"
#include "cli.h"
#include "commands.h"
#include "graph.h"
#include "netcmd.h"
#include "xalloc.h"

static const char usage[] =
    "twin rank [-H] [-c country] [-f file] [-k kind] [-n count] [-o format] "
    "[-s status]\n"
    "          [--as-of year] [--by measure]";
static const char help[] =
    "\nThe cities most central in the network of distinct links (self-links "
    "left out),\nmost central first, ties by name, as rows of rank, city, "
    "country and the\nmeasure.  The measures are computed on the whole "
    "network; --country lists the\ncities of one country among them.\n\n"
    "      --by MEASURE      degree (the default), betweenness, closeness,\n"
    "                        eigenvector or pagerank\n"
    "  -n, --count N         the first N cities (default 10)\n"
    "  -c, --country CC      only the cities of this country\n"
    CLI_HELP_STATUS CLI_HELP_KIND CLI_HELP_TIME CLI_HELP_FILE CLI_HELP_FORMAT
    "\nExit status: 0 when a city is listed, 1 when none, 2 on error.\n";

enum { OPT_BY = 300, OPT_COUNT_N = 'n' };

/* Betweenness over the world registry's 17,000 cities takes seconds. */
#define RANK_MAX_SEARCH_CITIES	50000

struct rank_opts {
	enum centrality	 by;
	unsigned long	 count;
};

static int
rank_option(void *ctx, int opt, const char *arg)
{
	struct rank_opts *o = ctx;
	int i;

	switch (opt) {
	case OPT_BY:
		for (i = 0; i < CENTRALITY_COUNT; i++)
			if (strcmp(arg, centrality_names[i]) == 0) {
				o->by = (enum centrality)i;
				return 1;
			}
		cli_error("rank: unknown measure '%s': expected degree, "
		    "betweenness, closeness, eigenvector or pagerank", arg);
		return -1;
	case OPT_COUNT_N:
		return net_number("rank", "-n", arg, 1, 1000000, &o->count) ?
		    1 : -1;
	default:
		return 0;
	}
}

/* qsort has no context argument in C11; sorting is not re-entered. */
static const double *sort_value;
static const struct graph *sort_graph;
static const struct registry *sort_reg;

static int
compare_nodes(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;

	if (sort_value[a] != sort_value[b])
		return sort_value[a] > sort_value[b] ? -1 : 1;
	return city_compare(sort_reg, sort_graph->city[a], sort_graph->city[b]);
}

int
cmd_rank(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		{ "by", required_argument, NULL, OPT_BY },
		{ "count", required_argument, NULL, OPT_COUNT_N },
		{ NULL, 0, NULL, 0 }
	};
	static const char *columns[] = { "rank", "city", "country", NULL };
	struct rank_opts o = { CENTRALITY_DEGREE, 10 };
	struct registry reg;
	struct graph g;
	struct table t;
	struct link_filter f;
	const struct city *c;
	uint32_t *order;
	double *value;
	size_t i, n = 0;
	int r;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING
	    "n:", longopts, usage, help, rank_option, &o);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "rank: unexpected argument '%s'",
		    argv[optind]);
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	/* The network is the whole registry's; --country picks the rows. */
	f = cli->filter;
	f.country = f.country2 = COUNTRY_NONE;
	graph_build(&g, &reg, &f);
	/* A search from every city: time grows with the square of the size. */
	if ((o.by == CENTRALITY_BETWEENNESS || o.by == CENTRALITY_CLOSENESS) &&
	    g.n > RANK_MAX_SEARCH_CITIES) {
		cli_error("rank: --by %s searches from every one of %zu cities, "
		    "which would take hours: expected at most %d (filter with "
		    "--kind, --status or --as-of)", centrality_names[o.by], g.n,
		    RANK_MAX_SEARCH_CITIES);
		graph_free(&g);
		cli_unload(cli, &reg);
		return EXIT_TROUBLE;
	}
	value = xreallocarray(NULL, g.n + 1, sizeof(*value));
	order = xreallocarray(NULL, g.n + 1, sizeof(*order));
	centrality(&g, o.by, value);
	for (i = 0; i < g.n; i++)
		order[i] = (uint32_t)i;
	sort_value = value;
	sort_graph = &g;
	sort_reg = &reg;
	qsort(order, g.n, sizeof(*order), compare_nodes);
	columns[3] = centrality_names[o.by];
	table_init(&t, columns, 4);
	for (i = 0; i < g.n && n < o.count; i++) {
		c = &reg.cities[g.city[order[i]]];
		if (cli->country != COUNTRY_NONE && c->country != cli->country)
			continue;
		table_number(&t, (long long)++n);
		table_text(&t, city_name(&reg, c), c->name_len);
		table_text(&t, country_code(c->country), 2);
		if (o.by == CENTRALITY_DEGREE)
			table_number(&t, (long long)value[order[i]]);
		else
			table_real(&t, value[order[i]]);
	}
	cli_print_result(cli, &t);
	table_free(&t);
	free(value);
	free(order);
	graph_free(&g);
	cli_unload(cli, &reg);
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}
