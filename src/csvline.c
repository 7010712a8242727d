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

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "bytes.h"
#include "csvline.h"

void
csvline_init(struct csvline *cl, char delim, bool trim)
{
	memset(cl->class, 0, sizeof(cl->class));
	cl->class[(unsigned char)delim] = CSVLINE_STOP;
	cl->class['"'] = cl->class['\r'] = cl->class['\n'] = CSVLINE_STOP;
	/* A tab that separates fields is no blank. */
	if (trim && delim != ' ')
		cl->class[' '] |= CSVLINE_BLANK;
	if (trim && delim != '\t')
		cl->class['\t'] |= CSVLINE_BLANK;
	cl->delim = delim;
}

#ifdef __SSE2__
/* The bytes of the sixteen at p that end a field's text, as bits. */
static unsigned
stops_at(const struct csvline *cl, const char *p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(cl->delim)),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))));
}
#endif

/*
 * The first byte of [p, end) that ends a field's text, or end.  Most of a
 * line's bytes are in its fields: SSE2 (every x86-64 has it) looks at
 * sixteen bytes a step, where the table costs a load and a branch a byte.
 * The last bytes of the text, and other machines, use the table.
 */
static const char *
next_stop(const struct csvline *cl, const char *p, const char *end)
{
#ifdef __SSE2__
	unsigned hits;

	for (; end - p >= 16; p += 16)
		if ((hits = stops_at(cl, p)) != 0)
			return p + __builtin_ctz(hits);
#endif
	while (p < end && !(cl->class[(unsigned char)*p] & CSVLINE_STOP))
		p++;
	return p;
}

/* A space or tab that libcsv drops around a field. */
static bool
blank(const struct csvline *cl, char c)
{
	return cl->class[(unsigned char)c] & CSVLINE_BLANK;
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

/*
 * The line's fields from the n-th on, which starts at p, read as one
 * would read them a byte at a time: the text between delimiters, less the
 * blanks around it, or the text between a field's two quotes.  0 when
 * the line is libcsv's (csvline.h).
 */
static size_t
split_bytewise(const struct csvline *cl, const char *buf, size_t len,
    struct csvline_field *fields, size_t max, struct csvline_line *line,
    const char *p, size_t n)
{
	const char *end = buf + len, *s, *last;

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
			p = next_stop(cl, s, end);
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
		if ((line->len = line_end(buf, p, end, &line->term)) == 0)
			return 0;
		line->ascii = plain_ascii(buf, line->len);
		line->printable = !has_control(buf, (size_t)(p - buf));
		return n;
	}
}

#ifdef __SSE2__
/*
 * The fields of a line found from the places of its delimiters, sixteen
 * bytes at a time: a field is then the text between two of them less its
 * blanks, and costs a few instructions, where a byte at a time it cost
 * some sixty.  From a field that starts a quote, and in the last sixteen
 * bytes of buf, the rest of the line is read a byte at a time.
 */
static size_t
split_chunked(const struct csvline *cl, const char *buf, size_t len,
    struct csvline_field *fields, size_t max, struct csvline_line *line)
{
	const __m128i space = _mm_set1_epi8(' '), del = _mm_set1_epi8(0x7F),
	    zero = _mm_setzero_si128();
	const char *end = buf + len, *chunk, *at, *s = buf, *e;
	__m128i v;
	unsigned hits, high, nul, control, before;
	/* Of the chunks before the one that ends the line. */
	unsigned any_high = 0, any_nul = 0, any_control = 0;
	size_t n = 0;

	for (chunk = buf; end - chunk >= 16; chunk += 16) {
		hits = stops_at(cl, chunk);
		v = _mm_loadu_si128((const __m128i *)(const void *)chunk);
		/* Bytes of 0x80 and up are negative: no control bytes. */
		high = (unsigned)_mm_movemask_epi8(v);
		nul = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, zero));
		control = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del))) & ~high;
		for (; hits != 0; hits &= hits - 1) {
			at = chunk + __builtin_ctz(hits);
			if (*at == '"')
				return split_bytewise(cl, buf, len, fields, max,
				    line, s, n);
			if (n == max)
				return 0;
			for (e = at; e > s && blank(cl, e[-1]); e--)
				;
			for (; s < e && blank(cl, *s); s++)
				;
			fields[n].text = s;
			fields[n++].len = (size_t)(e - s);
			if (*at == cl->delim) {
				s = at + 1;
				continue;
			}
			if ((line->len = line_end(buf, at, end, &line->term)) == 0)
				return 0;
			before = (1u << (at - chunk)) - 1;
			line->ascii = ((any_high | any_nul) == 0 &&
			    ((high | nul) & before) == 0);
			line->printable = any_control == 0 &&
			    (control & before) == 0;
			return n;
		}
		any_high |= high;
		any_nul |= nul;
		any_control |= control;
	}
	return split_bytewise(cl, buf, len, fields, max, line, s, n);
}
#endif

size_t
csvline_split(const struct csvline *cl, const char *buf, size_t len,
    struct csvline_field *fields, size_t max, struct csvline_line *line)
{
	/* A line of blanks is no record, or a record of one field. */
	if (len == 0 || *buf == '\r' || *buf == '\n' || blank(cl, *buf))
		return 0;
#ifdef __SSE2__
	return split_chunked(cl, buf, len, fields, max, line);
#else
	return split_bytewise(cl, buf, len, fields, max, line, buf, 0);
#endif
}
