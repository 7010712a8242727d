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

void
csvline_init(struct csvline *cl, char delim, bool trim)
{
	memset(cl->stops, 0, sizeof(cl->stops));
	cl->stops[(unsigned char)delim] = 1;
	cl->stops['"'] = cl->stops['\r'] = cl->stops['\n'] = 1;
	cl->delim = delim;
	cl->trim = trim;
}

/* A space or tab that libcsv drops around a field. */
static bool
blank(const struct csvline *cl, char c)
{
	return cl->trim && (c == ' ' || c == '\t') && c != cl->delim;
}

/*
 * The end of the record at p, a carriage return or a newline: the bytes
 * of the line through its newline, or 0 when this is no end.
 */
static size_t
line_end(const char *buf, const char *p, const char *end, int *term)
{
	if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n') {
		*term = '\r';
		return (size_t)(p + 2 - buf);
	}
	if (p < end && *p == '\n') {
		*term = '\n';
		return (size_t)(p + 1 - buf);
	}
	return 0;
}

size_t
csvline_split(const struct csvline *cl, const char *buf, size_t len,
    struct csvline_field *fields, size_t max, int *term, size_t *line_len)
{
	const char *end = buf + len, *p = buf, *s, *last;
	size_t n = 0;

	/* A line of blanks is no record, or a record of one field. */
	if (len == 0 || *buf == '\r' || *buf == '\n' || blank(cl, *buf))
		return 0;
	for (;;) {
		if (n == max)
			return 0;
		for (s = p; s < end && blank(cl, *s); s++)
			;
		if (s < end && *s == '"') {
			/* "text", then only blanks up to the delimiter */
			for (p = s + 1; p < end && *p != '"'; p++)
				if (*p == '\n' || *p == '\r')
					return 0;	/* on to the next line */
			if (p == end)
				return 0;
			fields[n].text = s + 1;
			fields[n++].len = (size_t)(p - s - 1);
			for (p++; p < end && blank(cl, *p); p++)
				;
		} else {
			for (p = s; p < end && !cl->stops[(unsigned char)*p];
			    p++)
				;
			for (last = p; last > s && blank(cl, last[-1]); last--)
				;
			fields[n].text = s;
			fields[n++].len = (size_t)(last - s);
		}
		/* p is at what ends the field: a delimiter, or the line's end */
		if (p < end && *p == cl->delim) {
			p++;
			continue;
		}
		*line_len = line_end(buf, p, end, term);
		return *line_len != 0 ? n : 0;
	}
}
