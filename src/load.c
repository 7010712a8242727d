/*
 * load.c: the streaming registry loader.
 *
 * libcsv reports fields and record ends but no positions, so the input is
 * fed to it one line at a time and the line count is kept here: a record
 * starts on the first line with content after the previous record ended.
 * Each field kept is copied straight into the record being written in a
 * batch of records, which records.c reads into the registry, possibly on
 * another thread (pipeline.h).  Problems found here go into the batch
 * too, so that every message comes in the order of the file.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csv.h>

#include "bytes.h"
#include "csvline.h"
#include "input.h"
#include "load.h"
#include "pipeline.h"
#include "records.h"
#include "vocabulary.h"
#include "xalloc.h"

/* Rows parsed before the registry is sized from them (see reserve()). */
#define FIRST_BATCH 64

/* A line of more fields than this is read by libcsv. */
#define SPLIT_FIELDS 64

struct loader {
	struct registry		*reg;
	const struct load_options *opt;
	const char		*name;
	uint16_t		 file;
	struct csv_parser	 csv;

	unsigned long		 line;		/* line being fed, from 1 */
	unsigned long		 row_line;	/* line the current record began on */
	bool			 between_rows;	/* next content starts a record */
	bool			 stop;		/* an error ended the load */
	bool			 row_bad;	/* the current record is skipped */
	bool			 seen_header;
	bool			 started;	/* past the byte-order mark check */
	bool			 row_plain;	/* the record's lines are plain ASCII */
	bool			 chunk_plain;	/* so is what feed() is parsing */
	bool			 row_printable;	/* and has no control character */

	enum file_kind		 kind;		/* also the reader's */
	enum role		*roles;		/* per column */
	char			**header;	/* column names as written */
	size_t			 ncols, header_cap;

	size_t			 field_no;	/* index of the next field in the record */
	struct record		*record;	/* being parsed, in the batch */
	struct input		 in;		/* the file's bytes as UTF-8 */
	bool			 delimiter_known;
	struct csvline		 csvline;	/* from the header on */
	bool			 bom;		/* a UTF-8 byte-order mark was skipped */
	char			 delimiter;
	const char		*line_text;	/* the line being parsed */
	size_t			 line_len;
	bool			 row_nonempty;	/* a field of the record has text */
	size_t			 empty_rows;
	unsigned long		 first_empty_row;
	size_t			 rows;		/* records after the header */
	size_t			 parsed;	/* bytes of the lines parsed */
	size_t			 size;		/* of the file, if known; else 0 */
	bool			 reserved;	/* reserve() was called */

	/*
	 * The reader and the pipeline are written by the other thread: each
	 * on cache lines of its own, or every field this thread writes
	 * would move a line from one core to the other and back.
	 */
	_Alignas(64) struct reader reader;	/* of the records: records.c */
	_Alignas(64) struct pipeline pipeline;	/* hands them to it */
};

/* libcsv trims spaces around unquoted fields by default, which is what a
 * query wants; twin check keeps them to point at names with stray spaces. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/*
 * A problem with the file: it goes with the records, to be reported by the
 * reader in its place among theirs.
 */
static void
report(struct loader *ld, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	batch_add_message(pipeline_batch(&ld->pipeline), line, SEVERITY_ERROR,
	    msg);
	if (!ld->opt->keep_going)
		ld->stop = true;
}

