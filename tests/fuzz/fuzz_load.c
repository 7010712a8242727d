/*
 * fuzz_load.c: the loader over arbitrary bytes, then the index, the
 * checks and the queries over whatever loaded.
 *
 * The first byte chooses options: bit 0 keep_going, bits 1-2 the output
 * format, bit 3 the header row, bit 4 keep_spaces, bit 5 semicolons as
 * the delimiter, bit 6 the file read as CP1252 (through iconv), bit 7 the
 * notes of twin check.  The rest is a registry file; bytes after a
 * "\xff\xff" pair are loaded as a second file (an alias file when its
 * header says so).
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "load.h"
#include "output.h"
#include "query.h"
#include "registry.h"

static FILE *sink;

static void
report(void *ctx, const char *file, unsigned long line, enum severity sev,
    const char *message)
{
	size_t *count = ctx;

	(void)line;
	assert(file != NULL && message != NULL && message[0] != '\0');
	/* The loader returns its errors; warnings and notes are told apart. */
	if (sev == SEVERITY_ERROR)
		(*count)++;
}

/* Every city is found under its own name, and its links are its own. */
static void
check_city(const struct registry *reg, city_id c, struct fold_buf *fb,
    city_id **ids, size_t *cap, struct rows *rows)
{
	const struct city *city = &reg->cities[c];
	struct link_filter f;
	size_t n, i, found = 0;
	const link_id *adj;

	n = lookup_cities(reg, city_name(reg, city), COUNTRY_NONE, fb, ids,
	    cap);
	assert(n != (size_t)-1);
	for (i = 0; i < n; i++)
		found += (*ids)[i] == c;
	assert(found == 1);
	adj = city_links(reg, c, &n);
	for (i = 0; i < n; i++)
		assert(reg->links[adj[i]].city == c ||
		    reg->links[adj[i]].partner == c);
	link_filter_init(&f);
	f.status_mask = ALL_STATUSES;
	assert(query_partners(reg, c, &f, rows) == n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct registry reg;
	struct load_options opt = { .report = NULL };
	struct check_options copt;
	struct fold_buf fb = { NULL, 0, 0 };
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };
	struct table t;
	city_id *ids = NULL;
	size_t cap = 0, errors, count = 0, i, ends = 0;
	const char *buf, *second = NULL;
	size_t len, second_len = 0;
	unsigned flags;

	if (size == 0)
		return 0;
	if (sink == NULL)
		sink = fopen("/dev/null", "w");
	flags = data[0];
	buf = (const char *)data + 1;
	len = size - 1;
	for (i = 0; i + 1 < len; i++)
		if ((unsigned char)buf[i] == 0xff &&
		    (unsigned char)buf[i + 1] == 0xff) {
			second = buf + i + 2;
			second_len = len - i - 2;
			len = i;
			break;
		}
	opt.report = report;
	opt.ctx = &count;
	opt.keep_going = flags & 1;
	opt.keep_spaces = flags & 16;
	opt.delimiter = flags & 32 ? ';' : 0;
	opt.encoding = flags & 64 ? "CP1252" : NULL;
	opt.notes = flags & 128;

	registry_init(&reg);
	errors = load_buffer(&reg, "fuzz.csv", buf, len, &opt);
	if (second != NULL)
		errors += load_buffer(&reg, "second.csv", second, second_len,
		    &opt);
	assert(errors == count);
	assert(opt.keep_going || errors <= (second != NULL ? 2u : 1u));
	registry_build_index(&reg);

	copt.report = report;
	copt.ctx = &count;
	copt.this_year = 2025;
	check_registry(&reg, &copt);

	for (i = 0; i < reg.nlinks; i++)
		ends += reg.links[i].city == reg.links[i].partner ? 1 : 2;
	assert(reg.adj_start[reg.ncities] == ends);
	for (i = 0; i < reg.ncities && i < 64; i++)
		check_city(&reg, (city_id)i, &fb, &ids, &cap, &rows);
	rows_sort(&reg, &rows, 0);

	link_filter_init(&f);
	query_links(&reg, &f, &rows);
	rows_sort(&reg, &rows, 0);
	table_init(&t, link_columns, 7);
	table_add_links(&t, &reg, &rows);
	table_write(&t, sink, (enum format)((flags >> 1) & 3), flags & 8);
	table_free(&t);

	rows_free(&rows);
	free(ids);
	fold_buf_free(&fb);
	registry_free(&reg);
	return 0;
}
