/*
 * cli.h: what the commands share: the options common to link listings,
 * loading the registry the user asked for, naming cities, and messages.
 */
#ifndef TWIN_CLI_H
#define TWIN_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdint.h>

struct cache_entry;

#include "output.h"
#include "query.h"
#include "registry.h"

#define TWIN_VERSION "0.1.0"

/* Exit statuses, as grep(1) has them. */
#define EXIT_FOUND	0
#define EXIT_NOTHING	1
#define EXIT_TROUBLE	2

struct cli {
	const char		**files;	/* -f FILE, in order */
	size_t			 nfiles;
	enum format		 format;
	bool			 format_set;
	unsigned		 formats;	/* what -o may name; 0: FORMATS_ROWS */
	bool			 header;	/* false after -H */
	country_t		 country;	/* --country, or COUNTRY_NONE */
	const char		*region;	/* --region, or NULL */
	bool			 exact;		/* --exact */
	bool			 sources;	/* --sources: show source and note */
	bool			 distance;	/* --distance: show each link's km */
	char			 delimiter;	/* --delimiter, or 0 */
	uint16_t		 since, until;	/* --since, --until; 0: none */
	const char		*encoding;	/* --encoding, or NULL */
	bool			 no_cache;	/* --no-cache */
	struct link_filter	 filter;	/* --status, --kind */
	struct cache_entry	*snapshot_due;	/* to write once answered */
	/* The names a command asks about, when it answers for their cities
	 * alone (partners, show, history): a registry loaded from its files
	 * is then indexed for those cities' rows only
	 * (registry_index_cities()). */
	char			**asked;
	size_t			 nasked;
};

/* getopt_long codes of the options every command that lists links takes. */
enum {
	OPT_COUNTRY = 'c',
	OPT_FILE = 'f',
	OPT_NO_HEADER = 'H',
	OPT_HELP = 'h',
	OPT_KIND = 'k',
	OPT_FORMAT = 'o',
	OPT_STATUS = 's',
	OPT_VERSION = 'V',
	/* long options only; the commands' own start at 256 (netcmd.h) */
	OPT_REGION = 400,
	OPT_NO_CACHE,
	OPT_EXACT,
	OPT_SOURCES,
	OPT_DELIMITER,
	OPT_ENCODING,
	OPT_AS_OF,
	OPT_KNOWN_YEARS,
	OPT_SINCE_YEAR,
	OPT_UNTIL_YEAR,
	OPT_DISTANCE,
	OPT_MIN_KM,
	OPT_MAX_KM
};

#define CLI_SOURCE_OPTIONS \
	{ "file", required_argument, NULL, OPT_FILE }, \
	{ "delimiter", required_argument, NULL, OPT_DELIMITER }, \
	{ "encoding", required_argument, NULL, OPT_ENCODING }, \
	{ "format", required_argument, NULL, OPT_FORMAT }, \
	{ "no-header", no_argument, NULL, OPT_NO_HEADER }, \
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE }, \
	{ "help", no_argument, NULL, OPT_HELP }
#define CLI_SOURCE_OPTSTRING "f:o:Hh"

/* Time: the registry as it stood in a year, and the years links were made. */
#define CLI_TIME_OPTIONS \
	{ "as-of", required_argument, NULL, OPT_AS_OF }, \
	{ "known-years", no_argument, NULL, OPT_KNOWN_YEARS }, \
	{ "since", required_argument, NULL, OPT_SINCE_YEAR }, \
	{ "until", required_argument, NULL, OPT_UNTIL_YEAR }

#define CLI_FILTER_OPTIONS \
	{ "country", required_argument, NULL, OPT_COUNTRY }, \
	{ "kind", required_argument, NULL, OPT_KIND }, \
	{ "status", required_argument, NULL, OPT_STATUS }, \
	CLI_TIME_OPTIONS

/* Commands that name cities: picking among cities of one name. */
#define CLI_PICK_OPTIONS \
	{ "exact", no_argument, NULL, OPT_EXACT }, \
	{ "region", required_argument, NULL, OPT_REGION }

/* Commands that print link rows. */
#define CLI_LINK_OPTIONS \
	{ "sources", no_argument, NULL, OPT_SOURCES }, \
	CLI_LENGTH_OPTIONS, \
	{ "distance", no_argument, NULL, OPT_DISTANCE }

/* Links by length, which places files give (place.h). */
#define CLI_LENGTH_OPTIONS \
	{ "min-km", required_argument, NULL, OPT_MIN_KM }, \
	{ "max-km", required_argument, NULL, OPT_MAX_KM }
#define CLI_FILTER_OPTSTRING "c:k:s:"

