/*
 * cmd_cache.c: twin cache [--clear] -- where the snapshots are, how many
 * and how big, and a way to remove them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "commands.h"

static const char usage[] = "twin cache [-H] [-o format] [--clear]";
static const char help[] =
    "\nWhere twin keeps snapshots of the registries it has read, how many "
    "there are\nand how many bytes they take; with --clear, remove them "
    "(and nothing else).\nSnapshots unused for 30 days, or whose files "
    "are gone, are dropped as new\nones are written, and the directory "
    "is kept under 256 MiB.\n\n"
    "      --clear           remove the snapshots\n"
    CLI_HELP_FORMAT
    "\nExit status: 0, or 1 when snapshots are off, 2 on error.\n";

enum { OPT_CLEAR = 256 };

static int
clear_option(void *ctx, int opt, const char *arg)
{
	(void)arg;
	if (opt != OPT_CLEAR)
		return 0;
	*(bool *)ctx = true;
	return 1;
}

int
cmd_cache(int argc, char **argv, struct cli *cli)
{
	static const struct option longopts[] = {
		{ "clear", no_argument, NULL, OPT_CLEAR },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "no-header", no_argument, NULL, OPT_NO_HEADER },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const columns[] = {
		"directory", "snapshots", "bytes"
	};
	struct cache_usage u;
	struct table t;
	const char *why;
	bool clear = false;
	char *dir;
	int r;

	r = cli_parse(cli, argc, argv, "o:Hh", longopts, usage, help,
	    clear_option, &clear);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind != argc)
		return cli_usage_error(usage, "cache: unexpected argument '%s'",
		    argv[optind]);
	if ((dir = cache_directory(geteuid(), false, &why)) == NULL) {
		if (why != NULL)
			cli_error("cache directory: %s, so snapshots are off "
			    "(see TWIN_CACHE in twin(1))", why);
		else
			cli_error("snapshots are off (TWIN_CACHE=off, or no "
			    "cache directory yet)");
		return EXIT_NOTHING;
	}
	cache_usage(dir, clear, &u);
	table_init(&t, columns, 3);
	table_cstr(&t, dir);
	table_number(&t, (long long)u.snapshots);
	table_number(&t, (long long)u.bytes);
	cli_print_table(cli, &t);
	table_free(&t);
	free(dir);
	return EXIT_FOUND;
}
