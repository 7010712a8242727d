/*
 * output.c: render tables.  Strings are written as they are in the
 * registry, which the loader has checked to be UTF-8 without control
 * characters in names, so TSV needs no escaping; CSV quoting is libcsv's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "fold.h"
#include "output.h"
#include "place.h"
#include "xalloc.h"

const char *const link_columns[7] = {
	"city", "country", "partner", "partner_country", "year", "status", "kind"
};

/* The columns of link tables, in the order of their JSON keys. */
static const char *const link_columns_plain[] = {
	"city", "country", "partner", "partner_country", "year", "status", "kind",
	"region", "partner_region", "ended", "sources"
};
static const char *const link_columns_sourced[] = {
	"city", "country", "partner", "partner_country", "year", "status", "kind",
	"region", "partner_region", "ended", "source", "note", "sources"
};
/* The same with the length of each link, where the registry has places. */
static const char *const link_columns_plain_km[] = {
	"city", "country", "partner", "partner_country", "year", "status", "kind",
	"region", "partner_region", "ended", "km", "sources"
};
static const char *const link_columns_sourced_km[] = {
	"city", "country", "partner", "partner_country", "year", "status", "kind",
	"region", "partner_region", "ended", "km", "source", "note", "sources"
};
#define KM_COLUMN	10
#define COL_BIT(i)	((uint64_t)1 << (i))

static const char *const format_names[FORMAT_COUNT] = {
	"table", "tsv", "csv", "json", "dot", "graphml", "gexf", "edges",
	"geojson"
};

bool
format_parse(const char *name, enum format *f)
{
	size_t i;

	for (i = 0; i < FORMAT_COUNT; i++) {
		if (strcasecmp(name, format_names[i]) == 0) {
			*f = (enum format)i;
			return true;
		}
	}
	return false;
}

const char *
format_name(enum format f)
{
	return format_names[f];
}

void
format_list(unsigned set, char *buf, size_t cap)
{
	/* The order a message lists them in: json after the other graphs'. */
	static const enum format order[FORMAT_COUNT] = {
		FORMAT_TABLE, FORMAT_TSV, FORMAT_CSV, FORMAT_DOT, FORMAT_GRAPHML,
		FORMAT_GEXF, FORMAT_JSON, FORMAT_EDGES, FORMAT_GEOJSON
	};
	size_t i, len = 0, left = 0;

	for (i = 0; i < FORMAT_COUNT; i++)
		left += (set & FORMAT_BIT(i)) != 0;
	buf[0] = '\0';
	for (i = 0; i < FORMAT_COUNT && len < cap; i++) {
		if (!(set & FORMAT_BIT(order[i])))
			continue;
		left--;
		len += (size_t)snprintf(buf + len, cap - len, "%s%s",
		    format_names[order[i]],
		    left == 0 ? "" : left == 1 ? " or " : ", ");
	}
}

void
table_init(struct table *t, const char *const *columns, size_t ncols)
{
	t->columns = columns;
	t->ncols = ncols;
	t->json_only = 0;
	t->for_json = false;
	t->has_km = t->has_sources = false;
	t->as_of = 0;
	t->cells = NULL;
	t->ncells = t->cap = 0;
	t->owned = NULL;
	t->nowned = t->owned_cap = 0;
}

void
table_init_links(struct table *t, unsigned extra, uint16_t as_of)
{
	bool km = (extra & (LINK_KM | LINK_DISTANCE)) != 0;

	if (extra & LINK_SOURCES)
		table_init(t, km ? link_columns_sourced_km :
		    link_columns_sourced, km ? 14 : 13);
	else
		table_init(t, km ? link_columns_plain_km : link_columns_plain,
		    km ? 12 : 11);
	t->has_km = km;
	t->has_sources = (extra & LINK_SOURCES) != 0;
	/*
	 * The list of statements is JSON's; regions and the end year show
	 * where the registry has them.
	 */
	t->json_only = COL_BIT(t->ncols - 1);
	if (!(extra & LINK_REGIONS))
		t->json_only |= COL_BIT(7) | COL_BIT(8);
	if (!(extra & LINK_ENDED))
		t->json_only |= COL_BIT(9);
	if (km && !(extra & LINK_DISTANCE))
		t->json_only |= COL_BIT(KM_COLUMN);
	t->for_json = (extra & LINK_JSON) != 0;
	t->as_of = as_of;
}

