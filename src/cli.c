/* cli.c: option handling, registry loading and messages shared by commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtin.h"
#include "cache.h"
#include "cityname.h"
#include "cli.h"
#include "geojson.h"
#include "place.h"
#include "suggest.h"
#include "load.h"
#include "xalloc.h"

void
cli_init(struct cli *cli)
{
	memset(cli, 0, sizeof(*cli));
	cli->header = true;
	cli->country = COUNTRY_NONE;
	link_filter_init(&cli->filter);
}

static void
drop_snapshot_due(struct cli *cli)
{
	if (cli->snapshot_due != NULL) {
		cache_entry_free(cli->snapshot_due);
		free(cli->snapshot_due);
		cli->snapshot_due = NULL;
	}
}

void
cli_free(struct cli *cli)
{
	free(cli->files);
	cli->files = NULL;
	cli->nfiles = 0;
	drop_snapshot_due(cli);
}

/*
 * Why standard output failed, when it failed before a snapshot was
 * written: writing one sets errno anew (a file of an old snapshot that is
 * gone), and cli_close_stdout() must still tell a reader that went away.
 */
static int stdout_errno;

void
cli_unload(struct cli *cli, struct registry *reg)
{
	if (cli->snapshot_due != NULL) {
		if ((fflush(stdout) != 0 || ferror(stdout)) && stdout_errno == 0)
			stdout_errno = errno;
		/* A snapshot answers every question: the whole index. */
		if (!reg->indexed)
			registry_build_index(reg);
		cache_write(cli->snapshot_due, reg);
		drop_snapshot_due(cli);
	}
	registry_free(reg);
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("twin: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	putc('\n', stderr);
}

int
cli_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;

	fputs("twin: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: %s\n", usage);
	return EXIT_TROUBLE;
}

/*
 * Parse a comma-separated list of words from names into a bit mask.  On a
 * word that is not one of them, *bad and *badlen say which.
 */
static bool
parse_mask(const char *arg, const char *const *names, int n, unsigned *mask,
    const char **bad, int *badlen)
{
	const char *p = arg, *end;
	size_t len;
	int i;

	*mask = 0;
	if (strcmp(arg, "all") == 0) {
		*mask = (1u << n) - 1;
		return true;
	}
	for (;;) {
		end = strchr(p, ',');
		len = end ? (size_t)(end - p) : strlen(p);
		for (i = 0; i < n; i++)
			if (strlen(names[i]) == len && strncmp(p, names[i], len) == 0)
				break;
		if (i == n) {
			*bad = p;
			*badlen = len > 200 ? 200 : (int)len;
			return false;
		}
		*mask |= 1u << i;
		if (end == NULL)
			return true;
		p = end + 1;
	}
}

/* A year from 1 to 9999, for --as-of, --since and --until. */
static int
parse_year_option(struct cli *cli, int opt, const char *arg)
{
	const char *name = opt == OPT_AS_OF ? "--as-of" : opt == OPT_SINCE_YEAR ?
	    "--since" : "--until";
	unsigned long v = 0;
	size_t i;

	for (i = 0; arg[i] != '\0'; i++) {
		if (arg[i] < '0' || arg[i] > '9' || i >= 4) {
			v = 0;
			break;
		}
		v = v * 10 + (unsigned long)(arg[i] - '0');
	}
	if (v == 0) {
		cli_error("bad %s '%s': expected a year from 1 to 9999, such as "
		    "1989", name, arg);
		return -1;
	}
	if (opt == OPT_AS_OF)
		cli->filter.as_of = (uint16_t)v;
	else if (opt == OPT_SINCE_YEAR)
		cli->since = cli->filter.year_from = (uint16_t)v;
	else
		cli->until = cli->filter.year_to = (uint16_t)v;
	return 1;
}

/*
 * --min-km and --max-km: kilometres from 0 to half the earth's
 * circumference, as far as two places can be.
 */
static int
parse_km_option(struct cli *cli, int opt, const char *arg)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (end == arg || *end != '\0' || errno != 0 || !(v >= 0) ||
	    v > 20016) {
		cli_error("bad %s '%s': expected a length in km from 0 to 20016",
		    opt == OPT_MIN_KM ? "--min-km" : "--max-km", arg);
		return -1;
	}
	if (opt == OPT_MIN_KM)
		cli->filter.min_km = v;
	else
		cli->filter.max_km = v;
	return 1;
}

