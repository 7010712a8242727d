/*
 * cmd_stats.c: twin stats -- figures about the registry as a network.
 *
 * For people (-o table, the default on a terminal) a short report with a
 * bar chart of links per decade.  For programs the same figures as data:
 * TSV and CSV rows of metric, item, value (item is empty but for the
 * per-decade and per-city rows); JSON one object.
 */
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <math.h>

#include "cli.h"
#include "commands.h"
#include "graph.h"
#include "lengths.h"
#include "measures.h"
#include "netcmd.h"
#include "network.h"
#include "xalloc.h"

#define TOP_CITIES	10
#define BAR_WIDTH	40

enum { OPT_COUNTS = 300 };

static const char usage[] =
    "twin stats [-H] [-c country] [-f file] [-k kind] [-o format] "
    "[-s status] [--counts]";

static const char help[] =
    "\nFigures about the links that pass the filters (by default every "
    "link, ended\nones too): rows, links (pairs of cities), cities, "
    "countries, links with a\nknown year, suspended and ended links, "
    "links per decade, the ten cities\nwith most partners, connected "
    "components, mean and maximum degree (a city's\ndegree is the number "
    "of distinct cities it is linked to).\n\n"
    "With -o tsv or csv, rows of metric, item and value; with -o json, "
    "one object.  Then the measures of the network and, where the registry "
    "has\nplaces, the lengths of its links; --counts leaves these out, "
    "which on a large\nregistry saves seconds.\n\n"
    "  -c, --country CC      only links with an end in this country\n"
    "  -s, --status LIST     active, suspended, ended, or all (default "
    "all)\n"
    CLI_HELP_KIND CLI_HELP_FILE
    "  -o, --format FORMAT   table, tsv, csv or json\n"
    "  -H, --no-header       leave out the header row of CSV\n"
    "      --counts          only the counts: no network measures or "
    "lengths\n";

struct figures {
	const struct registry	*reg;
	struct net_stats	 s;
	struct measures		 m;	/* of the distinct-link network */
	struct link_lengths	 len;	/* where the registry has places */
	struct city_count	*top;
	size_t			 ntop;
	bool			 counts_only;	/* --counts: no m, no len */
};

static double
share(size_t part, size_t whole)
{
	return whole ? (double)part / (double)whole : 0.0;
}

static double
mean_degree(const struct net_stats *s)
{
	return share(s->degree_sum, s->cities);
}

/* Unicode blocks only for a UTF-8 terminal; '#' anywhere else. */
static bool
use_blocks(void)
{
	const char *cs;

	if (!isatty(STDOUT_FILENO))
		return false;
	setlocale(LC_CTYPE, "");
	cs = nl_langinfo(CODESET);
	return cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
}

static void
bar(size_t count, size_t max, bool blocks)
{
	/* U+2588 full block, then U+2589..U+258F: seven to one eighths. */
	static const char *const eighths[8] = {
		"", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b", "\u258a",
		"\u2589"
	};
	size_t units, i;

	if (blocks) {
		units = (count * BAR_WIDTH * 8 + max / 2) / max;
		if (units == 0 && count > 0)
			units = 1;
		for (i = 0; i < units / 8; i++)
			fputs("\u2588", stdout);
		fputs(eighths[units % 8], stdout);
	} else {
		units = (count * BAR_WIDTH + max / 2) / max;
		if (units == 0 && count > 0)
			units = 1;
		for (i = 0; i < units; i++)
			putchar('#');
	}
}

/* A real figure, or "undefined" where the graph gives it no value. */
static void
print_real(const char *label, double v)
{
	if (isnan(v))
		printf("%-20s%s\n", label, "undefined");
	else
		printf("%-20s%.6f\n", label, v);
}

static void
print_measures(const struct measures *m)
{
	printf("\ndistinct-link network (self-links left out)\n");
	printf("  %-18s%zu\n", "cities", m->nodes);
	printf("  %-18s%zu\n", "links", m->edges);
	print_real("  mean degree", m->mean_degree);
	printf("  %-18s%zu\n", "maximum degree", m->max_degree);
	printf("  %-18s%zu\n", "components", m->components);
	printf("  %-18s%zu\n", "largest component", m->largest);
	if (m->distances_skipped)
		printf("  %-18snot computed: the largest component has over "
		    "%d cities\n", "distances", MEASURES_MAX_DISTANCE_CITIES);
	else {
		printf("  %-18s%zu\n", "diameter", m->diameter);
		print_real("  mean distance", m->mean_distance);
	}
	printf("  %-18s%zu\n", "triangles", m->triangles);
	print_real("  assortativity", m->assortativity);
	print_real("  clustering", m->clustering);
	print_real("  transitivity", m->transitivity);
	print_real("  gini", m->gini);
	if (isnan(m->powerlaw.alpha))
		printf("  %-18s%s\n", "power-law alpha", "undefined");
	else {
		printf("  %-18s%.6f (xmin %u, %zu cities in the tail, "
		    "KS distance %.6f)\n", "power-law alpha", m->powerlaw.alpha,
		    (unsigned)m->powerlaw.xmin, m->powerlaw.tail,
		    m->powerlaw.ks);
	}
}