/* Lines of the commands' -h texts, shared so that they say the same. */
#define CLI_HELP_STATUS \
	"  -s, --status LIST     active, suspended, ended, or all " \
	"(default active,suspended)\n"
#define CLI_HELP_KIND \
	"  -k, --kind LIST       twin, partner, cooperation, friendship, or all\n"
#define CLI_HELP_PICK \
	"      --region REGION   the city of that name in this region\n" \
	"      --exact           the city spelled exactly as given\n"
#define CLI_HELP_TIME \
	"      --as-of YEAR      the links as they stood at the end of YEAR\n" \
	"      --since YEAR      links made in YEAR or later (1..9999)\n" \
	"      --until YEAR      links made in YEAR or earlier (1..9999)\n" \
	"      --known-years     leave out links of unknown year\n"
#define CLI_HELP_SOURCES \
	"      --sources         add the source and note of each link\n" \
	"      --distance        add each link's length in km (from places " \
	"files)\n" CLI_HELP_LENGTH
#define CLI_HELP_LENGTH \
	"      --min-km KM       links at least KM long (great-circle)\n" \
	"      --max-km KM       links at most KM long\n"
#define CLI_HELP_FILE \
	"  -f, --file FILE       read this registry (repeatable)\n" \
	"      --delimiter C     its fields are separated by C (, ; or tab)\n" \
	"      --encoding NAME   its encoding, such as CP1252 (any iconv name)\n" \
	"      --no-cache        read it: neither use nor keep a snapshot\n"
#define CLI_HELP_FORMAT \
	"  -o, --format FORMAT   table, tsv, csv or json\n" \
	"  -H, --no-header       leave out the header row\n"
/* Commands whose rows have places: GeoJSON too. */
#define CLI_HELP_FORMAT_GEO \
	"  -o, --format FORMAT   table, tsv, csv, json or geojson\n" \
	"  -H, --no-header       leave out the header row\n"

/* A command: argv[0] is its name; options follow in any order. */
struct command {
	const char	*name;
	int		(*run)(int argc, char **argv, struct cli *);
	const char	*summary;
};

void	cli_init(struct cli *);
void	cli_free(struct cli *);

/*
 * Handle an option of CLI_SOURCE_OPTIONS or CLI_FILTER_OPTIONS.  Returns 1
 * when handled, 0 when the option is not one of them, and -1 after
 * printing why its argument is wrong.
 */
int	cli_common_option(struct cli *, int opt, const char *arg);

/* Handle a command's own option: 1 handled, 0 unknown, -1 bad (said why). */
typedef int option_fn(void *ctx, int opt, const char *arg);

/*
 * Parse a command's options: the common ones into cli, the others through
 * own (which may be NULL).  -h prints usage and help.  Returns 0, 1 after
 * help, or -1 after an error message.
 */
int	cli_parse(struct cli *, int argc, char **argv, const char *optstring,
	    const struct option *, const char *usage, const char *help,
	    option_fn *own, void *ctx);

/* Print "twin: ..." and a newline on standard error. */
void	cli_error(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* Print a usage error and the command's synopsis; returns EXIT_TROUBLE. */
int	cli_usage_error(const char *usage, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/*
 * Load what -f named, else the files in $TWIN_DATA, else the built-in
 * registry, and index it.  Returns EXIT_FOUND or EXIT_TROUBLE.
 */
int	cli_load(struct cli *, struct registry *);

/*
 * Done with what cli_load() loaded: write the snapshot of the files if
 * one is due, after the answer (stdout is flushed first, so that whoever
 * reads it need not wait for the snapshot), then free the registry.
 */
void	cli_unload(struct cli *, struct registry *);

/*
 * The city a user's name means.  When there is none, or several in
 * different countries, says so on standard error and returns CITY_NONE
 * with *status set to EXIT_NOTHING or EXIT_TROUBLE.
 */
city_id	cli_city(const struct registry *, const struct cli *, const char *name,
	    int *status);

/* The format to write: -o, else a table on a terminal and TSV elsewhere. */
enum format cli_format(const struct cli *);

/* Write link rows in the chosen format. */
void	cli_print_links(const struct cli *, const struct registry *,
	    const struct rows *);

/*
 * The same for a listing: an empty one prints nothing as a table or TSV,
 * the header row as CSV (unless -H), and [] as JSON.
 */
void	cli_print_result(const struct cli *, const struct table *);

/* Write a table in the chosen format. */
void	cli_print_table(const struct cli *, const struct table *);

/* Flush standard output; a write error becomes EXIT_TROUBLE. */
int	cli_close_stdout(int status);

#endif
