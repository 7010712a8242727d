/*
 * cmd_graph.c: twin graph [CITY] -- the registry, or the neighbourhood of
 * one city, as a Graphviz DOT graph: cities as nodes labelled with name
 * and country, links as edges labelled with their year; suspended links
 * dashed, ended ones (shown only when --status asks) dotted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "netcmd.h"
#include "network.h"
#include "xalloc.h"

static const char usage[] =
    "twin graph [-c country] [-f file] [-k kind] [-s status] [--depth n] "
    "[city]";

static const char help[] =
    "\nWrite the links as a Graphviz DOT graph: every city with a link, or "
    "with a\ncity, the cities at most --depth links away from it (default "
    "1) and the\nlinks among them.  Nodes are labelled with name and "
    "country, edges with\nthe year; suspended links are dashed, ended ones "
    "(with --status) dotted.\n\n"
    "  twin graph Turku | dot -Tsvg > turku.svg\n\n"
    "  -c, --country CC      with a city: pick the city of a name found in "
    "several\n"
    "                        countries; without: only links with an end "
    "in CC\n"
    "      --depth N         how many links away from the city (0..100)\n"
    CLI_HELP_PICK CLI_HELP_STATUS CLI_HELP_KIND CLI_HELP_FILE;

/* A DOT string: quotes and backslashes escaped, the rest as it is. */
static void
dot_text(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\\')
			putchar('\\');
		putchar(s[i]);
	}
}

static void
dot_node(const struct registry *reg, city_id id)
{
	const struct city *c = &reg->cities[id];

	printf("\tc%lu [label=\"", (unsigned long)id);
	dot_text(c->name, c->name_len);
	printf("\\n%s\"];\n", country_code(c->country));
}

static void
dot_edge(const struct registry *reg, link_id id)
{
	const struct link *l = &reg->links[id];
	const char *sep = "";

	printf("\tc%lu -- c%lu", (unsigned long)l->city,
	    (unsigned long)l->partner);
	if (l->year != 0 || l->status != STATUS_ACTIVE)
		printf(" [");
	if (l->year != 0) {
		printf("label=\"%u\"", (unsigned)l->year);
		sep = ", ";
	}
	if (l->status == STATUS_SUSPENDED)
		printf("%sstyle=dashed", sep);
	else if (l->status == STATUS_ENDED)
		printf("%sstyle=dotted", sep);
	if (l->year != 0 || l->status != STATUS_ACTIVE)
		printf("]");
	printf(";\n");
}

static void
dot_start(void)
{
	printf("graph twin {\n\tnode [shape=box, style=rounded];\n");
}

/* Every city with a link that passes f, and those links. */
static size_t
whole_graph(const struct registry *reg, const struct link_filter *f)
{
	size_t i, j, n, nodes = 0;
	const link_id *ids;

	dot_start();
	for (i = 0; i < reg->ncities; i++) {
		ids = city_links(reg, (city_id)i, &n);
		for (j = 0; j < n; j++)
			if (link_matches(reg, &reg->links[ids[j]], f))
				break;
		if (j < n) {
			dot_node(reg, (city_id)i);
			nodes++;
		}
	}
	for (i = 0; i < reg->nlinks; i++)
		if (link_matches(reg, &reg->links[i], f))
			dot_edge(reg, (link_id)i);
	printf("}\n");
	return nodes;
}

/* The cities near c and every link that passes f among them. */
static void
neighbourhood(const struct registry *reg, city_id c, unsigned depth,
    const struct link_filter *f)
{
	city_id *order, o;
	uint32_t *pos = xcalloc(reg->ncities, sizeof(*pos));
	const link_id *ids;
	const struct link *l;
	size_t n, i, j, k;

	n = query_neighbourhood(reg, c, depth, f, &order);
	for (i = 0; i < n; i++)
		pos[order[i]] = (uint32_t)i + 1;
	dot_start();
	for (i = 0; i < n; i++)
		dot_node(reg, order[i]);
	for (i = 0; i < n; i++) {
		ids = city_links(reg, order[i], &k);
		for (j = 0; j < k; j++) {
			l = &reg->links[ids[j]];
			o = link_other(l, order[i]);
			/* Each link once: from the end listed first. */
			if (pos[o] == 0 || pos[o] < i + 1 ||
			    !link_matches(reg, l, f))
				continue;
			dot_edge(reg, ids[j]);
		}
	}
	printf("}\n");
	free(order);
	free(pos);
}

static int
depth_option(void *ctx, int opt, const char *arg)
{
	unsigned long v;

	if (opt != OPT_DEPTH)
		return 0;
	if (!net_number("graph", "--depth", arg, 0, 100, &v))
		return -1;
	*(long *)ctx = (long)v;
	return 1;
}

int
cmd_graph(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		CLI_PICK_OPTIONS,
		{ "depth", required_argument, NULL, OPT_DEPTH },
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	long depth = -1;
	city_id c;
	int r, status = EXIT_FOUND;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, depth_option, &depth);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	/* A format graph cannot write is an error, never DOT in disguise. */
	if (cli->format_set) {
		cli_error("graph: -o is not for graph, which writes Graphviz "
		    "DOT: expected no -o");
		return EXIT_TROUBLE;
	}
	if (argc - optind > 1)
		return cli_usage_error(usage, "graph: expected at most one city, "
		    "got %d", argc - optind);
	if (optind == argc && depth >= 0)
		return cli_usage_error(usage, "graph: --depth needs a city");
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	if (optind == argc) {
		cli->filter.country = cli->country;
		if (whole_graph(&reg, &cli->filter) == 0)
			status = EXIT_NOTHING;
	} else {
		c = net_city(&reg, cli, argv[optind], &status);
		cli_city(&reg, cli, NULL, NULL);
		if (c != CITY_NONE)
			neighbourhood(&reg, c, depth < 0 ? 1 : (unsigned)depth,
			    &cli->filter);
	}
	registry_free(&reg);
	return status;
}
