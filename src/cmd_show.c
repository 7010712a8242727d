/*
 * cmd_show.c: twin show CITY PARTNER -- one link with every row that
 * states it: where (file and line) and what each says (year, status,
 * kind, source, note), for a keeper checking a fact or a journalist
 * citing one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "netcmd.h"

static const char usage[] =
    "twin show [-H] [-c country] [-f file] [-o format] [--region region] "
    "[--exact]\n"
    "          [--as-of year] city partner";
static const char help[] =
    "\nThe link between two cities with every row that states it, one line "
    "a row:\nthe cities as that row names them, its year, status and kind, "
    "the file and\nline, its source and note.  The link is shown whatever "
    "its status.  With -o\njson, the link as one object with its "
    "statements in \"sources\".\n\n"
    "  -c, --country CC      pick among same-named cities in several "
    "countries\n"
    CLI_HELP_PICK
    "      --as-of YEAR      only if the link had been made by the end of "
    "YEAR\n"
    CLI_HELP_FILE CLI_HELP_FORMAT_GEO
    "\nExit status: 0 when the two are linked, 1 when not, 2 on error.\n";

static const char *const plain_columns[] = {
	"city", "country", "partner", "partner_country", "year", "status",
	"kind", "file", "line", "source", "note"
};
static const char *const region_columns[] = {
	"city", "country", "partner", "partner_country", "year", "status",
	"kind", "region", "partner_region", "file", "line", "source", "note"
};

/* One row for each statement of link l, oriented as the row was written. */
static void
print_statements(const struct cli *cli, const struct registry *reg,
    const struct link *l)
{
	const struct statement *st = link_statements(reg, l);
	const struct city *a, *b;
	struct table t;
	uint32_t i;

	if (reg->has_regions)
		table_init(&t, region_columns, 13);
	else
		table_init(&t, plain_columns, 11);
	for (i = 0; i < link_nstmts(reg, l); i++, st++) {
		a = &reg->cities[st->reversed ? l->partner : l->city];
		b = &reg->cities[st->reversed ? l->city : l->partner];
		table_text(&t, city_name(reg, a), a->name_len);
		table_text(&t, country_code(a->country), 2);
		table_text(&t, city_name(reg, b), b->name_len);
		table_text(&t, country_code(b->country), 2);
		if (st->year)
			table_number(&t, st->year);
		else
			table_null(&t);
		table_cstr(&t, status_names[st->status]);
		table_cstr(&t, kind_names[st->kind]);
		if (reg->has_regions) {
			table_region(&t, reg, a->region);
			table_region(&t, reg, b->region);
		}
		table_cstr(&t, reg->files[st->file]);
		table_number(&t, st->line);
		table_text_or_null(&t, registry_text(reg, st->source));
		table_text_or_null(&t, registry_text(reg, st->note));
	}
	cli_print_result(cli, &t);
	table_free(&t);
}

int
cmd_show(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ "country", required_argument, NULL, OPT_COUNTRY },
		{ "exact", no_argument, NULL, OPT_EXACT },
		{ "region", required_argument, NULL, OPT_REGION },
		{ "as-of", required_argument, NULL, OPT_AS_OF },
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	struct rows rows = { NULL, 0, 0 };
	const link_id *ids;
	city_id a, b;
	size_t n, i;
	int r, status = EXIT_FOUND;

	cli->formats = FORMATS_GEO;
	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING "c:", longopts,
	    usage, help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (argc - optind != 2)
		return cli_usage_error(usage, "show: expected two city names, "
		    "got %d", argc - optind);
	cli->asked = argv + optind;	/* only their rows need an index */
	cli->nasked = 2;
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	a = net_city(&reg, cli, argv[optind], &status);
	b = net_city(&reg, cli, argv[optind + 1], &status);
	cli_city(&reg, cli, NULL, NULL);
	if (a == CITY_NONE || b == CITY_NONE) {
		cli_unload(cli, &reg);
		return status == EXIT_FOUND ? EXIT_TROUBLE : status;
	}
	ids = city_links(&reg, a, &n);
	for (i = 0; i < n; i++)
		if (link_other(&reg.links[ids[i]], a) == b)
			break;
	/* As of a year: the link if it had been made by then. */
	if (i < n && cli->filter.as_of != 0 &&
	    reg.links[ids[i]].year > cli->filter.as_of) {
		cli_error("%s (%s) and %s (%s) were not linked in %u: their link "
		    "was made in %u", city_name(&reg, &reg.cities[a]),
		    country_code(reg.cities[a].country),
		    city_name(&reg, &reg.cities[b]),
		    country_code(reg.cities[b].country),
		    (unsigned)cli->filter.as_of, (unsigned)reg.links[ids[i]].year);
		cli_unload(cli, &reg);
		return EXIT_NOTHING;
	}
	if (i == n) {
		cli_error("%s (%s) and %s (%s) are not linked",
		    city_name(&reg, &reg.cities[a]),
		    country_code(reg.cities[a].country),
		    city_name(&reg, &reg.cities[b]),
		    country_code(reg.cities[b].country));
		cli_unload(cli, &reg);
		return EXIT_NOTHING;
	}
	if (cli_format(cli) == FORMAT_JSON ||
	    cli_format(cli) == FORMAT_GEOJSON) {
		/* JSON has the statements in the link object already. */
		rows_push(&rows, ids[i], a, b);
		cli_print_links(cli, &reg, &rows);
		rows_free(&rows);
	} else
		print_statements(cli, &reg, &reg.links[ids[i]]);
	cli_unload(cli, &reg);
	return status;
}