void
table_free(struct table *t)
{
	size_t i;

	for (i = 0; i < t->nowned; i++)
		free(t->owned[i]);
	free(t->owned);
	free(t->cells);
	t->cells = NULL;
	t->ncells = t->cap = 0;
	t->owned = NULL;
	t->nowned = t->owned_cap = 0;
}

static struct cell *
new_cell(struct table *t, enum cell_type type)
{
	struct cell *c;

	grow_array((void **)&t->cells, &t->cap, t->ncells + 1, sizeof(*t->cells));
	c = &t->cells[t->ncells++];
	c->type = type;
	c->text = NULL;
	c->len = 0;
	c->number = 0;
	return c;
}

void
table_text(struct table *t, const char *s, size_t len)
{
	struct cell *c = new_cell(t, CELL_TEXT);

	c->text = s;
	c->len = len;
}

void
table_cstr(struct table *t, const char *s)
{
	table_text(t, s, strlen(s));
}

static void
own(struct table *t, char *s)
{
	grow_array((void **)&t->owned, &t->owned_cap, t->nowned + 1,
	    sizeof(*t->owned));
	t->owned[t->nowned++] = s;
}

void
table_owned_text(struct table *t, char *s, size_t len)
{
	own(t, s);
	table_text(t, s, len);
}

void
table_owned_json(struct table *t, char *s, size_t len)
{
	struct cell *c = new_cell(t, CELL_JSON);

	own(t, s);
	c->text = s;
	c->len = len;
}

void
table_text_or_null(struct table *t, const char *s)
{
	if (*s == '\0')
		table_null(t);
	else
		table_cstr(t, s);
}

void
table_number(struct table *t, long long v)
{
	new_cell(t, CELL_NUMBER)->number = v;
}

void
table_null(struct table *t)
{
	new_cell(t, CELL_NULL);
}

size_t
table_rows(const struct table *t)
{
	return t->ncols ? t->ncells / t->ncols : 0;
}

void
table_region(struct table *t, const struct registry *r, region_id g)
{
	size_t len;
	const char *name = region_name(r, g, &len);

	if (g == REGION_NONE)
		table_null(t);
	else
		table_text(t, name, len);
}

/* A JSON string, or null for an empty text. */
static void
json_text_or_null(const char *s, FILE *fp)
{
	if (*s == '\0')
		fputs("null", fp);
	else
		write_json_string(s, strlen(s), fp);
}

/* Every statement of link l as a JSON array of objects. */
static void
add_statements_json(struct table *t, const struct registry *r,
    const struct link *l)
{
	const struct statement *st = link_statements(r, l);
	char *buf = NULL;
	size_t len = 0;
	uint32_t i;
	FILE *fp;

	if ((fp = open_memstream(&buf, &len)) == NULL) {
		fputs("twin: out of memory\n", stderr);
		exit(2);
	}
	putc('[', fp);
	for (i = 0; i < link_nstmts(r, l); i++, st++) {
		fputs(i ? ", {\"file\": " : "{\"file\": ", fp);
		write_json_string(r->files[st->file], strlen(r->files[st->file]),
		    fp);
		fprintf(fp, ", \"line\": %lu, \"year\": ",
		    (unsigned long)st->line);
		if (st->year)
			fprintf(fp, "%u", (unsigned)st->year);
		else
			fputs("null", fp);
		fputs(", \"ended\": ", fp);
		if (st->ended)
			fprintf(fp, "%u", (unsigned)st->ended);
		else
			fputs("null", fp);
		fprintf(fp, ", \"status\": \"%s\", \"kind\": \"%s\", "
		    "\"source\": ", status_names[st->status],
		    kind_names[st->kind]);
		json_text_or_null(registry_text(r, st->source), fp);
		fputs(", \"note\": ", fp);
		json_text_or_null(registry_text(r, st->note), fp);
		putc('}', fp);
	}
	putc(']', fp);
	if (fclose(fp) != 0) {
		fputs("twin: out of memory\n", stderr);
		exit(2);
	}
	table_owned_json(t, buf, len);
}

/*
 * The distinct texts of one column (source or note) of a link's
 * statements, joined by "; " in the order first stated; null when none.
 */
