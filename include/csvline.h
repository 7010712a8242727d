/*
 * csvline.h: the fields of one line of CSV, when the line alone says
 * what they are.
 *
 * libcsv reads a file byte by byte through a state machine.  Most lines
 * of a registry are a record of their own: no field goes on to the next
 * line, no quote is doubled, no carriage return stands but the one before
 * the newline.  For such a line the fields are the text between
 * delimiters, less the spaces and tabs around it, or the text between a
 * field's two quotes, and memchr() finds them in 40% of libcsv's time
 * (load.c).  Every other line, and every line libcsv would reject, is
 * left to libcsv, so the fields read from a file are the same either way.
 */
#ifndef TWIN_CSVLINE_H
#define TWIN_CSVLINE_H

#include <stdbool.h>
#include <stddef.h>

struct csvline_field {
	const char	*text;		/* in the line */
	size_t		 len;
};

/*
 * Split line[0..n), which ends with its newline and holds no other, as
 * libcsv (CSV_STRICT, the delimiter delim) reads it from the start of a
 * record, trimming spaces and tabs around unquoted fields when trim is
 * set, as libcsv does by default.  Returns the number of fields, at most max, with *term the
 * character that ends the record ('\r' or '\n'); 0 when the line is
 * libcsv's to read (blank, quoted across lines, an escaped or stray
 * quote, a lone carriage return, more than max fields, no newline).
 */
size_t	 csvline_split(const char *line, size_t n, char delim, bool trim,
	    struct csvline_field *fields, size_t max, int *term);

#endif
