/*
 * cmd_graph.c: twin graph [CITY] -- the registry, the neighbourhood of
 * one city, or the network of countries, as a graph file (export.h):
 * Graphviz DOT by default, GraphML, GEXF, node-link JSON or an edge list.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "export.h"
#include "netcmd.h"
#include "network.h"
#include "xalloc.h"

static const char usage[] =
    "twin graph [-c country] [-f file] [-k kind] [-o format] [-s status]\n"
    "           [--countries | --depth n city | city]";

static const char help[] =
    "\nWrite the links as a graph: every city with a link, or with a city, "
    "the\ncities at most --depth links away from it (default 1) and the "
    "links among\nthem; with --countries, countries linked by the number "
    "of links between\ntheir cities.  Graphviz DOT by default (suspended "
    "links dashed, ended ones\ndotted); -o graphml, gexf (Gephi), json "
    "(networkx's node-link data) or\nedges (two names a line) for network "
    "tools.\n\n"
    "  twin graph Turku | dot -Tsvg > turku.svg\n"
    "  twin graph -o graphml > twin.graphml\n\n"
    "  -c, --country CC      with a city: pick the city of a name found in "
    "several\n"
    "                        countries; without: only links with an end "
    "in CC\n"
    "      --countries       countries as nodes, links between them as "
    "weights\n"
    "      --depth N         how many links away from the city (0..100)\n"
    "  -o, --format FORMAT   dot, graphml, gexf, json or edges\n"
    CLI_HELP_PICK CLI_HELP_STATUS CLI_HELP_KIND CLI_HELP_FILE;

struct graph_options {
	long	 depth;		/* -1: not given */
	bool	 countries;
};

static int
graph_option(void *ctx, int opt, const char *arg)
{
	struct graph_options *o = ctx;
	unsigned long v;

	switch (opt) {
	case OPT_DEPTH:
		if (!net_number("graph", "--depth", arg, 0, 100, &v))
			return -1;
		o->depth = (long)v;
		return 1;
	case OPT_COUNTRIES:
		o->countries = true;
		return 1;
	}
	return 0;
}

int
cmd_graph(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		CLI_PICK_OPTIONS,
		{ "depth", required_argument, NULL, OPT_DEPTH },
		{ "countries", no_argument, NULL, OPT_COUNTRIES },
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	struct graph_options o = { -1, false };
	struct export_graph g;
	city_id c;
	int r, status = EXIT_FOUND;

	cli->formats = FORMATS_GRAPH;
	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, graph_option, &o);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (argc - optind > 1)
		return cli_usage_error(usage, "graph: expected at most one city, "
		    "got %d", argc - optind);
	if (optind == argc && o.depth >= 0)
		return cli_usage_error(usage, "graph: --depth needs a city");
	if (optind < argc && o.countries)
		return cli_usage_error(usage, "graph: --countries draws every "
		    "country: expected no city");
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	memset(&g, 0, sizeof(g));
	if (optind == argc) {
		cli->filter.country = cli->country;
		if (o.countries)
			export_countries(&g, &reg, &cli->filter);
		else
			export_whole(&g, &reg, &cli->filter);
		if (g.nnodes == 0)
			status = EXIT_NOTHING;
	} else {
		c = net_city(&reg, cli, argv[optind], &status);
		cli_city(&reg, cli, NULL, NULL);
		if (c == CITY_NONE) {
			cli_unload(cli, &reg);
			return status;
		}
		export_near(&g, &reg, c, o.depth < 0 ? 1 : (unsigned)o.depth,
		    &cli->filter);
	}
	export_write(&g, &reg, cli->format_set ? cli->format : FORMAT_DOT,
	    stdout);
	export_free(&g);
	cli_unload(cli, &reg);
	return status;
}