static void
add_joined(struct table *t, const struct registry *r, const struct link *l,
    bool note)
{
	const struct statement *st = link_statements(r, l);
	char *buf = NULL;
	size_t len = 0, tlen;
	const char *text;
	uint32_t i, j;
	FILE *fp;

	if ((fp = open_memstream(&buf, &len)) == NULL) {
		fputs("twin: out of memory\n", stderr);
		exit(2);
	}
	for (i = 0; i < link_nstmts(r, l); i++) {
		uint32_t off = note ? st[i].note : st[i].source;

		if (off == 0)
			continue;
		text = registry_text(r, off);
		for (j = 0; j < i; j++)
			if (strcmp(registry_text(r, note ? st[j].note :
			    st[j].source), text) == 0)
				break;
		if (j < i)
			continue;
		if (ftell(fp) > 0)
			fputs("; ", fp);
		fputs(text, fp);
	}
	if (fclose(fp) != 0) {
		fputs("twin: out of memory\n", stderr);
		exit(2);
	}
	tlen = len;
	if (tlen == 0) {
		free(buf);
		table_null(t);
	} else
		table_owned_text(t, buf, tlen);
}

/* The length of link l to a tenth of a kilometre, or null without places. */
static void
add_km(struct table *t, const struct registry *r, const struct link *l)
{
	double km;

	if (cities_km(r, l->city, l->partner, &km))
		table_real_fixed(t, km, 1);
	else
		table_null(t);
}

void
table_add_links(struct table *t, const struct registry *r,
    const struct rows *rows)
{
	const struct city *a, *b;
	const struct link *l;
	size_t i;

	for (i = 0; i < rows->n; i++) {
		l = &r->links[rows->v[i].link];
		a = &r->cities[rows->v[i].first];
		b = &r->cities[rows->v[i].second];
		table_text(t, city_name(r, a), a->name_len);
		table_text(t, country_code(a->country), 2);
		table_text(t, city_name(r, b), b->name_len);
		table_text(t, country_code(b->country), 2);
		if (l->year)
			table_number(t, l->year);
		else
			table_null(t);
		table_cstr(t, status_names[link_status_at(l, t->as_of)]);
		table_cstr(t, kind_names[l->kind]);
		table_region(t, r, a->region);
		table_region(t, r, b->region);
		/* As of a year, an end that came later had not come. */
		if (l->ended != 0 && (t->as_of == 0 || l->ended <= t->as_of))
			table_number(t, l->ended);
		else
			table_null(t);
		if (t->has_km)
			add_km(t, r, l);
		if (t->has_sources) {
			add_joined(t, r, l, false);
			add_joined(t, r, l, true);
		}
		/* Only JSON shows the statements: do not build them for nothing. */
		if (t->for_json)
			add_statements_json(t, r, l);
		else
			table_null(t);
	}
}

void
table_real(struct table *t, double v)
{
	struct cell *c = new_cell(t, CELL_REAL);

	c->real = v;
	c->len = 0;
}

void
table_real_fixed(struct table *t, double v, int decimals)
{
	struct cell *c = new_cell(t, CELL_REAL);

	c->real = v;
	c->len = (size_t)decimals + 1;	/* a real cell's len: its decimals */
}

/* A real cell as text in buf (at least 32 bytes); returns its length. */
static size_t
real_text(const struct cell *c, char *buf)
{
	if (c->len > 0)
		return (size_t)snprintf(buf, 32, "%.*f", (int)c->len - 1,
		    c->real);
	return (size_t)snprintf(buf, 32, "%.10g", c->real);
}

/* A number as text in buf (at least 24 bytes); returns its length. */
static size_t
number_text(long long v, char *buf)
{
	return (size_t)snprintf(buf, 24, "%lld", v);
}

/*
 * Text as a terminal shows it: a control character, or an invisible
 * format character that could reorder what is around it (a bidirectional
 * override), is written escaped, \x0a or \u{202e}, so that what a table
 * shows is what the bytes say.  TSV escapes only control characters,
 * which would break its rows; the rest reaches scripts as it is.
 */