/* Say what the loader made of the file, for twin check. */
static void
note(struct loader *ld, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (!ld->opt->notes || ld->opt->report == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	batch_add_message(pipeline_batch(&ld->pipeline), line, SEVERITY_NOTE,
	    msg);
}

/* An error in the record being parsed: it is skipped. */
static void
record_error(struct loader *ld, const char *msg)
{
	report(ld, ld->row_line, "%s", msg);
	ld->row_bad = true;
}

static const char *
column_name(const struct loader *ld, size_t col)
{
	return col < ld->ncols ? ld->header[col] : "?";
}

/* A column name of the header, as written but for spaces around it. */
static void
header_field(struct loader *ld, const char *s, size_t len)
{
	char *name;

	grow_array((void **)&ld->header, &ld->header_cap, ld->ncols + 1,
	    sizeof(*ld->header));
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	name = xmalloc(len + 1);
	memcpy(name, s, len);
	name[len] = '\0';
	ld->header[ld->ncols++] = name;
}

/*
 * Say where the text stops being UTF-8, by line and column, and, when it
 * reads like a single-byte encoding, which one and how to name it.  Such
 * a file is not read further: every accented letter would be an error.
 */
static void
bad_utf8(struct loader *ld, size_t col)
{
	const char *line = ld->line_text;
	size_t len = ld->line_len, at = utf8_valid_prefix(line, len);
	bool cp1252;

	if (at >= len) {	/* not in this line: say the field */
		report(ld, ld->row_line, "invalid UTF-8 in %s%s%s: expected "
		    "UTF-8 text, or the file's encoding named with --encoding",
		    ld->seen_header ? "field '" : "the header",
		    ld->seen_header ? column_name(ld, col) : "",
		    ld->seen_header ? "'" : "");
		return;
	}
	if (looks_single_byte(line, len, &cp1252)) {
		report(ld, ld->line, "invalid UTF-8 at column %zu (byte 0x%02x): "
		    "the file looks like %s text; read it with --encoding %s",
		    utf8_width(line, at) + 1, (unsigned char)line[at],
		    cp1252 ? "Windows-1252" : "Windows-1252 or Latin-1 "
		    "(ISO-8859-1)", "CP1252");
		ld->stop = true;
		return;
	}
	report(ld, ld->line, "invalid UTF-8 at column %zu (byte 0x%02x): "
	    "expected UTF-8 text, or the file's encoding named with "
	    "--encoding", utf8_width(line, at) + 1, (unsigned char)line[at]);
}

/* A field of the record being parsed, from libcsv, or from csvline.c
 * when keep_line() leaves it to be reported on. */
static void
keep_field(struct loader *ld, const char *s, size_t len)
{
	size_t col = ld->field_no++;
	enum role role;
	bool ascii;
	struct batch *b;
	struct field_span *span;

	if (ld->stop)
		return;
	if (!ld->started) {
		ld->started = true;
		/* A byte-order mark reaches here as part of the first field. */
		if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			s += 3;
			len -= 3;
			ld->bom = true;
		}
	}
	if (ld->row_bad)
		return;
	/* Most records are checked as a whole, line by line, in feed(). */
	if ((ascii = ld->row_plain || plain_ascii(s, len))) {
		if (len > 0)
			ld->row_nonempty = true;
	}
	else if (memchr(s, '\0', len) != NULL) {
		if (ld->seen_header)
			report(ld, ld->row_line, "NUL byte in field '%s'",
			    column_name(ld, col));
		else
			report(ld, ld->row_line, "NUL byte in the header");
		ld->row_bad = true;
		return;
	} else if (!utf8_valid(s, len)) {
		bad_utf8(ld, col);
		ld->row_bad = true;
		return;
	}
	if (len > 0)
		ld->row_nonempty = true;
	if (!ld->seen_header) {
		header_field(ld, s, len);
		return;
	}
	if (col >= ld->ncols || (role = ld->roles[col]) == ROLE_IGNORED)
		return;		/* checked above, not kept */
	b = pipeline_batch(&ld->pipeline);
	/* Offsets in a batch are 32 bits: see struct field_span. */
	if (len > FIELD_MAX || b->len > UINT32_MAX - 1 - len) {
		report(ld, ld->row_line, "field '%s' of %zu bytes: expected at "
		    "most 1 GiB, and records of at most 4 GiB",
		    column_name(ld, col), len);
		ld->row_bad = true;
		return;
	}
	if (ld->record == NULL) {
		ld->record = batch_open(b);
		ld->record->hashed = true;
		ld->record->printable = false;
	}
	span = &ld->record->fields[role];
	span->off = batch_put(b, s, len);
	span->len = (uint32_t)len;
	span->ascii = ascii;
	span->hash = field_hash(ld->kind, role, s, len);
}

