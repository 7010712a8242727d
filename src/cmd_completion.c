/*
 * cmd_completion.c: twin completion bash|zsh|fish -- print a completion
 * script; twin completion --cities PREFIX -- the names the scripts offer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "fold.h"
#include "xalloc.h"

/* src/twin.bash, src/twin.zsh and src/twin.fish, compiled in by the build. */
extern const char completion_bash[], completion_zsh[], completion_fish[];
extern const size_t completion_bash_len, completion_zsh_len,
    completion_fish_len;

enum { OPT_CITIES = 256 };

/* A name to offer, and the folded key it is matched and sorted by. */
struct offer {
	const char	*key;
	const char	*name;
};

static int
offer_compare(const void *pa, const void *pb)
{
	const struct offer *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);

	return c != 0 ? c : strcmp(a->name, b->name);
}

/*
 * Print, sorted and each once, the names of cities and their aliases whose
 * folded form starts with the folded prefix: the shell's own matching knows
 * neither case nor accents, so twin does it, and "got" and "Göt" both reach
 * Göteborg and Gothenburg.
 */
static int
print_cities(struct cli *cli, const char *prefix)
{
	struct registry reg;
	struct fold_buf fb = { NULL, 0, 0 };
	struct offer *v;
	size_t n = 0, i, klen;
	const char *key;

	if (!fold_into(&fb, prefix, strlen(prefix))) {
		cli_error("completion: prefix '%s' is not valid UTF-8", prefix);
		fold_buf_free(&fb);
		return EXIT_TROUBLE;
	}
	if (cli_load(cli, &reg) != EXIT_FOUND) {
		fold_buf_free(&fb);
		return EXIT_TROUBLE;
	}
	key = fb.key != NULL ? fb.key : "";
	klen = fb.len;
	v = xreallocarray(NULL, reg.ncities + reg.naliases + 1, sizeof(*v));
	for (i = 0; i < reg.ncities; i++) {
		const struct city *c = &reg.cities[i];

		if (c->key_len >= klen && memcmp(city_key(&reg, c), key, klen) == 0) {
			v[n].key = city_key(&reg, c);
			v[n++].name = city_name(&reg, c);
		}
	}
	for (i = 0; i < reg.naliases; i++) {
		const struct alias *a = &reg.aliases[i];

		if (a->city != CITY_NONE && a->key_len >= klen &&
		    memcmp(a->key, key, klen) == 0) {
			v[n].key = a->key;
			v[n++].name = a->name;
		}
	}
	qsort(v, n, sizeof(*v), offer_compare);
	for (i = 0; i < n; i++)
		if (i == 0 || strcmp(v[i].name, v[i - 1].name) != 0)
			puts(v[i].name);
	free(v);
	fold_buf_free(&fb);
	cli_unload(cli, &reg);
	return n > 0 ? EXIT_FOUND : EXIT_NOTHING;
}

static int
cities_option(void *ctx, int opt, const char *arg)
{
	if (opt != OPT_CITIES)
		return 0;
	*(const char **)ctx = arg;
	return 1;
}

int
cmd_completion(int argc, char **argv, struct cli *cli)
{
	static const char usage[] =
	    "twin completion bash | zsh | fish | --cities prefix";
	static const char help[] =
	    "\nPrint a script that makes bash, zsh or fish complete twin's "
	    "commands,\noptions, file names, and the city and country names "
	    "of the registry.\nLoad it with\n\n"
	    "  source <(twin completion bash)\n"
	    "  source <(twin completion zsh)\n"
	    "  twin completion fish | source\n\n"
	    "or let make install put it where each shell looks.  The scripts "
	    "ask\ntwin completion --cities PREFIX for the names of cities "
	    "and aliases that\nstart with PREFIX, whatever its case and "
	    "accents.\n";
	static const struct option longopts[] = {
		{ "file", required_argument, NULL, OPT_FILE },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "cities", required_argument, NULL, OPT_CITIES },
		{ NULL, 0, NULL, 0 }
	};
	const char *cities = NULL;
	int r;

	r = cli_parse(cli, argc, argv, "f:h", longopts, usage, help,
	    cities_option, &cities);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (cities != NULL) {
		if (optind != argc)
			return cli_usage_error(usage, "completion: unexpected "
			    "argument '%s' after --cities", argv[optind]);
		return print_cities(cli, cities);
	}
	if (optind == argc)
		return cli_usage_error(usage, "completion: expected a shell "
		    "name: bash, zsh or fish");
	if (argc - optind > 1)
		return cli_usage_error(usage, "completion: expected one shell "
		    "name, got %d", argc - optind);
	if (strcmp(argv[optind], "bash") == 0)
		fwrite(completion_bash, 1, completion_bash_len, stdout);
	else if (strcmp(argv[optind], "zsh") == 0)
		fwrite(completion_zsh, 1, completion_zsh_len, stdout);
	else if (strcmp(argv[optind], "fish") == 0)
		fwrite(completion_fish, 1, completion_fish_len, stdout);
	else
		return cli_usage_error(usage, "completion: unknown shell '%s': "
		    "expected bash, zsh or fish", argv[optind]);
	return EXIT_FOUND;
}