static size_t
write_escaped(const char *s, size_t len, bool format_chars, FILE *fp)
{
	size_t at = 0, from = 0, n, width = 0;
	int32_t cp;
	char buf[16];
	int k;

	while ((cp = utf8_next_hidden(s, len, &at, &n)) >= 0) {
		if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) &&
		    !format_chars) {
			at += n;
			continue;
		}
		if (fp != NULL)
			fwrite(s + from, 1, at - from, fp);
		width += utf8_width(s + from, at - from);
		k = cp < 0x80 ? snprintf(buf, sizeof(buf), "\\x%02x", cp) :
		    snprintf(buf, sizeof(buf), "\\u{%x}", cp);
		if (fp != NULL)
			fwrite(buf, 1, (size_t)k, fp);
		width += (size_t)k;
		at += n;
		from = at;
	}
	if (fp != NULL)
		fwrite(s + from, 1, len - from, fp);
	return width + utf8_width(s + from, len - from);
}

static void
write_plain(const struct cell *c, bool format_chars, FILE *fp)
{
	char buf[32];

	if (c->type == CELL_TEXT)
		write_escaped(c->text, c->len, format_chars, fp);
	else if (c->type == CELL_NUMBER)
		fwrite(buf, 1, number_text(c->number, buf), fp);
	else if (c->type == CELL_REAL)
		fwrite(buf, 1, real_text(c, buf), fp);
}

/* Is column col shown in the text formats (table, TSV, CSV)? */
static bool
shown(const struct table *t, size_t col)
{
	return col >= 64 || !(t->json_only & COL_BIT(col));
}

/* The last column the text formats show. */
static size_t
last_shown(const struct table *t)
{
	size_t col = t->ncols;

	while (col > 1 && !shown(t, col - 1))
		col--;
	return col - 1;
}

static void
write_tsv(const struct table *t, FILE *fp)
{
	size_t i, col, last = last_shown(t);

	for (i = 0; i < t->ncells; i++) {
		col = i % t->ncols;
		if (!shown(t, col))
			continue;
		write_plain(&t->cells[i], false, fp);
		putc(col == last ? '\n' : '\t', fp);
	}
}

static bool
needs_quotes(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			return true;
	/* Leading or trailing space would be lost by some readers. */
	return len > 0 && (s[0] == ' ' || s[len - 1] == ' ');
}

static void
write_csv_text(const char *s, size_t len, FILE *fp)
{
	if (needs_quotes(s, len))
		csv_fwrite(fp, s, len);
	else
		fwrite(s, 1, len, fp);
}

static void
write_csv(const struct table *t, FILE *fp, bool header)
{
	const struct cell *c;
	size_t i, col, last = last_shown(t);

	if (header) {
		for (i = 0; i < t->ncols; i++) {
			if (!shown(t, i))
				continue;
			write_csv_text(t->columns[i], strlen(t->columns[i]), fp);
			putc(i == last ? '\n' : ',', fp);
		}
	}
	for (i = 0; i < t->ncells; i++) {
		col = i % t->ncols;
		if (!shown(t, col))
			continue;
		c = &t->cells[i];
		if (c->type == CELL_TEXT)
			write_csv_text(c->text, c->len, fp);
		else
			write_plain(c, false, fp);
		putc(col == last ? '\n' : ',', fp);
	}
}

/* Bytes of JSON string text: quotes and backslashes escaped. */
static void
write_json_bytes(const char *s, size_t len, FILE *fp)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\\')
			putc('\\', fp);
		putc(s[i], fp);
	}
}

/*
 * Control and invisible format characters are written as \u escapes,
 * which JSON reads back as the same characters: nothing is lost, and no
 * bidirectional override reaches a terminal raw.
 */
