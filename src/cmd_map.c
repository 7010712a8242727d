/*
 * cmd_map.c: twin map [CITY...] -- the links on a world map, as an SVG
 * file (map.h): every link that passes the filters, or the named cities'.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "map.h"
#include "netcmd.h"
#include "xalloc.h"

static const char usage[] =
    "twin map [-c country] [-f file] [-k kind] [-O file] [-s status]\n"
    "         [--as-of year] [--between cc,cc] [--max-km km] [--min-km km]\n"
    "         [--projection name] [--since year] [--until year] [city ...]";

static const char help[] =
    "\nDraw the links on a world map, as one SVG file: each link a "
    "great-circle arc\n(active solid, suspended dashed, ended dotted), each "
    "city a dot sized by its\nnumber of partners.  With cities, their links;"
    " without, every link.  A city\nor link shows its name, year and status"
    " under the pointer; a click on a city\npicks out its links.  Cities "
    "need coordinates, from a places file (twin(5));\nlinks without them "
    "are left out, and counted on standard error.\n\n"
    "  twin map -O turku.svg Turku\n\n"
    "  -O, --output FILE     write to FILE rather than standard output\n"
    "      --projection NAME equal-earth (default), equirectangular or "
    "mercator\n"
    "  -c, --country CC      links with either end in this country\n"
    "      --between CC,CC   links between the two countries\n"
    CLI_HELP_LENGTH CLI_HELP_TIME CLI_HELP_PICK CLI_HELP_STATUS CLI_HELP_KIND CLI_HELP_FILE
    "\nExit status: 0 when a link is drawn, 1 when none, 2 on error.\n";

struct map_cmd {
	const char	*output;	/* -O, or NULL */
	int		 projection;
	country_t	 between[2];	/* --between, or COUNTRY_NONE */
};

static int
map_option(void *ctx, int opt, const char *arg)
{
	struct map_cmd *o = ctx;

	switch (opt) {
	case 'O':
		o->output = arg;
		return 1;
	case OPT_PROJECTION:
		o->projection = projection_from_name(arg);
		if (o->projection < 0) {
			cli_error("map: unknown projection '%s': expected %s",
			    arg, PROJECTION_NAMES);
			return -1;
		}
		return 1;
	case OPT_BETWEEN:
		return net_between("map", arg, o->between) ? 1 : -1;
	}
	return 0;
}

/*
 * Write the map to path through a temporary file beside it, renamed
 * into place when whole, so that a reader never sees half a map.
 */
static int
write_file(const struct map *m, const char *path)
{
	char *tmp = xmalloc(strlen(path) + 8);
	mode_t mask;
	FILE *fp;
	int fd, err = 0;
	bool ok;

	sprintf(tmp, "%s.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		cli_error("map: cannot write %s: %s", path, strerror(errno));
		free(tmp);
		return EXIT_TROUBLE;
	}
	/* mkstemp makes it private; a map is as readable as any new file. */
	mask = umask(0);
	umask(mask);
	(void)fchmod(fd, 0666 & ~mask);
	fp = fdopen(fd, "w");
	if (fp == NULL) {
		err = errno;
		close(fd);
	} else {
		ok = map_write(m, fp);
		if (!ok)
			err = errno ? errno : EIO;
		if (fclose(fp) != 0 && err == 0)
			err = errno;
		if (!ok && err == 0)
			err = EIO;
	}
	if (err == 0 && rename(tmp, path) != 0)
		err = errno;
	if (err != 0) {
		cli_error("map: cannot write %s: %s", path, strerror(err));
		unlink(tmp);
	}
	free(tmp);
	return err != 0 ? EXIT_TROUBLE : EXIT_FOUND;
}