static void
field_cb(void *data, size_t len, void *arg)
{
	keep_field(arg, data, len);
}

static void
process_header(struct loader *ld)
{
	static const enum role link_required[] = {
		ROLE_CITY, ROLE_COUNTRY, ROLE_PARTNER, ROLE_PARTNER_COUNTRY
	};
	static const enum role alias_required[] = {
		ROLE_ALIAS, ROLE_CITY, ROLE_COUNTRY
	};
	static const enum role place_required[] = {
		ROLE_CITY, ROLE_COUNTRY, ROLE_LAT, ROLE_LON
	};
	size_t seen[ROLE_COUNT] = { 0 };
	const enum role *required;
	size_t nrequired, i, o;
	const char *as;
	char *normal, found[400];
	int r;

	csvline_init(&ld->csvline, ld->delimiter, !ld->opt->keep_spaces);
	ld->roles = xcalloc(ld->ncols, sizeof(*ld->roles));
	for (i = 0; i < ld->ncols; i++) {
		/* "Partner city", "partner-city" and "PARTNER_CITY" are one. */
		normal = xmalloc(strlen(ld->header[i]) + 1);
		vocab_column(ld->header[i], strlen(ld->header[i]), normal);
		as = vocab_column_role(normal);
		r = ROLE_COUNT;
		if (as != NULL)
			for (r = 1; r < ROLE_COUNT; r++)
				if (strcmp(as, role_names[r]) == 0)
					break;
		if (r < ROLE_COUNT && strcmp(normal, as) != 0)
			note(ld, ld->row_line, "column '%s' read as %s",
			    ld->header[i], as);
		free(normal);
		if (r == ROLE_COUNT)
			continue;	/* unknown columns are ignored */
		if (seen[r]) {
			report(ld, ld->row_line,
			    "duplicate column '%s' (columns %zu and %zu): "
			    "expected each column once", role_names[r], seen[r],
			    i + 1);
			ld->stop = true;	/* which of them would a row mean? */
			return;
		}
		seen[r] = i + 1;
		ld->roles[i] = (enum role)r;
	}
	ld->kind = seen[ROLE_ALIAS] ? FILE_ALIASES :
	    seen[ROLE_LAT] || seen[ROLE_LON] ? FILE_PLACES : FILE_LINKS;
	if (ld->kind == FILE_LINKS && ld->opt->link_files != NULL)
		(*ld->opt->link_files)++;
	/* The reader's thread starts after the header, if at all. */
	ld->reader.kind = ld->kind;
	ld->reader.has_regions = seen[ROLE_REGION] || seen[ROLE_PARTNER_REGION];
	if (seen[ROLE_ENDED] && ld->kind == FILE_LINKS)
		ld->reg->has_ended = true;
	if (ld->kind == FILE_ALIASES) {
		required = alias_required;
		nrequired = sizeof(alias_required) / sizeof(*required);
	} else if (ld->kind == FILE_PLACES) {
		required = place_required;
		nrequired = sizeof(place_required) / sizeof(*required);
	} else {
		required = link_required;
		nrequired = sizeof(link_required) / sizeof(*required);
	}
	/* The columns found, as written, to show what was read. */
	for (o = 0, i = 0; i < ld->ncols && o + 80 < sizeof(found); i++)
		o += (size_t)snprintf(found + o, sizeof(found) - o, "%s'%.60s'",
		    i ? ", " : "", ld->header[i]);
	if (i < ld->ncols)
		snprintf(found + o, sizeof(found) - o, ", ...");
	if (ld->ncols == 1 && ld->header[0][0] == '\0')
		snprintf(found, sizeof(found), "an empty header line");
	for (i = 0; i < nrequired; i++) {
		if (seen[required[i]])
			continue;
		if (ld->kind == FILE_ALIASES)
			report(ld, ld->row_line, "missing column '%s': an alias "
			    "file needs the columns alias, city and country; "
			    "found %s", role_names[required[i]], found);
		else if (ld->kind == FILE_PLACES)
			report(ld, ld->row_line, "missing column '%s': a places "
			    "file needs the columns city, country, lat and lon; "
			    "found %s", role_names[required[i]], found);
		else
			report(ld, ld->row_line, "missing column '%s': a registry "
			    "needs the columns city, country, partner and "
			    "partner_country; found %s%s", role_names[required[i]],
			    found, ld->ncols == 1 && (strchr(ld->header[0], ';') ||
			    strchr(ld->header[0], '\t') || strchr(ld->header[0], ',')) ?
			    " (the columns may be separated by another character: "
			    "name it with --delimiter)" : "");
		ld->stop = true;	/* no record can be read without it */
		return;
	}
}

