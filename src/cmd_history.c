/*
 * cmd_history.c: twin history CITY -- a city's links in time order, one
 * line per event: the year a link was made, and the year it was suspended
 * or ended, for a city page's "since 1946" paragraph.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "xalloc.h"

static const char usage[] =
    "twin history [-H] [-c country] [-f file] [-k kind] [-o format] "
    "[--as-of year]\n"
    "             [--exact] [--region region] city";
static const char help[] =
    "\nThe links of a city in time order, one line an event: made, "
    "suspended or\nended, with its year (unknown years last), as rows of "
    "year, event, city,\ncountry, partner, partner_country and kind.  "
    "Ended links are included.\n\n"
    "  -c, --country CC      the city of that name in this country\n"
    CLI_HELP_PICK CLI_HELP_KIND
    "      --as-of YEAR      the events up to the end of YEAR\n"
    CLI_HELP_FILE CLI_HELP_FORMAT
    "\nExit status: 0 when there is an event, 1 when none, 2 on error.\n";

enum event { EVENT_MADE, EVENT_SUSPENDED, EVENT_ENDED };

static const char *const event_names[] = { "made", "suspended", "ended" };

struct happening {
	uint16_t	 year;		/* 0: unknown */
	enum event	 event;
	link_id		 link;
};

/* qsort has no context argument in C11; sorting is not re-entered. */
static const struct registry *sort_reg;
static city_id sort_city;

static int
compare_happenings(const void *pa, const void *pb)
{
	const struct happening *a = pa, *b = pb;
	unsigned ya = a->year ? a->year : 0x10000u, yb = b->year ? b->year :
	    0x10000u;
	int c;

	if (ya != yb)
		return ya < yb ? -1 : 1;
	if (a->event != b->event)
		return a->event < b->event ? -1 : 1;
	c = city_compare(sort_reg, link_other(&sort_reg->links[a->link],
	    sort_city), link_other(&sort_reg->links[b->link], sort_city));
	return c != 0 ? c : (a->link < b->link ? -1 : a->link > b->link);
}

static size_t
collect(const struct registry *reg, city_id c, const struct link_filter *f,
    struct happening **out)
{
	const link_id *ids;
	const struct link *l;
	size_t n, i, k = 0;

	ids = city_links(reg, c, &n);
	*out = xreallocarray(NULL, 2 * n + 1, sizeof(**out));
	for (i = 0; i < n; i++) {
		l = &reg->links[ids[i]];
		if (!(f->kind_mask & KIND_BIT(l->kind)))
			continue;
		if (f->as_of != 0 && (l->year == 0 || l->year > f->as_of))
			continue;
		(*out)[k++] = (struct happening){ l->year, EVENT_MADE, ids[i] };
		if (l->status == STATUS_ACTIVE ||
		    (f->as_of != 0 && (l->ended == 0 || l->ended > f->as_of)))
			continue;
		(*out)[k++] = (struct happening){ l->ended,
		    l->status == STATUS_SUSPENDED ? EVENT_SUSPENDED :
		    EVENT_ENDED, ids[i] };
	}
	sort_reg = reg;
	sort_city = c;
	qsort(*out, k, sizeof(**out), compare_happenings);
	sort_reg = NULL;
	return k;
}

int
cmd_history(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ "country", required_argument, NULL, OPT_COUNTRY },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ "as-of", required_argument, NULL, OPT_AS_OF },
		CLI_PICK_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	static const char *const columns[] = {
		"year", "event", "city", "country", "partner", "partner_country",
		"kind"
	};
	struct registry reg;
	struct happening *h;
	struct table t;
	const struct city *a, *b;
	const struct link *l;
	city_id c;
	size_t n, i;
	int r, status = EXIT_FOUND;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING "c:k:", longopts,
	    usage, help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (argc - optind != 1)
		return cli_usage_error(usage, "history: expected one city name, "
		    "got %d", argc - optind);
	cli->asked = argv + optind;	/* only its rows need an index */
	cli->nasked = 1;
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	c = cli_city(&reg, cli, argv[optind], &status);
	cli_city(&reg, cli, NULL, NULL);
	if (c == CITY_NONE) {
		cli_unload(cli, &reg);
		return status;
	}
	n = collect(&reg, c, &cli->filter, &h);
	table_init(&t, columns, 7);
	a = &reg.cities[c];
	for (i = 0; i < n; i++) {
		l = &reg.links[h[i].link];
		b = &reg.cities[link_other(l, c)];
		if (h[i].year)
			table_number(&t, h[i].year);
		else
			table_null(&t);
		table_cstr(&t, event_names[h[i].event]);
		table_text(&t, city_name(&reg, a), a->name_len);
		table_text(&t, country_code(a->country), 2);
		table_text(&t, city_name(&reg, b), b->name_len);
		table_text(&t, country_code(b->country), 2);
		table_cstr(&t, kind_names[l->kind]);
	}
	cli_print_result(cli, &t);
	table_free(&t);
	free(h);
	cli_unload(cli, &reg);
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}