/* The links of the cities named in names[0..n), or every link. */
static int
select_links(const struct registry *reg, const struct cli *cli,
    char **names, int n, struct rows *rows)
{
	city_id *cities = xcalloc((size_t)n + 1, sizeof(*cities));
	int i, status = EXIT_FOUND, one;

	for (i = 0; i < n; i++) {
		one = EXIT_FOUND;
		cities[i] = net_city(reg, cli, names[i], &one);
		if (cities[i] == CITY_NONE && (status == EXIT_FOUND ||
		    one == EXIT_TROUBLE))
			status = one;
	}
	if (status == EXIT_FOUND) {
		for (i = 0; i < n; i++)
			query_partners(reg, cities[i], &cli->filter, rows);
		if (n == 0)
			query_links(reg, &cli->filter, rows);
	}
	free(cities);
	return status;
}

int
cmd_map(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		/* CLI_SOURCE_OPTIONS but -o: a map is SVG (and -O is near). */
		{ "file", required_argument, NULL, OPT_FILE },
		{ "delimiter", required_argument, NULL, OPT_DELIMITER },
		{ "encoding", required_argument, NULL, OPT_ENCODING },
		{ "help", no_argument, NULL, OPT_HELP },
		CLI_FILTER_OPTIONS,
		CLI_PICK_OPTIONS,
		{ "between", required_argument, NULL, OPT_BETWEEN },
		CLI_LENGTH_OPTIONS,
		{ "output", required_argument, NULL, 'O' },
		{ "projection", required_argument, NULL, OPT_PROJECTION },
		{ NULL, 0, NULL, 0 }
	};
	struct map_cmd o = { NULL, PROJ_EQUAL_EARTH,
	    { COUNTRY_NONE, COUNTRY_NONE } };
	struct registry reg;
	struct rows rows = { NULL, 0, 0 };
	struct map_options mo;
	struct map m;
	link_id *ids;
	size_t i;
	int r, status;

	r = cli_parse(cli, argc, argv,
	    "f:h" CLI_FILTER_OPTSTRING "O:", longopts, usage,
	    help, map_option, &o);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (cli->format_set)
		return cli_usage_error(usage, "map: it writes SVG only (-O names "
		    "the output file)");
	if (o.between[0] != COUNTRY_NONE && cli->country != COUNTRY_NONE)
		return cli_usage_error(usage, "map: --between and --country "
		    "cannot be combined");
	if (cli_load(cli, &reg) != EXIT_FOUND)
		return EXIT_TROUBLE;
	if (o.between[0] != COUNTRY_NONE) {
		cli->filter.country = o.between[0];
		cli->filter.country2 = o.between[1];
	} else
		cli->filter.country = cli->country;
	status = select_links(&reg, cli, argv + optind, argc - optind, &rows);
	cli_city(&reg, cli, NULL, NULL);
	if (status != EXIT_FOUND) {
		cli_unload(cli, &reg);
		return status;
	}
	ids = xcalloc(rows.n + 1, sizeof(*ids));
	for (i = 0; i < rows.n; i++)
		ids[i] = rows.v[i].link;
	mo.projection = (enum projection)o.projection;
	mo.world = optind == argc;
	mo.status_mask = cli->filter.status_mask;
	mo.as_of = cli->filter.as_of;
	map_prepare(&m, &reg, ids, rows.n, &mo);
	if (m.links_unplaced > 0)
		cli_error("map: %zu link%s and %zu cit%s not drawn: no "
		    "coordinates (a places file gives them)", m.links_unplaced,
		    m.links_unplaced == 1 ? "" : "s", m.cities_unplaced,
		    m.cities_unplaced == 1 ? "y" : "ies");
	if (m.nlinks == 0) {
		if (rows.n == 0)
			cli_error("map: no link to draw");
		status = EXIT_NOTHING;
	} else if (o.output != NULL && strcmp(o.output, "-") != 0)
		status = write_file(&m, o.output);
	else
		map_write(&m, stdout);	/* cli_close_stdout checks it */
	map_free(&m);
	free(ids);
	rows_free(&rows);
	cli_unload(cli, &reg);
	return status;
}