static const char *
delimiter_name(char d)
{
	return d == '\t' ? "tabs" : d == ';' ? "';'" : d == ',' ? "','" : "'|'";
}

/* A hint when the row at fault is separated by another character. */
static const char *
mixed_delimiter(const struct loader *ld)
{
	static char hint[120];
	static const char others[] = ",;\t";
	size_t i;

	for (i = 0; others[i] != '\0'; i++)
		if (others[i] != ld->delimiter && ld->line_text != NULL &&
		    memchr(ld->line_text, others[i], ld->line_len) != NULL &&
		    ld->field_no == 1) {
			snprintf(hint, sizeof(hint), " (the header is separated "
			    "by %s, this row by %s?)", delimiter_name(ld->delimiter),
			    delimiter_name(others[i]));
			return hint;
		}
	return "";
}

/*
 * The character that separates fields: --delimiter, a TAB for a .tsv
 * file, else the one of comma, semicolon and TAB that the header line
 * uses most outside quotes (a comma when none).  Spreadsheets in German,
 * French or Finnish locales write semicolons.
 */
static void
decide_delimiter(struct loader *ld, const char *line, size_t len)
{
	size_t counts[3] = { 0, 0, 0 }, i, namelen = strlen(ld->name);
	static const char cand[3] = { ',', ';', '\t' };
	bool quoted = false;

	ld->delimiter_known = true;
	if (ld->opt->delimiter != 0)
		ld->delimiter = ld->opt->delimiter;
	else if (namelen > 4 && strcmp(ld->name + namelen - 4, ".tsv") == 0)
		ld->delimiter = '\t';
	else {
		for (i = 0; i < len; i++) {
			if (line[i] == '"')
				quoted = !quoted;
			else if (!quoted && line[i] == ',')
				counts[0]++;
			else if (!quoted && line[i] == ';')
				counts[1]++;
			else if (!quoted && line[i] == '\t')
				counts[2]++;
		}
		ld->delimiter = ',';
		for (i = 1; i < 3; i++)
			if (counts[i] > counts[0] && counts[i] >= counts[3 - i])
				ld->delimiter = cand[i];
	}
	if (ld->delimiter != ',')
		csv_set_delim(&ld->csv, (unsigned char)ld->delimiter);
}

/*
 * Once FIRST_BATCH rows are parsed, the size of a row is known: the reader
 * is to make room in the registry for as many as the file seems to hold.
 * It does so itself, on its thread, while this one parses on; the name
 * tables are faulted in on a third thread meanwhile (struct name_tables).
 * This is called before the batch is handed on, so the reader sees it.
 * True when the file seems to hold several batches: the batch is then
 * handed on at once, so that the reader starts making room early.
 */
static bool
reserve(struct loader *ld)
{
	if (ld->kind != FILE_LINKS || ld->size == 0 || ld->parsed == 0)
		return false;
	ld->reader.reserve_rows = (size_t)((double)ld->size / ld->parsed *
	    ld->rows * 1.05);
	pipeline_expect(&ld->pipeline, ld->reader.reserve_rows);
	return ld->reader.reserve_rows > 4 * BATCH_RECORDS;
}