void
write_json_string(const char *s, size_t len, FILE *fp)
{
	size_t at = 0, from = 0, n;
	int32_t cp;

	putc('"', fp);
	while ((cp = utf8_next_hidden(s, len, &at, &n)) >= 0) {
		write_json_bytes(s + from, at - from, fp);
		if (cp >= 0x10000)
			fprintf(fp, "\\u%04x\\u%04x",
			    (unsigned)(0xD800 + ((cp - 0x10000) >> 10)),
			    (unsigned)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
		else
			fprintf(fp, "\\u%04x", (unsigned)cp);
		at += n;
		from = at;
	}
	write_json_bytes(s + from, len - from, fp);
	putc('"', fp);
}

/* One cell as a JSON value. */
static void
write_json_cell(const struct cell *c, FILE *fp)
{
	char buf[32];

	if (c->type == CELL_TEXT)
		write_json_string(c->text, c->len, fp);
	else if (c->type == CELL_NUMBER)
		fprintf(fp, "%lld", c->number);
	else if (c->type == CELL_REAL)
		fwrite(buf, 1, real_text(c, buf), fp);
	else if (c->type == CELL_JSON)
		fwrite(c->text, 1, c->len, fp);
	else
		fputs("null", fp);
}

void
table_write_json_row(const struct table *t, size_t row, FILE *fp)
{
	size_t col;

	for (col = 0; col < t->ncols; col++) {
		fputs(col == 0 ? "{" : ", ", fp);
		write_json_string(t->columns[col], strlen(t->columns[col]), fp);
		fputs(": ", fp);
		write_json_cell(&t->cells[row * t->ncols + col], fp);
	}
	fputs("}", fp);
}

static void
write_json(const struct table *t, FILE *fp)
{
	size_t i, n = table_rows(t);

	if (n == 0) {
		fputs("[]\n", fp);
		return;
	}
	fputs("[\n", fp);
	for (i = 0; i < n; i++) {
		fputs("  ", fp);
		table_write_json_row(t, i, fp);
		fputs(i + 1 == n ? "\n" : ",\n", fp);
	}
	fputs("]\n", fp);
}

static size_t
cell_width(const struct cell *c)
{
	char buf[32];

	if (c->type == CELL_TEXT)
		return write_escaped(c->text, c->len, true, NULL);
	if (c->type == CELL_NUMBER)
		return number_text(c->number, buf);
	if (c->type == CELL_REAL)
		return real_text(c, buf);
	return 0;
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

static void
write_table(const struct table *t, FILE *fp, bool header)
{
	size_t *width = xcalloc(t->ncols, sizeof(*width));
	bool *numeric = xcalloc(t->ncols, sizeof(*numeric));
	size_t i, col, w, j, last = last_shown(t), pending = 0;
	const char *name;

	for (col = 0; col < t->ncols; col++)
		width[col] = header ? strlen(t->columns[col]) : 0;
	for (i = 0; i < t->ncells; i++) {
		col = i % t->ncols;
		if (!shown(t, col))
			continue;
		if ((w = cell_width(&t->cells[i])) > width[col])
			width[col] = w;
		/* Columns of counts are right-aligned; years read fine either way. */
		if ((t->cells[i].type == CELL_NUMBER ||
		    t->cells[i].type == CELL_REAL) &&
		    strcmp(t->columns[col], "year") != 0)
			numeric[col] = true;
	}
	if (header) {
		for (col = 0; col < t->ncols; col++) {
			if (!shown(t, col))
				continue;
			name = t->columns[col];
			w = strlen(name);
			if (numeric[col])
				pad(fp, width[col] - w);
			for (j = 0; j < w; j++)
				putc(name[j] >= 'a' && name[j] <= 'z' ?
				    name[j] - 'a' + 'A' : name[j], fp);
			if (col != last)
				pad(fp, (numeric[col] ? 0 : width[col] - w) + 2);
		}
		putc('\n', fp);
	}
	/* Padding is written only before text, so no line ends in spaces. */
	for (i = 0; i < t->ncells; i++) {
		col = i % t->ncols;
		if (!shown(t, col))
			continue;
		w = cell_width(&t->cells[i]);
		if (numeric[col])
			pending += width[col] - w;
		if (w > 0) {
			pad(fp, pending);
			pending = 0;
		}
		write_plain(&t->cells[i], true, fp);
		if (col != last)
			pending += (numeric[col] ? 0 : width[col] - w) + 2;
		else {
			putc('\n', fp);
			pending = 0;
		}
	}
	free(width);
	free(numeric);
}

void
table_write(const struct table *t, FILE *fp, enum format f, bool header)
{
	switch (f) {
	case FORMAT_TABLE:
		write_table(t, fp, header);
		break;
	case FORMAT_TSV:
		write_tsv(t, fp);
		break;
	case FORMAT_CSV:
		write_csv(t, fp, header);
		break;
	case FORMAT_JSON:
		write_json(t, fp);
		break;
	default:	/* graph's formats: cli_parse lets none reach here */
		write_tsv(t, fp);
		break;
	}
}