/* "Turku (FI) - Tianjin (CN)": a link as the report names it. */
static void
link_name(const struct registry *r, link_id id, char *buf, size_t cap)
{
	const struct link *l = &r->links[id];
	const struct city *a = &r->cities[l->city], *b = &r->cities[l->partner];

	snprintf(buf, cap, "%.*s (%s) - %.*s (%s)", (int)a->name_len, city_name(r, a),
	    country_code(a->country), (int)b->name_len, city_name(r, b),
	    country_code(b->country));
}

static void
print_lengths(const struct figures *fg)
{
	const struct link_lengths *k = &fg->len;
	char name[2 * NAME_MAX_BYTES + 32];

	if (fg->reg->places == NULL)
		return;
	printf("\nlink lengths (great-circle km; self-links left out)\n");
	printf("  %-18s%zu of %zu\n", "links placed", k->placed, k->links);
	if (k->placed == 0)
		return;
	printf("  %-18s%.1f\n", "median", k->median);
	printf("  %-18s%.1f\n", "mean", k->mean);
	printf("  %-18s%.1f%%\n", "under 500 km", 100 * k->under_500);
	link_name(fg->reg, k->shortest, name, sizeof(name));
	printf("  %-18s%.1f  %s\n", "shortest", k->shortest_km, name);
	link_name(fg->reg, k->longest, name, sizeof(name));
	printf("  %-18s%.1f  %s\n", "longest", k->longest_km, name);
	if (k->pairs == 0)
		return;
	printf("  random pairs of the %zu placed cities (%zu pairs, seed %u)\n",
	    k->cities, k->pairs, LENGTHS_SEED);
	printf("  %-18s%.1f\n", "  median", k->random_median);
	printf("  %-18s%.1f\n", "  mean", k->random_mean);
}

/* The measures and the link lengths, unless --counts left them out. */
static void
print_network(const struct figures *fg)
{
	if (fg->counts_only)
		return;
	print_measures(&fg->m);
	print_lengths(fg);
}

static void
print_report(const struct figures *fg)
{
	const struct net_stats *s = &fg->s;
	const struct city *c;
	size_t i, max = s->links - s->with_year;
	bool blocks = use_blocks();

	printf("rows                %zu\n", s->rows);
	printf("links               %zu\n", s->links);
	if (s->self_links > 0)
		printf("self-links          %zu\n", s->self_links);
	printf("cities              %zu\n", s->cities);
	printf("countries           %zu\n", s->countries);
	printf("links with a year   %zu (%.1f%%)\n", s->with_year,
	    100 * share(s->with_year, s->links));
	printf("links of no year    %zu\n", s->links - s->with_year);
	printf("suspended links     %zu\n", s->suspended);
	printf("ended links         %zu\n", s->ended);
	printf("components          %zu\n", s->components);
	printf("largest component   %zu cities (%.1f%%)\n", s->largest,
	    100 * share(s->largest, s->cities));
	printf("mean degree         %.2f\n", mean_degree(s));
	printf("maximum degree      %zu", s->max_degree);
	if (s->max_city != CITY_NONE) {
		c = &fg->reg->cities[s->max_city];
		printf(" (%.*s, %s)", (int)c->name_len, city_name(fg->reg, c),
		    country_code(c->country));
	}
	putchar('\n');
	if (s->links == 0) {
		print_network(fg);
		return;
	}
	for (i = 0; i < DECADES; i++)
		if (s->per_decade[i] > max)
			max = s->per_decade[i];
	/* Every decade from the first to the last, empty ones too. */
	printf("\nlinks per decade: made, ended, active at the decade's end\n");
	for (i = s->first_decade; i <= s->last_decade && i < DECADES; i++) {
		printf("  %4zus  %6zu  %6zu  %6zu", i * 10, s->per_decade[i],
		    s->ended_per_decade[i], s->active_at_end[i]);
		if (s->per_decade[i] > 0) {
			fputs("  ", stdout);
			bar(s->per_decade[i], max, blocks);
		}
		putchar('\n');
	}
	if (s->links > s->with_year) {
		printf("  %-7s%6zu  %6s  %6s  ", "unknown",
		    s->links - s->with_year, "", "");
		bar(s->links - s->with_year, max, blocks);
		putchar('\n');
	}
	printf("\nmost partners\n");
	for (i = 0; i < fg->ntop; i++) {
		c = &fg->reg->cities[fg->top[i].city];
		printf("  %6u  %.*s (%s)\n", (unsigned)fg->top[i].partners,
		    (int)c->name_len, city_name(fg->reg, c), country_code(c->country));
	}
	print_network(fg);
}

