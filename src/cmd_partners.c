/* cmd_partners.c: twin partners CITY... -- the links of each named city. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static const char usage[] =
    "twin partners [-H] [-c country] [-f file] [-k kind] [-o format] "
    "[-s status]\n"
    "                     [--exact] [--region region] [--sources] city... | -";
static const char help[] =
    "\nThe links of each city, with the city in the first two columns, "
    "ordered by\nyear (unknown last).  With -, the names are read from "
    "standard input, one a\nline.  A qualifier picks one of several cities "
    "of a name:\n'Córdoba (ES)', 'Portland (US, Oregon)', "
    "'Portland (US-OR)'.\n\n"
    "  -c, --country CC      the city of that name in this country\n"
    CLI_HELP_PICK CLI_HELP_STATUS CLI_HELP_KIND CLI_HELP_SOURCES CLI_HELP_FILE
    CLI_HELP_FORMAT_GEO
    "\nExit status: 0 when every city has a link listed, 1 when some name "
    "names no\ncity or a city has none, 2 on error.\n";

/*
 * Answer one name; *status collects the worst outcome: a name that names
 * no city, or a city with no link to list, makes it EXIT_NOTHING.
 */
static void
answer(const struct registry *reg, const struct cli *cli, const char *name,
    struct rows *rows, int *status)
{
	city_id c = cli_city(reg, cli, name, status);
	size_t from = rows->n;

	if (c == CITY_NONE)
		return;
	query_partners(reg, c, &cli->filter, rows);
	rows_sort(reg, rows, from);
	if (rows->n == from && *status == EXIT_FOUND)
		*status = EXIT_NOTHING;
}

/* Whether the registry is read from standard input: -f -, or in $TWIN_DATA. */
static bool
registry_on_stdin(const struct cli *cli)
{
	const char *env = getenv("TWIN_DATA"), *p;
	size_t i;

	for (i = 0; i < cli->nfiles; i++)
		if (strcmp(cli->files[i], "-") == 0)
			return true;
	if (cli->nfiles > 0 || env == NULL)
		return false;
	for (p = env; *p != '\0'; p += strcspn(p, ":"), p += *p == ':')
		if (p[0] == '-' && (p[1] == ':' || p[1] == '\0'))
			return true;
	return false;
}

/* Names from standard input, one a line: many questions, one load. */
static void
answer_stdin(const struct registry *reg, const struct cli *cli,
    struct rows *rows, int *status)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int one;

	while ((len = getline(&line, &cap, stdin)) != -1) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		if (memchr(line, '\0', (size_t)len) != NULL) {
			cli_error("standard input: NUL byte in a city name");
			*status = EXIT_TROUBLE;
			continue;
		}
		/* The worst outcome of any line: a name that names no city
		 * does not hide an ambiguous one before it. */
		one = EXIT_FOUND;
		answer(reg, cli, line, rows, &one);
		if (one > *status)
			*status = one;
	}
	free(line);
}

int
cmd_partners(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		CLI_PICK_OPTIONS,
		CLI_LINK_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	struct rows rows = { NULL, 0, 0 };
	int r, i, status = EXIT_FOUND, failed = 0, missed = 0;

	cli->formats = FORMATS_GEO;
	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind == argc)
		return cli_usage_error(usage, "partners: expected a city name");
	/* The names are known before loading, unless read from standard
	 * input: only their cities' rows need an index. */
	cli->asked = argv + optind;
	cli->nasked = (size_t)(argc - optind);
	for (i = optind; i < argc; i++)
		if (strcmp(argv[i], "-") == 0) {
			if (registry_on_stdin(cli))
				return cli_usage_error(usage, "partners: the "
				    "registry and the city names cannot both "
				    "be read from standard input (-f - and "
				    "-): name a registry file");
			cli->asked = NULL;
		}
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	for (i = optind; i < argc; i++) {
		int one = EXIT_FOUND;

		if (strcmp(argv[i], "-") == 0)
			answer_stdin(&reg, cli, &rows, &one);
		else
			answer(&reg, cli, argv[i], &rows, &one);
		if (one == EXIT_TROUBLE)
			failed = 1;
		else if (one == EXIT_NOTHING)
			missed = 1;
	}
	cli_print_links(cli, &reg, &rows);
	/* As grep -q would have it: 0 only when every name was answered. */
	if (failed)
		status = EXIT_TROUBLE;
	else if (missed || rows.n == 0)
		status = EXIT_NOTHING;
	cli_city(&reg, cli, NULL, NULL);
	rows_free(&rows);
	cli_unload(cli, &reg);
	return status;
}
