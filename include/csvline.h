/*
 * csvline.h: the fields of one line of CSV, when the line alone says
 * what they are.
 *
 * libcsv reads a file byte by byte through a state machine that calls
 * back for every field.  Most lines of a registry are a record of their
 * own: no field goes on to the next line, no quote is doubled, no
 * carriage return stands but the one before the newline.  The fields of
 * such a line are the text between delimiters, less the spaces and tabs
 * around it, or the text between a field's two quotes, and one pass over
 * the line with a table of the bytes that matter finds them in a third
 * of libcsv's time (load.c).  Every other line, and every line libcsv
 * would reject, is left to libcsv, so that the fields read from a file
 * are the same either way.
 */
#ifndef TWIN_CSVLINE_H
#define TWIN_CSVLINE_H

#include <stdbool.h>
#include <stddef.h>

/* How a file's lines are read: made once by csvline_init(). */
struct csvline {
	unsigned char	 stops[256];	/* bytes that end a field's text */
	char		 delim;
	bool		 trim;
};

struct csvline_field {
	const char	*text;		/* in the line */
	size_t		 len;
};

/*
 * Lines separated by delim, read as libcsv (CSV_STRICT) reads them; with
 * trim, spaces and tabs around unquoted fields are dropped, as libcsv
 * does by default.
 */
void	 csvline_init(struct csvline *, char delim, bool trim);

/*
 * Split the first line of buf[0..len), read from the start of a record:
 * its number of fields, at most max, with *term the character that ends
 * the record ('\r' or '\n') and *line_len the bytes of the line, its
 * newline included.  0 when the line is libcsv's to read: blank, with no
 * newline in buf, quoted across lines, with an escaped or stray quote, a
 * lone carriage return, or more than max fields.
 */
size_t	 csvline_split(const struct csvline *, const char *buf, size_t len,
	    struct csvline_field *fields, size_t max, int *term,
	    size_t *line_len);

#endif