/* Forget the record being parsed, if it was not kept. */
static void
drop_record(struct loader *ld)
{
	if (ld->record != NULL) {
		batch_drop(pipeline_batch(&ld->pipeline));
		ld->record = NULL;
	}
}

static void
row_cb(int term, void *arg)
{
	struct loader *ld = arg;
	struct batch *b;
	char msg[300];

	(void)term;
	if (!ld->stop && !ld->row_bad) {
		if (!ld->seen_header) {
			ld->seen_header = true;
			process_header(ld);
		} else if (!ld->row_nonempty) {
			/* ",,,,": a row a spreadsheet left at the end of a sheet */
			if (ld->empty_rows++ == 0)
				ld->first_empty_row = ld->row_line;
		} else if (ld->field_no != ld->ncols) {
			ld->rows++;
			snprintf(msg, sizeof(msg), "expected %zu fields as in the "
			    "header, found %zu%s", ld->ncols, ld->field_no,
			    mixed_delimiter(ld));
			record_error(ld, msg);
		} else {
			ld->rows++;
			b = pipeline_batch(&ld->pipeline);
			if (ld->record == NULL) {	/* no column kept */
				ld->record = batch_open(b);
				ld->record->hashed = true;
				ld->record->printable = false;
			}
			/* The link's short fields, read here when the
			 * reader is the slower, else by the reader as it
			 * looks ahead: the threads share the work. */
			ld->record->values.ok = false;
			ld->record->valued = ld->kind == FILE_LINKS &&
			    pipeline_behind(&ld->pipeline);
			if (ld->record->valued)
				link_values(b->text, ld->record->fields,
				    &ld->record->values);
			batch_close(b, ld->row_line);
			ld->record = NULL;
			if (!ld->reserved && (pipeline_full(&ld->pipeline) ||
			    ld->rows == FIRST_BATCH)) {
				ld->reserved = true;
				if (reserve(ld) && pipeline_push(&ld->pipeline,
				    PUSH_NOW))
					ld->stop = true;
			}
			if (pipeline_push(&ld->pipeline, PUSH_FULL))
				ld->stop = true;
		}
	}
	if (!ld->seen_header && ld->row_bad)
		ld->stop = true;	/* a bad header leaves nothing to read */
	drop_record(ld);
	ld->field_no = 0;
	ld->row_bad = false;
	ld->row_nonempty = false;
	/*
	 * A record can end inside the text being parsed (a lone CR ends
	 * it too): the next one is plain only if that text is.
	 */
	ld->row_plain = ld->chunk_plain;
	ld->between_rows = true;
}

static void
start_parser(struct loader *ld)
{
	if (csv_init(&ld->csv, CSV_STRICT | CSV_STRICT_FINI |
	    CSV_APPEND_NULL) != 0) {
		fputs("twin: out of memory\n", stderr);
		exit(2);
	}
	if (ld->opt->keep_spaces)
		csv_set_space_func(&ld->csv, no_space);
	if (ld->delimiter_known && ld->delimiter != ',')
		csv_set_delim(&ld->csv, (unsigned char)ld->delimiter);
}

/*
 * libcsv cannot go on after a quoting error, so twin check drops the
 * record and starts a fresh parser at the next line: every later problem
 * of the file is still reported.
 */
static void
restart_parser(struct loader *ld)
{
	csv_free(&ld->csv);
	start_parser(ld);
	if (!ld->seen_header)
		ld->stop = true;	/* a bad header leaves nothing to read */
	drop_record(ld);
	ld->field_no = 0;
	ld->row_bad = false;
	ld->between_rows = true;
}

/*
 * The fields of a line split by csvline.c, kept at once: what keep_field()
 * does for each, with the checks that hold for the whole line made once.
 * False, having kept nothing, for a line that keep_field() is to report
 * on: a field too many or too few, a NUL byte, text that is not UTF-8, or
 * text beyond what a batch holds.  Fields of a valid UTF-8 line are valid:
 * they are cut at ASCII bytes, never inside a character.
 */
