/* cmd_partners.c: twin partners CITY... -- the links of each named city. */
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
    CLI_HELP_FORMAT
    "\nExit status: 0 when a link is listed, 1 when none, 2 on error.\n";

/* Answer one name; *status collects the worst outcome. */
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
}

/* Names from standard input, one a line: many questions, one load. */
static void
answer_stdin(const struct registry *reg, const struct cli *cli,
    struct rows *rows, int *status)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

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
		answer(reg, cli, line, rows, status);
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
	int r, i, status = EXIT_FOUND, failed = 0;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind == argc)
		return cli_usage_error(usage, "partners: expected a city name");
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
	}
	cli_print_links(cli, &reg, &rows);
	if (failed)
		status = EXIT_TROUBLE;
	else if (rows.n == 0)
		status = EXIT_NOTHING;
	cli_city(&reg, cli, NULL, NULL);
	rows_free(&rows);
	registry_free(&reg);
	return status;
}
