/*
 * cmd_check.c: twin check [file ...] -- every problem of a registry.
 *
 * The files are loaded with keep_going, so the loader reports every bad
 * row instead of stopping at the first; what loaded is then indexed and
 * checked for warnings.  The report is the output: one line a problem,
 * in file and line order, then a summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtin.h"
#include "check.h"
#include "place.h"
#include "cli.h"
#include "commands.h"
#include "load.h"
#include "xalloc.h"

static const char usage[] =
    "twin check [-H] [-f file] [-o format] [file ...]";
static const char help[] =
    "\nReport every problem of the registry and alias files, one a line\n"
    "(FILE:LINE: error: ... or FILE:LINE: warning: ...), then a summary.\n"
    "Errors are rows that cannot be read; warnings are links written twice\n"
    "or with conflicting facts, links from a city to itself, implausible\n"
    "years, one city spelled two ways, stray spaces, and aliases that lead\n"
    "nowhere.  With -o, a table of file, line, severity and message.\n"
    "Exit status: 0 no problem, 1 only warnings, 2 errors.\n";

struct problem {
	char		*file;
	char		*message;
	unsigned long	 line;
	size_t		 file_order;	/* files in the order they were named */
	size_t		 seq;		/* order of reporting, to keep sorting stable */
	enum severity	 severity;
};

struct report {
	struct registry	*reg;
	struct problem	*v;
	size_t		 n, cap;
	size_t		 errors, warnings;
	size_t		 file_order;	/* of the file being loaded */
	size_t		*order_of;	/* registry file index -> file order */
	size_t		 norder;
	bool		 checking;	/* past loading */
};

static void
collect(void *ctx, const char *file, unsigned long line, enum severity sev,
    const char *message)
{
	struct report *rep = ctx;
	struct problem *p;
	size_t order = rep->file_order, i;

	if (rep->checking)
		for (i = 0; i < rep->reg->nfiles && i < rep->norder; i++)
			if (rep->reg->files[i] == file)
				order = rep->order_of[i];
	grow_array((void **)&rep->v, &rep->cap, rep->n + 1, sizeof(*rep->v));
	p = &rep->v[rep->n];
	p->file = xstrdup(file);
	p->message = xstrdup(message);
	p->line = line;
	p->file_order = order;
	p->seq = rep->n++;
	p->severity = sev;
	if (sev == SEVERITY_ERROR)
		rep->errors++;
	else if (sev == SEVERITY_WARNING)
		rep->warnings++;
}