static bool
keep_line(struct loader *ld, const char *line, size_t n, const char *end,
    const struct csvline_field *fields, size_t nfields)
{
	struct batch *b = pipeline_batch(&ld->pipeline);
	struct field_span *span;
	struct record *rec;
	size_t i, len, at;
	enum role role;
	bool nonempty = false;
	char *text;

	/* A line's fields and their NULs fit in n + 1 bytes of the batch. */
	if (ld->stop || !ld->seen_header || nfields != ld->ncols ||
	    ld->field_no != 0 || n > FIELD_MAX || b->len > UINT32_MAX - 1 - n ||
	    (!ld->row_plain && (memchr(line, '\0', n) != NULL ||
	    !utf8_valid(line, n))))
		return false;
	rec = batch_open(b);
	batch_reserve_line(b, n);
	text = b->text;
	at = b->len;
	rec->printable = ld->row_printable;
	/* Hashing is work either thread can do: the one with time does it. */
	rec->hashed = pipeline_behind(&ld->pipeline);
	for (i = 0; i < nfields; i++) {
		len = fields[i].len;
		nonempty |= len > 0;
		if ((role = ld->roles[i]) == ROLE_IGNORED)
			continue;
		span = &rec->fields[role];
		batch_copy_field(text + at, fields[i].text, len, end);
		span->off = (uint32_t)at;
		at += len + 1;
		span->len = (uint32_t)len;
		span->ascii = ld->row_plain ||
		    plain_ascii(fields[i].text, len);
		if (rec->hashed)
			span->hash = field_hash(ld->kind, role, fields[i].text,
			    len);
	}
	b->len = at;
	ld->record = rec;
	ld->field_no = nfields;
	ld->row_nonempty = nonempty;
	return true;
}

/*
 * The first line of buf, when it is a record of its own, split by
 * csvline.c: the callbacks get the same fields as from libcsv.  That is
 * each line of the world registry and 96% of the synthetic one's, found
 * in a third of libcsv's time or a little more: 1.3-1.6 ms against
 * 4.1-4.5 ms on the world registry, 120-140 ms against 305-345 ms on a
 * million synthetic rows (two runs, callbacks that do nothing).  A line
 * is now split sixteen bytes at a time up to a quoted field, which tells
 * whether it is ASCII and free of control bytes: on the world registry
 * 372 instructions a line, where splitting took 491 and the two checks
 * of the line about 95 more (callgrind).
 * The bytes of the line, or 0 to leave it to libcsv.
 */
static size_t
split_line(struct loader *ld, const char *buf, size_t len)
{
	struct csvline_field fields[SPLIT_FIELDS];
	struct csvline_line line;
	size_t nfields, i;

	nfields = csvline_split(&ld->csvline, buf, len, fields, SPLIT_FIELDS,
	    &line);
	if (nfields == 0)
		return 0;
	ld->line_text = buf;
	ld->line_len = line.len;
	ld->row_line = ld->line;
	ld->between_rows = false;
	ld->row_plain = ld->chunk_plain = line.ascii;
	/*
	 * Without a control character in the line, the reader need not look
	 * for one in each name.  In a file of tabs each line has some.
	 */
	ld->row_printable = line.ascii && line.printable &&
	    ld->delimiter != '\t';
	if (!keep_line(ld, buf, line.len, buf + len, fields, nfields))
		for (i = 0; i < nfields && !ld->stop; i++)
			keep_field(ld, fields[i].text, fields[i].len);
	row_cb(line.term, ld);
	return line.len;
}

