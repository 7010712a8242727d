/*
 * csvline.c: split a line of CSV that needs no parser (see csvline.h).
 *
 * The rules are libcsv's (3.0), for a record that starts at the line:
 * before a field, spaces and tabs are skipped; a field that then starts
 * with a quote runs to the next quote, and after that only spaces and
 * tabs may come before the delimiter or the end; any other field runs to
 * the next delimiter and loses the spaces and tabs at its end.  A line
 * that does not keep to these is returned to libcsv, which reads it or
 * reports it exactly.
 */
#include <string.h>

#include "csvline.h"

static bool
blank(char c, bool trim)
{
	return trim && (c == ' ' || c == '\t');
}

size_t
csvline_split(const char *line, size_t n, char delim, bool trim,
    struct csvline_field *fields, size_t max, int *term)
{
	const char *end, *s, *stop, *last, *quote;
	size_t nfields = 0;

	if (n == 0 || line[n - 1] != '\n')
		return 0;
	end = line + n - 1;
	*term = '\n';
	if (end > line && end[-1] == '\r') {
		end--;
		*term = '\r';
	}
	/* A line of blanks is no record, or a record of one field. */
	if (end == line || blank(*line, trim))
		return 0;
	if (memchr(line, '\r', (size_t)(end - line)) != NULL)
		return 0;	/* a second record, or a field's text */
	quote = memchr(line, '"', (size_t)(end - line));
	for (s = line;; s = stop + 1) {
		if (nfields == max)
			return 0;
		while (s < end && blank(*s, trim) && *s != delim)
			s++;
		if (quote != NULL && s < end && *s == '"') {
			/* "text", then only blanks up to the delimiter */
			quote = memchr(s + 1, '"', (size_t)(end - s - 1));
			if (quote == NULL)
				return 0;	/* it goes on to the next line */
			fields[nfields].text = s + 1;
			fields[nfields++].len = (size_t)(quote - s - 1);
			for (stop = quote + 1; stop < end && *stop != delim;
			    stop++)
				if (!blank(*stop, trim))
					return 0;	/* "" or a stray quote */
			quote = memchr(stop, '"', (size_t)(end - stop));
		} else {
			stop = memchr(s, delim, (size_t)(end - s));
			if (stop == NULL)
				stop = end;
			if (quote != NULL && quote < stop)
				return 0;	/* a quote inside a field */
			for (last = stop; last > s && blank(last[-1], trim);
			    last--)
				;
			fields[nfields].text = s;
			fields[nfields++].len = (size_t)(last - s);
		}
		if (stop == end)
			return nfields;
	}
}