static int
compare_problems(const void *pa, const void *pb)
{
	const struct problem *a = pa, *b = pb;

	if (a->file_order != b->file_order)
		return a->file_order < b->file_order ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Note which file order the files just added to the registry have. */
static void
note_files(struct report *rep)
{
	while (rep->norder < rep->reg->nfiles) {
		rep->order_of = xreallocarray(rep->order_of, rep->norder + 1,
		    sizeof(*rep->order_of));
		rep->order_of[rep->norder++] = rep->file_order;
	}
	rep->file_order++;
}

static void
load_path(struct report *rep, const char *path, const struct load_options *opt)
{
	load_file(rep->reg, path, opt);
	note_files(rep);
}

/* The files named, else those of $TWIN_DATA, else the built-in registry. */
static void
load_all(struct report *rep, struct cli *cli, char **args, int nargs)
{
	struct load_options opt = {
		.report = collect, .ctx = rep, .keep_going = true,
		.keep_spaces = true, .notes = true, .delimiter = cli->delimiter,
		.encoding = cli->encoding
	};
	const char *env = getenv("TWIN_DATA");
	char *paths, *p, *next;
	size_t i;
	int j;

	if (cli->nfiles > 0 || nargs > 0) {
		for (i = 0; i < cli->nfiles; i++)
			load_path(rep, cli->files[i], &opt);
		for (j = 0; j < nargs; j++)
			load_path(rep, args[j], &opt);
	} else if (env != NULL && *env != '\0') {
		paths = xstrdup(env);
		for (p = paths; p != NULL; p = next) {
			next = strchr(p, ':');
			if (next != NULL)
				*next++ = '\0';
			if (*p != '\0')
				load_path(rep, p, &opt);
		}
		free(paths);
	} else {
		load_buffer(rep->reg, "twinning.csv (built in)",
		    builtin_twinning_csv, builtin_twinning_csv_len, &opt);
		note_files(rep);
		load_buffer(rep->reg, "aliases.csv (built in)",
		    builtin_aliases_csv, builtin_aliases_csv_len, &opt);
		note_files(rep);
		load_buffer(rep->reg, "places.csv (built in)",
		    builtin_places_csv, builtin_places_csv_len, &opt);
		note_files(rep);
	}
}

static void
collect_place_error(void *ctx, const char *file, unsigned long line,
    const char *msg)
{
	collect(ctx, file, line, SEVERITY_ERROR, msg);
}

static unsigned
this_year(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (now == (time_t)-1 || gmtime_r(&now, &tm) == NULL)
		return 9999;
	return (unsigned)tm.tm_year + 1900;
}

/* n with commas between groups of three digits, and the noun, plural when due. */
static void
print_count(FILE *fp, size_t n, const char *noun)
{
	char digits[32], out[48];
	size_t len, i, o = 0;

	len = (size_t)snprintf(digits, sizeof(digits), "%zu", n);
	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
	fprintf(fp, "%s %s%s", out, noun, n == 1 ? "" : "s");
}

static const char *
severity_name(enum severity sev)
{
	return sev == SEVERITY_ERROR ? "error" : sev == SEVERITY_WARNING ?
	    "warning" : "note";
}

static void
print_summary(FILE *fp, const struct report *rep)
{
	fputs("twin check: ", fp);
	print_count(fp, rep->errors, "error");
	fputs(", ", fp);
	print_count(fp, rep->warnings, "warning");
	fputs(" in ", fp);
	print_count(fp, rep->reg->nlinks, "link");
	fputc('\n', fp);
}

static void
print_text(const struct report *rep)
{
	const struct problem *p;
	const char *sev;
	size_t i;

	for (i = 0; i < rep->n; i++) {
		p = &rep->v[i];
		sev = severity_name(p->severity);
		if (p->line > 0)
			printf("%s:%lu: %s: %s\n", p->file, p->line, sev,
			    p->message);
		else
			printf("%s: %s: %s\n", p->file, sev, p->message);
	}
	print_summary(stdout, rep);
}

static void
print_formatted(const struct cli *cli, const struct report *rep)
{
	static const char *const columns[] = {
		"file", "line", "severity", "message"
	};
	const struct problem *p;
	struct table t;
	size_t i;

	table_init(&t, columns, 4);
	for (i = 0; i < rep->n; i++) {
		p = &rep->v[i];
		table_cstr(&t, p->file);
		if (p->line > 0)
			table_number(&t, (long long)p->line);
		else
			table_null(&t);
		table_cstr(&t, severity_name(p->severity));
		table_cstr(&t, p->message);
	}
	cli_print_table(cli, &t);
	table_free(&t);
	fflush(stdout);
	print_summary(stderr, rep);
}

int
cmd_check(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		CLI_SOURCE_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct registry reg;
	struct report rep;
	struct check_options copt;
	size_t i;
	int r, status;

	r = cli_parse(cli, argc, argv, CLI_SOURCE_OPTSTRING, longopts, usage,
	    help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	memset(&rep, 0, sizeof(rep));
	registry_init(&reg);
	rep.reg = &reg;
	load_all(&rep, cli, argv + optind, argc - optind);
	registry_build_index(&reg);
	rep.checking = true;
	registry_resolve_places(&reg, collect_place_error, &rep);
	copt.report = collect;
	copt.ctx = &rep;
	copt.this_year = this_year();
	check_registry(&reg, &copt);
	if (rep.n > 1)	/* rep.v is NULL when there is nothing to sort */
		qsort(rep.v, rep.n, sizeof(*rep.v), compare_problems);
	if (cli->format_set)
		print_formatted(cli, &rep);
	else
		print_text(&rep);
	status = rep.errors > 0 ? EXIT_TROUBLE :
	    rep.warnings > 0 ? EXIT_NOTHING : EXIT_FOUND;
	for (i = 0; i < rep.n; i++) {
		free(rep.v[i].file);
		free(rep.v[i].message);
	}
	free(rep.v);
	free(rep.order_of);
	registry_free(&reg);
	return status;
}