static void
feed(struct loader *ld, const char *buf, size_t len)
{
	const char *nl;
	size_t n, i;

	while (len > 0 && !ld->stop) {
		/* Between records libcsv holds nothing of the file. */
		if (ld->between_rows && ld->seen_header &&
		    (n = split_line(ld, buf, len)) > 0) {
			ld->line++;
			ld->parsed += n;
			buf += n;
			len -= n;
			continue;
		}
		nl = memchr(buf, '\n', len);
		n = nl != NULL ? (size_t)(nl - buf) + 1 : len;
		if (!ld->delimiter_known)
			decide_delimiter(ld, buf, n);
		ld->line_text = buf;
		ld->line_len = n;
		if (ld->between_rows)
			ld->row_plain = true;	/* a record starts in this line */
		if (ld->between_rows) {
			for (i = 0; i < n; i++)
				if (buf[i] != '\r' && buf[i] != '\n')
					break;
			if (i < n) {
				ld->row_line = ld->line;
				ld->between_rows = false;
			}
		}
		if (ld->row_plain && !plain_ascii(buf, n))
			ld->row_plain = false;
		ld->chunk_plain = ld->row_plain;
		/*
		 * libcsv grows a field's buffer by blk_size at a time: keep
		 * that as large as the buffer already is, so that a huge
		 * field costs a few reallocations, not one per 128 bytes.
		 */
		if (ld->csv.entry_size > ld->csv.blk_size)
			csv_set_blk_size(&ld->csv, ld->csv.entry_size);
		if (csv_parse(&ld->csv, buf, n, field_cb, row_cb, ld) != n &&
		    !ld->stop) {
			report(ld, ld->line, "bad quoting: expected a quote only "
			    "at the start and end of a field, doubled (\"\") "
			    "inside it");
			if (!ld->stop)
				restart_parser(ld);
		}
		if (nl != NULL)
			ld->line++;
		ld->parsed += n;
		buf += n;
		len -= n;
	}
}

static void
loader_start(struct loader *ld, struct registry *reg, const char *name,
    const struct load_options *opt)
{
	char msg[300];

	memset(ld, 0, sizeof(*ld));
	ld->reg = reg;
	ld->opt = opt;
	ld->file = registry_add_file(reg, name);
	ld->name = reg->files[ld->file];
	ld->line = 1;
	ld->row_line = 1;
	reader_start(&ld->reader, reg, opt, ld->name, ld->file);
	pipeline_start(&ld->pipeline, &ld->reader);
	ld->row_plain = true;
	ld->between_rows = true;
	start_parser(ld);
	if (!input_start(&ld->in, opt->encoding, msg, sizeof(msg))) {
		report(ld, 0, "%s", msg);
		ld->stop = true;
	}
}

/* The file is of size bytes, or 0: not known (a stream). */
static void
loader_sized(struct loader *ld, size_t size)
{
	bool on_scratch = size >= PIPELINE_SCRATCH_MIN;

	ld->size = size;
	reader_make_texts(&ld->reader, size, on_scratch);
	if (on_scratch)
		pipeline_use_scratch(&ld->pipeline, &ld->reg->scratch);
}

/* Raw bytes of the file: decoded to UTF-8, then parsed. */
static void
feed_bytes(struct loader *ld, const char *buf, size_t len)
{
	const char *text;
	size_t textlen;
	char msg[300];

	if (ld->stop)
		return;
	if (!input_convert(&ld->in, buf, len, &text, &textlen, msg,
	    sizeof(msg))) {
		report(ld, ld->line, "%s", msg);
		ld->stop = true;
		return;
	}
	feed(ld, text, textlen);
}

