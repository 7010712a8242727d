/*
 * main.c: global options, then the command from a table, as git does it.
 * Each command parses its own options; the global ones (-f, -o, -H) may
 * stand before the command name or after it.
 */
#include <stdbool.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "region.h"

static const struct command commands[] = {
	{ "partners", cmd_partners, "the links of each named city" },
	{ "decade", cmd_decade, "links made in a decade (1960 or 1960s)" },
	{ "suspended", cmd_suspended, "links whose status is suspended" },
	{ "links", cmd_links, "links by year, country, pair of countries, city" },
	{ "cities", cmd_cities, "cities by number of partners" },
	{ "countries", cmd_countries, "countries, or pairs of them, by links" },
	{ "common", cmd_common, "the partners two cities share" },
	{ "path", cmd_path, "a shortest chain of links between two cities" },
	{ "history", cmd_history, "a city's links in time order: made, ended" },
	{ "rank", cmd_rank, "cities by degree, betweenness, closeness, ..." },
	{ "places", cmd_places, "where the cities are; --missing: those unknown" },
	{ "show", cmd_show, "one link with every row that states it" },
	{ "stats", cmd_stats, "figures about the network of links" },
	{ "graph", cmd_graph, "the links as a graph: DOT, GraphML, GEXF, ..." },
	{ "locate", cmd_locate, "a places file for the cities from GeoNames" },
	{ "map", cmd_map, "the links on a world map, as SVG" },
	{ "completion", cmd_completion, "a completion script: bash, zsh or fish" },
	{ "check", cmd_check, "every problem of the registry files" },
	{ "cache", cmd_cache, "where snapshots are kept; --clear removes them" },
	{ "help", NULL, "this help, or the help of a command" },
};
#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static const char usage[] =
    "twin [-HhV] [-f file] [-o format] command [argument ...]";

static void
print_help(void)
{
	size_t i;

	printf("usage: %s\n\nQuery a registry of town twinning links.\n\n"
	    "commands:\n", usage);
	for (i = 0; i < NCOMMANDS; i++)
		printf("  %-12s%s\n", commands[i].name, commands[i].summary);
	printf("\noptions:\n"
	    "  -f, --file FILE      read this registry, alias or places file "
	    "(repeatable)\n"
	    "  -o, --format FORMAT  table, tsv, csv or json (and a command's "
	    "own)\n"
	    "  -H, --no-header      leave out the header row\n"
	    "  -h, --help           show this help ('twin help COMMAND' for "
	    "a command)\n"
	    "  -V, --version        show the version\n"
	    "\nSee twin(1) and twin(5).\n");
}

static const struct command *
find_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(name, commands[i].name) == 0)
			return &commands[i];
	return NULL;
}

/*
 * twin help [COMMAND], twin -h [COMMAND]: the general help, or the text of
 * twin COMMAND -h, so that each help is written once.
 */
static int
help(const char *name, struct cli *cli)
{
	const struct command *cmd;
	char *argv[3];

	if (name == NULL || strcmp(name, "help") == 0) {
		print_help();
		return EXIT_FOUND;
	}
	cmd = find_command(name);
	if (cmd == NULL)
		return cli_usage_error("twin help [command]", "help: unknown "
		    "command '%s' (twin --help lists the commands)", name);
	argv[0] = (char *)cmd->name;
	argv[1] = (char *)"-h";
	argv[2] = NULL;
	return cmd->run(2, argv, cli);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	const struct command *cmd = NULL;
	int opt, status;
	bool want_help = false;

	static char progname[] = "twin";

#ifdef M_MMAP_THRESHOLD
	/*
	 * Large tables are mapped and unmapped on their own, whatever was
	 * freed before: glibc otherwise raises the threshold to the largest
	 * block freed, and the index's temporaries then come from the heap
	 * and stay resident there once freed (16 MB at a million rows).
	 */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif

	/* Messages say "twin:" however the program was invoked. */
	argv[0] = progname;
	cli_init(&cli);
	/* "+": stop at the command name; its options are its own. */
	while ((opt = getopt_long(argc, argv, "+" CLI_SOURCE_OPTSTRING "V",
	    longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {	/* twin -h partners: that command's */
			want_help = true;
			continue;
		}
		if (opt == OPT_VERSION) {
			printf("twin %s\n", TWIN_VERSION);
			return cli_close_stdout(EXIT_FOUND);
		}
		if (cli_common_option(&cli, opt, optarg) != 1) {
			if (opt == '?')
				fprintf(stderr, "usage: %s\n", usage);
			cli_free(&cli);
			return EXIT_TROUBLE;
		}
	}
	if (want_help || (optind < argc && strcmp(argv[optind], "help") == 0)) {
		if (!want_help)
			optind++;
		if (argc - optind > 1) {
			cli_free(&cli);
			return cli_usage_error("twin help [command]", "help: "
			    "expected one command name, got %d", argc - optind);
		}
		status = help(optind < argc ? argv[optind] : NULL, &cli);
		cli_free(&cli);
		return cli_close_stdout(status);
	}
	if (optind == argc) {
		cli_free(&cli);
		return cli_usage_error(usage, "expected a command (twin --help "
		    "lists them)");
	}
	cmd = find_command(argv[optind]);
	if (cmd == NULL) {
		cli_usage_error(usage, "unknown command '%s' (twin --help lists "
		    "the commands)", argv[optind]);
		cli_free(&cli);
		return EXIT_TROUBLE;
	}
	status = cmd->run(argc - optind, argv + optind, &cli);
	cli_free(&cli);
	country_cleanup();
	region_cleanup();
	return cli_close_stdout(status);
}