int
cli_common_option(struct cli *cli, int opt, const char *arg)
{
	const char *bad;
	int badlen;

	switch (opt) {
	case OPT_FILE:
		cli->files = xreallocarray(cli->files, cli->nfiles + 1,
		    sizeof(*cli->files));
		cli->files[cli->nfiles++] = arg;
		return 1;
	case OPT_FORMAT:
		if (!format_parse(arg, &cli->format)) {
			char list[128];

			format_list(cli->formats ? cli->formats : FORMATS_ROWS,
			    list, sizeof(list));
			cli_error("unknown format '%s': expected %s", arg, list);
			return -1;
		}
		cli->format_set = true;
		return 1;
	case OPT_NO_HEADER:
		cli->header = false;
		return 1;
	case OPT_COUNTRY:
		cli->country = country_parse(arg, strlen(arg));
		if (cli->country == COUNTRY_NONE) {
			char hint[200];

			country_hint(arg, strlen(arg), hint, sizeof(hint));
			cli_error("unknown country '%s': expected an ISO 3166-1 "
			    "code such as FI or FIN, or a country's name such as "
			    "Finland%s", arg, hint);
			return -1;
		}
		return 1;
	case OPT_REGION:
		cli->region = arg;
		return 1;
	case OPT_NO_CACHE:
		cli->no_cache = true;
		return 1;
	case OPT_DELIMITER:
		/* "tab" and "\t" for a TAB, which is awkward to type. */
		if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0 ||
		    strcmp(arg, "\t") == 0)
			cli->delimiter = '\t';
		else if (strlen(arg) == 1 && (arg[0] == ',' || arg[0] == ';' ||
		    arg[0] == '|' || arg[0] == ':'))
			cli->delimiter = arg[0];
		else {
			cli_error("bad --delimiter '%s': expected one of , ; | : "
			    "or tab", arg);
			return -1;
		}
		return 1;
	case OPT_ENCODING:
		cli->encoding = arg;
		return 1;
	case OPT_AS_OF:
	case OPT_SINCE_YEAR:
	case OPT_UNTIL_YEAR:
		return parse_year_option(cli, opt, arg);
	case OPT_KNOWN_YEARS:
		cli->filter.known_years = true;
		return 1;
	case OPT_EXACT:
		cli->exact = true;
		return 1;
	case OPT_SOURCES:
		cli->sources = true;
		return 1;
	case OPT_DISTANCE:
		cli->distance = true;
		return 1;
	case OPT_MIN_KM:
	case OPT_MAX_KM:
		return parse_km_option(cli, opt, arg);
	case OPT_KIND:
		if (!parse_mask(arg, kind_names, KIND_COUNT,
		    &cli->filter.kind_mask, &bad, &badlen)) {
			cli_error("unknown kind '%.*s': expected twin, partner, "
			    "cooperation, friendship, a comma-separated list of "
			    "them, or all", badlen, bad);
			return -1;
		}
		return 1;
	case OPT_STATUS:
		if (!parse_mask(arg, status_names, STATUS_COUNT,
		    &cli->filter.status_mask, &bad, &badlen)) {
			cli_error("unknown status '%.*s': expected active, "
			    "suspended, ended, a comma-separated list of them, "
			    "or all", badlen, bad);
			return -1;
		}
		return 1;
	default:
		return 0;
	}
}