static size_t
loader_finish(struct loader *ld)
{
	size_t i, errors;
	char msg[300];

	if (!ld->stop && !input_finish(&ld->in, msg, sizeof(msg)))
		report(ld, ld->line, "%s", msg);
	if (!ld->stop && csv_fini(&ld->csv, field_cb, row_cb, ld) != 0 &&
	    !ld->stop)
		report(ld, ld->row_line, "unterminated quoted field: expected a "
		    "closing quote before the end of the file");
	if (!ld->stop && !ld->seen_header)
		report(ld, 1, "empty file: expected a header row naming the "
		    "columns city, country, partner and partner_country");
	/* An export of the wrong sheet, or of its header only. */
	if (!ld->stop && ld->seen_header && ld->rows == 0 &&
	    ld->kind == FILE_LINKS)
		batch_add_message(pipeline_batch(&ld->pipeline), 1,
		    SEVERITY_WARNING, "a header and no links: expected rows of "
		    "links after the header");
	pipeline_finish(&ld->pipeline);
	if (ld->seen_header)
		reader_note(&ld->reader, 1, "read as %s%s, fields separated "
		    "by %s", ld->in.encoding, ld->in.cd == (iconv_t)-1 &&
		    ld->bom ? " with a byte-order mark" : "",
		    delimiter_name(ld->delimiter));
	if (ld->empty_rows > 0)
		reader_note(&ld->reader, ld->first_empty_row, "%zu row%s with "
		    "no values skipped", ld->empty_rows,
		    ld->empty_rows == 1 ? "" : "s");
	input_free(&ld->in);
	csv_free(&ld->csv);
	for (i = 0; i < ld->ncols; i++)
		free(ld->header[i]);
	free(ld->header);
	free(ld->roles);
	errors = ld->reader.errors;
	reader_finish(&ld->reader);
	return errors;
}

size_t
load_buffer(struct registry *reg, const char *name, const char *buf,
    size_t len, const struct load_options *opt)
{
	struct loader ld;

	loader_start(&ld, reg, name, opt);
	loader_sized(&ld, len);
	feed_bytes(&ld, buf, len);
	return loader_finish(&ld);
}

/* Bytes read from a file at a time. */
#define READ_BYTES (64 * 1024)

/*
 * Where to read the file into: a file whose records are lent from the
 * scratch page (loader_sized()) is read into that page too, which is
 * faulted in by then, where a buffer of its own took 16 faults of small
 * pages at the first read, while no thread but the parser's was running
 * (0.25 ms on the world registry: its cold load 1-2% faster, paired
 * runs, and synthetic files of 3,000 to 60,000 rows as much).  The page
 * is cleared when the pipeline finishes, after the last read.
 */
static char *
read_buffer(struct loader *ld, char *own)
{
	char *buf;

	if (ld->pipeline.scratch != NULL &&
	    (buf = scratch_calloc(ld->pipeline.scratch, READ_BYTES, 1)) != NULL)
		return buf;
	return own;
}

static size_t
file_error(struct registry *reg, const char *path,
    const struct load_options *opt, const char *what)
{
	(void)reg;
	if (opt->report != NULL)
		opt->report(opt->ctx, path, 0, SEVERITY_ERROR, what);
	return 1;
}

size_t
load_file(struct registry *reg, const char *path, const struct load_options *opt)
{
	static char own_buf[READ_BYTES];
	char *buf;
	struct loader ld;
	struct stat st;
	ssize_t n;
	int fd;
	char msg[256];

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		snprintf(msg, sizeof(msg), "cannot open: %s", strerror(errno));
		return file_error(reg, path, opt, msg);
	}
	if (fstat(fd, &st) != 0)
		st.st_mode = 0;		/* not known: read it as a stream */
	if (S_ISDIR(st.st_mode)) {
		if (fd != STDIN_FILENO)
			close(fd);
		return file_error(reg, path, opt,
		    "is a directory: expected a registry file");
	}
	loader_start(&ld, reg, strcmp(path, "-") == 0 ? "(stdin)" : path, opt);
	loader_sized(&ld, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0);
	buf = read_buffer(&ld, own_buf);
	while (!ld.stop) {
		n = read(fd, buf, READ_BYTES);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			snprintf(msg, sizeof(msg), "read error: %s",
			    strerror(errno));
			report(&ld, 0, "%s", msg);
			break;
		}
		if (n == 0)
			break;
		feed_bytes(&ld, buf, (size_t)n);
	}
	if (fd != STDIN_FILENO)
		close(fd);
	return loader_finish(&ld);
}
