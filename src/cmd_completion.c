/* cmd_completion.c: twin completion bash -- print a completion script. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "netcmd.h"

/* src/twin.bash, compiled in by the build. */
extern const char completion_bash[];
extern const size_t completion_bash_len;

int
cmd_completion(int argc, char **argv, struct cli *cli)
{
	static const char usage[] = "twin completion bash";
	static const char help[] =
	    "\nPrint a script that makes bash complete twin's commands, "
	    "options, and the\ncity and country names of the registry.  Load "
	    "it with\n\n  source <(twin completion bash)\n\nor save it in "
	    "the bash-completion directory as 'twin'.\n";
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 }
	};
	int r;

	r = cli_parse(cli, argc, argv, "h", longopts, usage, help, NULL, NULL);
	if (r != 0)
		return r < 0 ? EXIT_TROUBLE : EXIT_FOUND;
	if (optind == argc)
		return cli_usage_error(usage, "completion: expected a shell "
		    "name: bash");
	if (argc - optind > 1 || strcmp(argv[optind], "bash") != 0)
		return cli_usage_error(usage, "completion: unknown shell '%s': "
		    "expected bash", argv[argc - 1]);
	fwrite(completion_bash, 1, completion_bash_len, stdout);
	return EXIT_FOUND;
}
