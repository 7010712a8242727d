/*
 * oracle.h: csvline_split() against libcsv, for the unit test and the
 * fuzzer.  Whenever csvline_split() takes the first line of a text, that
 * is the text up to its first newline, and libcsv must read it, from the
 * start of a record, as exactly one record of the same fields, ended by
 * the same character.
 */
#ifndef TWIN_CSVLINE_ORACLE_H
#define TWIN_CSVLINE_ORACLE_H

#include <csv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "csvline.h"

#define ORACLE_FIELDS 64

struct oracle_row {
	char	*fields[ORACLE_FIELDS + 1];
	size_t	 lens[ORACLE_FIELDS + 1];
	size_t	 nfields, nrecords;
	int	 term;
};

static void
oracle_field(void *s, size_t len, void *arg)
{
	struct oracle_row *row = arg;

	if (row->nrecords > 0 || row->nfields > ORACLE_FIELDS)
		return;
	row->fields[row->nfields] = malloc(len + 1);
	if (len > 0)
		memcpy(row->fields[row->nfields], s, len);
	row->lens[row->nfields++] = len;
}

static void
oracle_record(int term, void *arg)
{
	struct oracle_row *row = arg;

	if (row->nrecords++ == 0)
		row->term = term;
}

static int
oracle_no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/*
 * Which way the line went: -1 when csvline_split() left it to libcsv, 1
 * when it took it and agrees with libcsv, 0 when they differ.
 */
static int
oracle_compare(const char *line, size_t n, char delim, bool trim)
{
	struct csvline_field fields[ORACLE_FIELDS];
	struct csvline cl;
	struct oracle_row row;
	struct csv_parser p;
	struct csvline_line l;
	size_t nfields, i, parsed, line_len;
	int term, agree;

	csvline_init(&cl, delim, trim);
	nfields = csvline_split(&cl, line, n, fields, ORACLE_FIELDS, &l);
	if (nfields == 0)
		return -1;
	line_len = l.len;
	term = l.term;
	/* What it tells of the line's bytes, as bytes.h tells it. */
	if (l.ascii != plain_ascii(line, line_len) || l.printable !=
	    !has_control(line, line_len - (term == '\r' ? 2 : 1)))
		return 0;
	if (line_len > n || line[line_len - 1] != '\n' ||
	    memchr(line, '\n', line_len - 1) != NULL)
		return 0;	/* not the first line */
	memset(&row, 0, sizeof(row));
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		abort();
	csv_set_delim(&p, (unsigned char)delim);
	if (!trim)
		csv_set_space_func(&p, oracle_no_space);
	parsed = csv_parse(&p, line, line_len, oracle_field, oracle_record,
	    &row);
	agree = parsed == line_len && csv_fini(&p, oracle_field, oracle_record,
	    &row) == 0 && row.nrecords == 1 && row.term == term &&
	    row.nfields == nfields;
	for (i = 0; agree && i < nfields; i++)
		agree = row.lens[i] == fields[i].len && (fields[i].len == 0 ||
		    memcmp(row.fields[i], fields[i].text, fields[i].len) == 0);
	for (i = 0; i < row.nfields; i++)
		free(row.fields[i]);
	csv_free(&p);
	return agree;
}

#endif
