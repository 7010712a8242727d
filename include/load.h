/*
 * load.h: read registry and alias files (twin(5)) into a registry.
 *
 * Files are streamed through libcsv; every problem is reported with the
 * file name and the line on which the offending record starts.
 */
#ifndef TWIN_LOAD_H
#define TWIN_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "registry.h"

enum severity {
	SEVERITY_ERROR,
	SEVERITY_WARNING,
	SEVERITY_NOTE	/* what the loader made of the file (twin check) */
};

/* Where problems go.  line is 0 for a problem with the file as a whole. */
typedef void report_fn(void *ctx, const char *file, unsigned long line,
    enum severity, const char *message);

struct load_options {
	report_fn	*report;
	void		*ctx;
	bool		 keep_going;	/* skip bad records instead of stopping */
	bool		 keep_spaces;	/* keep spaces around unquoted fields */
	size_t		*link_files;	/* if set, counts the link files read */
	bool		 notes;		/* report SEVERITY_NOTE too */
	char		 delimiter;	/* ',', ';' or '\t'; 0: from the header */
	const char	*encoding;	/* an iconv name; NULL: UTF-8 or UTF-16 */
};

/*
 * Load the file at path ("-" is standard input).  Returns the number of
 * errors reported; without keep_going that is 0 or 1.
 */
size_t	load_file(struct registry *, const char *path,
	    const struct load_options *);

/* The same for a file already in memory; name is used in messages. */
size_t	load_buffer(struct registry *, const char *name, const char *buf,
	    size_t len, const struct load_options *);

#endif