int
cli_parse(struct cli *cli, int argc, char **argv, const char *optstring,
    const struct option *longopts, const char *usage, const char *help,
    option_fn *own, void *ctx)
{
	char progname[64], *command = argv[0];
	int opt, r = 0;

	/* getopt_long names argv[0] in its messages: make it "twin partners". */
	snprintf(progname, sizeof(progname), "twin %s", command);
	argv[0] = progname;
	optind = 0;	/* glibc: start afresh on this argument vector */
	while ((opt = getopt_long(argc, argv, optstring, longopts, NULL)) != -1) {
		if (opt == OPT_HELP) {
			printf("usage: %s\n%s", usage, help);
			r = 1;
			break;
		}
		r = cli_common_option(cli, opt, optarg);
		if (r == 0 && own != NULL)
			r = own(ctx, opt, optarg);
		if (r < 0)
			break;
		if (r == 0) {
			/* getopt_long has said what is wrong. */
			fprintf(stderr, "usage: %s\n", usage);
			r = -1;
			break;
		}
		r = 0;
	}
	argv[0] = command;
	/* A format this command cannot write, such as -o graphml before it. */
	if (r == 0 && cli->format_set &&
	    !((cli->formats ? cli->formats : FORMATS_ROWS) &
	    FORMAT_BIT(cli->format))) {
		char list[128];

		format_list(cli->formats ? cli->formats : FORMATS_ROWS, list,
		    sizeof(list));
		cli_error("%s: cannot write -o %s: expected %s", command,
		    format_name(cli->format), list);
		r = -1;
	}
	if (r == 0 && cli->filter.min_km > cli->filter.max_km) {
		cli_error("--min-km %g --max-km %g: the range is empty: expected "
		    "--min-km at most --max-km", cli->filter.min_km,
		    cli->filter.max_km);
		r = -1;
	}
	/* An empty range is a mistake, not a question with no answer. */
	if (r == 0 && cli->since != 0 && cli->until != 0 &&
	    cli->since > cli->until) {
		cli_error("--since %u --until %u: the range is empty: expected "
		    "--since at or before --until", (unsigned)cli->since,
		    (unsigned)cli->until);
		r = -1;
	}
	return r;
}

static void
print_problem(void *ctx, const char *file, unsigned long line,
    enum severity sev, const char *msg)
{
	size_t *warnings = ctx;	/* or NULL */

	if (sev == SEVERITY_WARNING && warnings != NULL)
		(*warnings)++;
	if (line > 0)
		cli_error("%s:%lu: %s", file, line, msg);
	else
		cli_error("%s: %s", file, msg);
}

static void
print_place_problem(void *ctx, const char *file, unsigned long line,
    const char *msg)
{
	print_problem(ctx, file, line, SEVERITY_ERROR, msg);
}

/*
 * Index the rows of the cities that the names asked about may name: each
 * city of each name, whichever --country, --region or --exact would pick
 * (cli_city() looks among these, net_city() among all), so that an
 * ambiguous name is listed with the partners of each of its cities.
 */
static void
index_asked(const struct cli *cli, struct registry *reg)
{
	struct city_want want = { COUNTRY_NONE, NULL, false };
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL, *all = NULL;
	size_t cap = 0, n, nall = 0, i;

	for (i = 0; i < cli->nasked; i++) {
		n = cityname_lookup(reg, cli->asked[i], &want, &fb, &ids, &cap);
		if (n == (size_t)-1 || n == 0)
			continue;	/* cli_city() says so */
		all = xreallocarray(all, nall + n, sizeof(*all));
		memcpy(all + nall, ids, n * sizeof(*ids));
		nall += n;
	}
	registry_index_cities(reg, all, nall);
	free(all);
	free(ids);
	fold_buf_free(&fb);
}

/* Build the index and place the cities: the errors found doing so. */
static size_t
finish_registry(const struct cli *cli, struct registry *reg)
{
	if (cli->asked != NULL) {
		registry_settle(reg);
		index_asked(cli, reg);
	} else
		registry_build_index(reg);
	return registry_resolve_places(reg, print_place_problem, NULL);
}

/* The files named in $TWIN_DATA, a colon-separated list like PATH. */
static char *
data_from_env(const char ***files, size_t *n)
{
	const char *env = getenv("TWIN_DATA");
	char *paths, *p, *next;

	if (env == NULL || *env == '\0')
		return NULL;
	paths = xstrdup(env);
	for (p = paths; p != NULL; p = next) {
		next = strchr(p, ':');
		if (next != NULL)
			*next++ = '\0';
		if (*p == '\0')
			continue;
		*files = xreallocarray(*files, *n + 1, sizeof(**files));
		(*files)[(*n)++] = p;
	}
	return paths;
}

static size_t
load_builtin(struct registry *reg, const struct load_options *opt)
{
	size_t errors;

	errors = load_buffer(reg, "twinning.csv (built in)",
	    builtin_twinning_csv, builtin_twinning_csv_len, opt);
	if (errors == 0)
		errors = load_buffer(reg, "aliases.csv (built in)",
		    builtin_aliases_csv, builtin_aliases_csv_len, opt);
	if (errors == 0)
		errors = load_buffer(reg, "places.csv (built in)",
		    builtin_places_csv, builtin_places_csv_len, opt);
	return errors;
}