/* One figure: an integer, or a real number when is_real. */
struct figure {
	const char	*name;
	size_t		 count;
	double		 real;
	bool		 is_real;
	bool		 precise;	/* a measure: 12 decimals, to check */
};

static size_t
scalar_figures(const struct figures *fg, struct figure *f)
{
	const struct net_stats *s = &fg->s;
	const struct measures *m = &fg->m;
	const struct link_lengths *k = &fg->len;
	size_t n = 0;

#define COUNT(nm, v)	f[n++] = (struct figure){ nm, v, 0, false, false }
#define REAL(nm, v)	f[n++] = (struct figure){ nm, 0, v, true, false }
#define MEASURE(nm, v)	f[n++] = (struct figure){ nm, 0, v, true, true }
	COUNT("rows", s->rows);
	COUNT("links", s->links);
	COUNT("self_links", s->self_links);
	COUNT("cities", s->cities);
	COUNT("countries", s->countries);
	COUNT("links_with_year", s->with_year);
	COUNT("links_of_unknown_year", s->links - s->with_year);
	REAL("links_with_year_share", share(s->with_year, s->links));
	COUNT("suspended", s->suspended);
	COUNT("ended", s->ended);
	COUNT("components", s->components);
	COUNT("largest_component", s->largest);
	REAL("largest_component_share", share(s->largest, s->cities));
	REAL("mean_degree", mean_degree(s));
	COUNT("max_degree", s->max_degree);
	if (fg->counts_only)
		return n;
	COUNT("network_cities", m->nodes);
	COUNT("network_links", m->edges);
	MEASURE("network_mean_degree", m->mean_degree);
	COUNT("network_max_degree", m->max_degree);
	COUNT("network_components", m->components);
	COUNT("network_largest_component", m->largest);
	if (m->distances_skipped)
		MEASURE("diameter", NAN);
	else
		COUNT("diameter", m->diameter);
	MEASURE("mean_distance", m->mean_distance);
	COUNT("triangles", m->triangles);
	MEASURE("assortativity", m->assortativity);
	MEASURE("clustering", m->clustering);
	MEASURE("transitivity", m->transitivity);
	MEASURE("gini", m->gini);
	MEASURE("powerlaw_alpha", m->powerlaw.alpha);
	if (isnan(m->powerlaw.alpha))
		MEASURE("powerlaw_xmin", NAN);
	else
		COUNT("powerlaw_xmin", m->powerlaw.xmin);
	COUNT("powerlaw_tail", m->powerlaw.tail);
	MEASURE("powerlaw_ks", m->powerlaw.ks);
	if (fg->reg->places != NULL) {
		COUNT("placed_links", k->placed);
		REAL("median_km", k->median);
		REAL("mean_km", k->mean);
		REAL("share_under_500_km", k->under_500);
		REAL("shortest_km", k->shortest_km);
		REAL("longest_km", k->longest_km);
		COUNT("placed_cities", k->cities);
		COUNT("random_pairs", k->pairs);
		COUNT("random_seed", LENGTHS_SEED);
		REAL("random_median_km", k->random_median);
		REAL("random_mean_km", k->random_mean);
	}
#undef COUNT
#undef REAL
#undef MEASURE
	return n;
}

static void
print_json(const struct figures *fg)
{
	const struct net_stats *s = &fg->s;
	struct figure f[56];
	const struct city *c;
	size_t n, i;
	const char *sep = "";

	n = scalar_figures(fg, f);
	printf("{\n");
	for (i = 0; i < n; i++) {
		if (f[i].is_real && isnan(f[i].real))
			printf("  \"%s\": null,\n", f[i].name);
		else if (f[i].is_real)
			printf("  \"%s\": %.*f,\n", f[i].name,
			    f[i].precise ? 12 : 4, f[i].real);
		else
			printf("  \"%s\": %zu,\n", f[i].name, f[i].count);
	}
	printf("  \"links_per_decade\": [");
	for (i = s->first_decade; i <= s->last_decade && i < DECADES; i++) {
		printf("%s\n    {\"decade\": %zu, \"links\": %zu, \"ended\": %zu, "
		    "\"active_at_end\": %zu}", sep, i * 10, s->per_decade[i],
		    s->ended_per_decade[i], s->active_at_end[i]);
		sep = ",";
	}
	printf("%s],\n  \"most_partners\": [", *sep ? "\n  " : "");
	for (i = 0; i < fg->ntop; i++) {
		c = &fg->reg->cities[fg->top[i].city];
		printf("%s\n    {\"city\": ", i ? "," : "");
		write_json_string(city_name(fg->reg, c), c->name_len, stdout);
		printf(", \"country\": \"%s\", \"partners\": %u}",
		    country_code(c->country), (unsigned)fg->top[i].partners);
	}
	printf("%s]\n}\n", fg->ntop ? "\n  " : "");
}

