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
 * the line finds them in a third of libcsv's time or less (load.c).
 * Every other line, and every line libcsv would reject, is left to
 * libcsv, so that the fields read from a file are the same either way.
 */
#ifndef TWIN_CSVLINE_H
#define TWIN_CSVLINE_H

#include <stdbool.h>
#include <stddef.h>

/* How a file's lines are read: made once by csvline_init(). */
struct csvline {
	unsigned char	 class[256];	/* CSVLINE_STOP, CSVLINE_BLANK */
	char		 delim;
};

#define CSVLINE_STOP	1	/* ends a field's text: delimiter, quote, CR, LF */
#define CSVLINE_BLANK	2	/* dropped around a field: space, tab */

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

/* What csvline_split() tells of the line it splits. */
struct csvline_line {
	size_t		 len;		/* its bytes, newline included */
	int		 term;		/* '\r' or '\n': what ends the record */
	bool		 ascii;		/* no byte is NUL or beyond ASCII */
	bool		 printable;	/* no control byte before term */
};

/*
 * Split the first line of buf[0..len), read from the start of a record:
 * its number of fields, at most max, and what *line tells of it.  0 when
 * the line is libcsv's to read: blank, with no newline in buf, quoted
 * across lines, with an escaped or stray quote, a lone carriage return,
 * or more than max fields.  The loader asks of each line whether it is
 * ASCII and has no control byte: its bytes are looked at here anyway.
 */
size_t	 csvline_split(const struct csvline *, const char *buf, size_t len,
	    struct csvline_field *fields, size_t max, struct csvline_line *line);

#endif