/* Only alias files were named: there are no links to answer from. */
static void
say_no_link_file(const char **files, size_t n)
{
	size_t i;

	fflush(stdout);
	fputs("twin: no link file was given, only alias or places files (",
	    stderr);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s%s", i > 0 ? ", " : "",
		    strcmp(files[i], "-") == 0 ? "(stdin)" : files[i]);
	fputs("): name a file of links as well\n", stderr);
}

int
cli_load(struct cli *cli, struct registry *reg)
{
	size_t nfiles = 0, i, errors = 0, link_files = 0, warnings = 0;
	struct load_options opt = {
		.report = print_problem, .ctx = &warnings,
		.link_files = &link_files,
		.delimiter = cli->delimiter, .encoding = cli->encoding
	};
	char salt[80];
	struct cache_entry cache;
	const char **files = NULL;
	char *env_paths = NULL;

	registry_init(reg);
	if (cli->nfiles > 0) {
		files = xreallocarray(NULL, cli->nfiles, sizeof(*files));
		for (nfiles = 0; nfiles < cli->nfiles; nfiles++)
			files[nfiles] = cli->files[nfiles];
	} else
		env_paths = data_from_env(&files, &nfiles);
	if (nfiles == 0) {	/* the built-in registry is too small to cache */
		free(files);
		free(env_paths);
		if (load_builtin(reg, &opt) != 0 ||
		    finish_registry(cli, reg) != 0) {
			registry_free(reg);
			return EXIT_TROUBLE;
		}
		return EXIT_FOUND;
	}
	/* How the files are read is part of what a snapshot holds. */
	snprintf(salt, sizeof(salt), "%d:%.70s", cli->delimiter,
	    cli->encoding ? cli->encoding : "");
	if (cli->no_cache)
		memset(&cache, 0, sizeof(cache));	/* no path: none kept */
	else
		cache_lookup(&cache, files, nfiles, salt);
	if (cli->no_cache || !cache_read(&cache, reg)) {
		for (i = 0; i < nfiles && errors == 0; i++)
			errors += load_file(reg, files[i], &opt);
		if (errors == 0 && link_files == 0) {
			say_no_link_file(files, nfiles);
			errors++;
		}
		if (errors == 0)
			errors += finish_registry(cli, reg);
		/*
		 * Written once the question is answered; not after a warning,
		 * which a snapshot would not repeat: the file still deserves
		 * it on the next run.
		 */
		if (errors == 0 && warnings == 0 && cache.path != NULL) {
			drop_snapshot_due(cli);
			cli->snapshot_due = xmalloc(sizeof(cache));
			*cli->snapshot_due = cache;
			memset(&cache, 0, sizeof(cache));	/* moved */
		}
	}
	cache_entry_free(&cache);
	free(files);
	free(env_paths);
	if (errors > 0) {
		registry_free(reg);
		return EXIT_TROUBLE;
	}
	return EXIT_FOUND;
}

/* "; did you mean Turku (FI)?" for a name that matched no city, or "". */
static const char *
city_hint(const struct registry *reg, const char *name)
{
	static char hint[700];
	struct fold_buf fb = { NULL, 0, 0 };
	char form[200];
	city_id near[3];
	size_t n = 0, i, o = 0;

	hint[0] = '\0';
	if (fold_into(&fb, name, strlen(name)) && fb.len > 0)
		n = suggest_cities(reg, fb.key, fb.len, near);
	fold_buf_free(&fb);
	for (i = 0; i < n && o + 220 < sizeof(hint); i++) {
		cityname_form(reg, near[i], form, sizeof(form));
		o += (size_t)snprintf(hint + o, sizeof(hint) - o, "%s%s",
		    i == 0 ? "; did you mean " : i + 1 == n ? " or " : ", ",
		    form);
	}
	if (n > 0)
		snprintf(hint + o, sizeof(hint) - o, "?");
	return hint;
}

/* Say that name is ambiguous, listing each candidate as it can be typed back. */
static void
say_ambiguous(const struct registry *reg, const char *name, const city_id *ids,
    size_t n)
{
	char form[600];
	size_t i, partners, exact = 0;
	city_id exact_city = CITY_NONE;

	cli_error("'%s' is ambiguous: it names %zu cities; name one as listed, "
	    "or pick with --country or --region:", name, n);
	for (i = 0; i < n; i++) {
		cityname_form(reg, ids[i], form, sizeof(form));
		city_links(reg, ids[i], &partners);
		cli_error("  %s\t%zu partner%s", form, partners,
		    partners == 1 ? "" : "s");
		if (cityname_exact(reg, ids[i], name)) {
			exact++;
			exact_city = ids[i];
		}
	}
	if (exact == 1) {
		cityname_form(reg, exact_city, form, sizeof(form));
		cli_error("'%s' is spelled exactly so by %s; --exact picks it",
		    name, form);
	}
}