static void
print_rows(const struct cli *cli, const struct figures *fg)
{
	static const char *const columns[] = { "metric", "item", "value" };
	const struct net_stats *s = &fg->s;
	struct figure f[56];
	struct table t;
	const struct city *c;
	char (*text)[64], (*names)[NAME_MAX_BYTES + 8];
	size_t n, i;

	n = scalar_figures(fg, f);
	text = xcalloc(n, sizeof(*text));
	names = xcalloc(fg->ntop, sizeof(*names));
	table_init(&t, columns, 3);
	for (i = 0; i < n; i++) {
		table_cstr(&t, f[i].name);
		table_text(&t, "", 0);
		if (f[i].is_real && isnan(f[i].real))
			table_cstr(&t, "undefined");
		else if (f[i].is_real) {
			snprintf(text[i], sizeof(text[i]), "%.*f",
			    f[i].precise ? 12 : 4, f[i].real);
			table_cstr(&t, text[i]);
		} else
			table_number(&t, (long long)f[i].count);
	}
	for (i = s->first_decade; i <= s->last_decade && i < DECADES; i++) {
		table_cstr(&t, "links_in_decade");
		table_number(&t, (long long)i * 10);
		table_number(&t, (long long)s->per_decade[i]);
		table_cstr(&t, "ended_in_decade");
		table_number(&t, (long long)i * 10);
		table_number(&t, (long long)s->ended_per_decade[i]);
		table_cstr(&t, "active_at_decade_end");
		table_number(&t, (long long)i * 10);
		table_number(&t, (long long)s->active_at_end[i]);
	}
	for (i = 0; i < fg->ntop; i++) {
		c = &fg->reg->cities[fg->top[i].city];
		snprintf(names[i], sizeof(names[i]), "%.*s (%s)",
		    (int)c->name_len, city_name(fg->reg, c), country_code(c->country));
		table_cstr(&t, "partners_of");
		table_cstr(&t, names[i]);
		table_number(&t, fg->top[i].partners);
	}
	cli_print_table(cli, &t);
	table_free(&t);
	free(text);
	free(names);
}

static int
stats_option(void *ctx, int opt, const char *arg)
{
	struct figures *fg = ctx;

	(void)arg;
	if (opt != OPT_COUNTS)
		return 0;
	fg->counts_only = true;
	return 1;
}

int
cmd_stats(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		CLI_FILTER_OPTIONS,
		{ "counts", no_argument, NULL, OPT_COUNTS },
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	struct figures fg;
	struct link_filter plain;
	struct graph g;
	int r;

	cli->filter.status_mask = ALL_STATUSES;	/* stats counts ended links too */
	memset(&fg, 0, sizeof(fg));
	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING CLI_FILTER_OPTSTRING,
	    longopts, usage, help, stats_option, &fg);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "stats: unexpected argument '%s'",
		    argv[optind]);
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	cli->filter.country = cli->country;
	fg.reg = &reg;
	network_stats(&reg, &cli->filter, &fg.s);
	if (!fg.counts_only) {
		graph_build(&g, &reg, &cli->filter);
		measures_compute(&g, &fg.m);
		graph_free(&g);
		link_lengths(&reg, &cli->filter, &fg.len);
	}
	/* The most-linked cities: of the country when there is one. */
	plain = cli->filter;
	fg.ntop = query_cities(&reg, &plain, cli->country, 1, TOP_CITIES,
	    &fg.top);
	switch (cli_format(cli)) {
	case FORMAT_TABLE:
		print_report(&fg);
		break;
	case FORMAT_JSON:
		print_json(&fg);
		break;
	default:
		print_rows(cli, &fg);
		break;
	}
	free(fg.top);
	cli_unload(cli, &reg);
	return fg.s.links > 0 ? EXIT_FOUND : EXIT_NOTHING;
}
