/*
 * cmd_links.c: listings of links across the whole registry.
 *   twin decade DECADE	links made in a decade
 *   twin suspended	links whose status is suspended
 */
#include <stdio.h>

#include "cli.h"
#include "commands.h"

static const struct option listing_options[] = {
	CLI_SOURCE_OPTIONS,
	CLI_FILTER_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* Load, list what passes cli->filter, sort and print. */
static int
list_links(struct cli *cli)
{
	struct registry reg;
	struct rows rows = { NULL, 0, 0 };
	int status;

	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	cli->filter.country = cli->country;
	query_links(&reg, &cli->filter, &rows);
	rows_sort(&reg, &rows, 0);
	cli_print_links(cli, &reg, &rows);
	status = rows.n > 0 ? EXIT_FOUND : EXIT_NOTHING;
	rows_free(&rows);
	registry_free(&reg);
	return status;
}

int
cmd_decade(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin decade [-H] [-c country] [-f file] [-k kind] [-o format] "
	    "[-s status] decade";
	uint16_t first;
	int r;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    listing_options, usage);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind == argc)
		return cli_usage_error(usage, "decade: expected a decade such "
		    "as 1960 or 1960s");
	if (argc - optind > 1)
		return cli_usage_error(usage, "decade: expected one decade, "
		    "got %d arguments", argc - optind);
	if (!parse_decade(argv[optind], &first))
		return cli_usage_error(usage, "decade: bad decade '%s': expected "
		    "a year ending in 0, such as 1960 or 1960s", argv[optind]);
	cli->filter.year_from = first;
	cli->filter.year_to = (uint16_t)(first + 9);
	return list_links(cli);
}

int
cmd_suspended(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin suspended [-H] [-c country] [-f file] [-k kind] [-o format]";
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ "country", required_argument, NULL, OPT_COUNTRY },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ NULL, 0, NULL, 0 }
	};
	int r;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING "c:k:", longopts,
	    usage);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "suspended: unexpected argument "
		    "'%s'", argv[optind]);
	cli->filter.status_mask = STATUS_BIT(STATUS_SUSPENDED);
	return list_links(cli);
}