city_id
cli_city(const struct registry *reg, const struct cli *cli, const char *name,
    int *status)
{
	static struct fold_buf fb;
	static city_id *ids;
	static size_t cap;
	struct city_want want;
	size_t n;

	if (name == NULL) {	/* release the scratch space */
		fold_buf_free(&fb);
		free(ids);
		ids = NULL;
		cap = 0;
		return CITY_NONE;
	}
	want.country = cli->country;
	want.region = cli->region;
	want.exact = cli->exact;
	n = cityname_lookup(reg, name, &want, &fb, &ids, &cap);
	if (n == (size_t)-1) {
		cli_error("city name '%s' is not valid UTF-8", name);
		*status = EXIT_TROUBLE;
		return CITY_NONE;
	}
	if (n == 1)
		return ids[0];
	if (n == 0) {
		if (cli->country != COUNTRY_NONE && cli->region != NULL)
			cli_error("no city named '%s' in %s, %s (%s)", name,
			    cli->region, country_name(cli->country),
			    country_code(cli->country));
		else if (cli->country != COUNTRY_NONE)
			cli_error("no city named '%s' in %s (%s)", name,
			    country_name(cli->country), country_code(cli->country));
		else if (cli->region != NULL)
			cli_error("no city named '%s' in %s", name, cli->region);
		else
			cli_error("no city named '%s'%s", name,
			    city_hint(reg, name));
		*status = EXIT_NOTHING;
		return CITY_NONE;
	}
	say_ambiguous(reg, name, ids, n);
	*status = EXIT_TROUBLE;
	return CITY_NONE;
}

enum format
cli_format(const struct cli *cli)
{
	if (cli->format_set)
		return cli->format;
	return isatty(STDOUT_FILENO) ? FORMAT_TABLE : FORMAT_TSV;
}

void
cli_print_table(const struct cli *cli, const struct table *t)
{
	table_write(t, stdout, cli_format(cli), cli->header);
}

void
cli_print_result(const struct cli *cli, const struct table *t)
{
	enum format f = cli_format(cli);

	/*
	 * An empty listing prints nothing in a table or TSV, but a reader of
	 * CSV or JSON expects a document: the header row, or [].
	 */
	if (table_rows(t) > 0 || f == FORMAT_JSON ||
	    (f == FORMAT_CSV && cli->header))
		cli_print_table(cli, t);
}

void
cli_print_links(const struct cli *cli, const struct registry *reg,
    const struct rows *rows)
{
	struct table t;
	unsigned extra = 0;
	size_t left_out;

	if (reg->has_regions)
		extra |= LINK_REGIONS;
	if (cli->sources)
		extra |= LINK_SOURCES;
	if (cli_format(cli) == FORMAT_JSON ||
	    cli_format(cli) == FORMAT_GEOJSON)
		extra |= LINK_JSON;
	if (reg->has_ended)
		extra |= LINK_ENDED;
	if (reg->places != NULL)
		extra |= LINK_KM;
	if (cli->distance)
		extra |= LINK_DISTANCE;
	table_init_links(&t, extra, cli->filter.as_of);
	table_add_links(&t, reg, rows);
	if (cli_format(cli) == FORMAT_GEOJSON) {
		left_out = geojson_links(reg, &t, rows, stdout);
		if (left_out > 0)
			cli_error("%zu link%s left out of the GeoJSON: a city "
			    "has no coordinates (a places file gives them)",
			    left_out, left_out == 1 ? "" : "s");
	} else
		cli_print_result(cli, &t);
	table_free(&t);
}

int
cli_close_stdout(int status)
{
	int err;

	if (fflush(stdout) != 0 || ferror(stdout)) {
		err = stdout_errno != 0 ? stdout_errno : errno;
		/* A reader that went away (| head -1) is not an error. */
		if (err == EPIPE)
			return status;
		cli_error("write error: %s", strerror(err));
		return EXIT_TROUBLE;
	}
	return status;
}
