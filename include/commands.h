/* commands.h: the commands of twin, one function each, dispatched by main. */
#ifndef TWIN_COMMANDS_H
#define TWIN_COMMANDS_H

#include "cli.h"

int	cmd_partners(int argc, char **argv, struct cli *);
int	cmd_decade(int argc, char **argv, struct cli *);
int	cmd_suspended(int argc, char **argv, struct cli *);
int	cmd_links(int argc, char **argv, struct cli *);
int	cmd_cities(int argc, char **argv, struct cli *);
int	cmd_countries(int argc, char **argv, struct cli *);
int	cmd_common(int argc, char **argv, struct cli *);
int	cmd_path(int argc, char **argv, struct cli *);
int	cmd_stats(int argc, char **argv, struct cli *);
int	cmd_graph(int argc, char **argv, struct cli *);
int	cmd_map(int argc, char **argv, struct cli *);
int	cmd_completion(int argc, char **argv, struct cli *);
int	cmd_check(int argc, char **argv, struct cli *);
int	cmd_show(int argc, char **argv, struct cli *);
int	cmd_cache(int argc, char **argv, struct cli *);
int	cmd_history(int argc, char **argv, struct cli *);
int	cmd_rank(int argc, char **argv, struct cli *);
int	cmd_places(int argc, char **argv, struct cli *);
int	cmd_locate(int argc, char **argv, struct cli *);

#endif
