/*
 * records.c: read the records of a file into the registry.
 *
 * Every field of a record is checked, and a record with a bad one is
 * skipped with a message naming its line.  A name already read (the same
 * bytes in the same country and region) is found by its spelling, without
 * being checked and folded again.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "place.h"
#include "prefault.h"
#include "prefetch.h"
#include "records.h"
#include "vocabulary.h"
#include "xalloc.h"

const char *const role_names[ROLE_COUNT] = {
	NULL, "city", "country", "partner", "partner_country", "year",
	"status", "kind", "source", "note", "alias", "region", "partner_region",
	"ended", "lat", "lon"
};

/*
 * Records zeroed at a time, as the batch first reaches them: a batch of a
 * small file uses a few of the records it makes room for, and zeroing all
 * at once would fault in pages of memory it never uses (40 of them, half
 * a millisecond, for a file of a few rows).
 */
#define CLEAN_RECORDS 16

/* Room for records[n], zeroed. */
static void
grow_records(struct batch *b)
{
	size_t clean;

	if (b->n + 1 > b->cap) {
		/* A batch holds b->full records and a few messages: made
		 * that large at once, it is not copied as it grows. */
		if (b->cap == 0) {
			b->records = xreallocarray(NULL, BATCH_ROOM(b->full),
			    sizeof(*b->records));
			b->cap = BATCH_ROOM(b->full);
		} else if (b->lent) {
			grow_array_out((void **)&b->records, &b->cap, b->n,
			    b->n + 1, sizeof(*b->records));
			b->lent = false;
		} else
			grow_array((void **)&b->records, &b->cap, b->n + 1,
			    sizeof(*b->records));
	}
	/* Columns a file does not have are never written: empty. */
	if (b->n >= b->clean) {
		clean = b->clean + CLEAN_RECORDS < b->cap ?
		    b->clean + CLEAN_RECORDS : b->cap;
		memset(b->records + b->clean, 0,
		    (clean - b->clean) * sizeof(*b->records));
		b->clean = clean;
	}
}

void
batch_lend(struct batch *b, struct record *records, size_t cap)
{
	b->records = records;
	b->cap = b->clean = cap;	/* scratch_calloc() zeroed them */
	b->lent = true;
}

void
batch_lend_text(struct batch *b, char *text, size_t cap)
{
	b->text = text;
	b->text_cap = cap;
	b->text_lent = true;
}

void
batch_grow_text(struct batch *b, size_t need)
{
	if (b->text_lent)
		grow_array_out((void **)&b->text, &b->text_cap, b->len, need, 1);
	else
		grow_array((void **)&b->text, &b->text_cap, need, 1);
	b->text_lent = false;
}

/*
 * How far ahead the parser claims the records and text it is to write.
 * The ring's batches are written over once the reader has read them, on
 * the other core: each line written is first taken back from that core's
 * cache, and the parser's writes wait for it.  Claimed a few records
 * ahead, the lines come over while the parser works (the distance
 * matters little: 2 to 16 records, 256 to 1,024 bytes, within 1.5%).
 */
#define CLAIM_RECORDS_AHEAD 4
#define CLAIM_TEXT_AHEAD 512

WRITE_PREFETCHER struct record *
batch_open(struct batch *b)
{
	const char *ahead;
	size_t at;

	grow_records(b);
	b->start = b->len;
	if (b->n + CLAIM_RECORDS_AHEAD < b->cap) {
		ahead = (const char *)&b->records[b->n + CLAIM_RECORDS_AHEAD];
		for (at = 0; at < sizeof(struct record); at += 64)
			prefetch_to_write(ahead + at);
	}
	if (b->len + CLAIM_TEXT_AHEAD < b->text_cap)
		prefetch_to_write(b->text + b->len + CLAIM_TEXT_AHEAD);
	return &b->records[b->n];
}

void
batch_close(struct batch *b, unsigned long line)
{
	struct record *rec = &b->records[b->n++];

	rec->line = line;
	rec->message = NO_MESSAGE;
}

void
batch_drop(struct batch *b)
{
	b->len = b->start;
}

void
batch_clear(struct batch *b)
{
	b->n = b->len = b->start = b->messages_len = 0;
}

void
batch_add_message(struct batch *b, unsigned long line, enum severity severity,
    const char *message)
{
	struct record *rec;
	size_t len = strlen(message) + 1;

	grow_records(b);
	grow_array((void **)&b->messages, &b->messages_cap,
	    b->messages_len + len, 1);
	rec = &b->records[b->n++];	/* its fields are not read */
	rec->line = line;
	rec->message = b->messages_len;
	rec->severity = severity;
	memcpy(b->messages + b->messages_len, message, len);
	b->messages_len += len;
}

void
batch_free(struct batch *b)
{
	if (!b->lent)
		free(b->records);
	if (!b->text_lent)
		free(b->text);
	free(b->messages);
	memset(b, 0, sizeof(*b));
}

static void
report(struct reader *rd, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	rd->errors++;
	if (rd->opt->report != NULL)
		rd->opt->report(rd->opt->ctx, rd->name, line, SEVERITY_ERROR, msg);
	if (!rd->opt->keep_going)
		atomic_store(&rd->stop, true);
}

/* Append 'value' to buf, shortened and with control bytes escaped. */
static void
quote_value(char *buf, size_t cap, const char *s, size_t len)
{
	size_t o = 0, i, limit = 60;

	if (cap < 16)
		return;
	buf[o++] = '\'';
	for (i = 0; i < len && i < limit && o + 8 < cap; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(buf + o, cap - o, "\\x%02x", c);
		else
			buf[o++] = (char)c;
	}
	/* Do not cut a UTF-8 sequence in half: such bytes were copied one for one. */
	while (i < len && i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) {
		i--;
		o--;
	}
	if (i < len)
		o += (size_t)snprintf(buf + o, cap - o, "...");
	if (o + 2 <= cap)
		buf[o++] = '\'';
	buf[o] = '\0';
}

void
reader_note(struct reader *rd, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (!rd->opt->notes || rd->opt->report == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	rd->opt->report(rd->opt->ctx, rd->name, line, SEVERITY_NOTE, msg);
}

/* Note a value synonym the first time it is read: "on hold" as suspended. */
static void
note_synonym(struct reader *rd, const char *what, const char *s, size_t len,
    const char *as)
{
	size_t i;
	char key[24];

	if (!rd->opt->notes)
		return;
	snprintf(key, sizeof(key), "%.*s", (int)(len < 23 ? len : 23), s);
	for (i = 0; i < rd->nnoted; i++)
		if (strcmp(rd->noted[i], key) == 0)
			return;
	if (rd->nnoted < sizeof(rd->noted) / sizeof(rd->noted[0]))
		strcpy(rd->noted[rd->nnoted++], key);
	reader_note(rd, rd->row_line, "%s '%.*s' read as %s", what, (int)len,
	    s, as);
}

/* An error in the current record: skip the record. */
static void
row_error(struct reader *rd, const char *fmt, const char *value,
    size_t value_len)
{
	char quoted[128];

	if (value != NULL) {
		quote_value(quoted, sizeof(quoted), value, value_len);
		report(rd, rd->row_line, fmt, quoted);
	} else
		report(rd, rd->row_line, "%s", fmt);
}

static const char *
field(const struct reader *rd, enum role r, size_t *len)
{
	*len = rd->fields[r].len;
	return rd->text + rd->fields[r].off;
}

static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && (**s == ' ' || **s == '\t'))
		(*s)++, (*len)--;
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
		(*len)--;
}

static bool
parse_country(struct reader *rd, enum role r, country_t *out)
{
	const char *s;
	size_t len;

	s = field(rd, r, &len);
	trim(&s, &len);
	if (len == 0) {
		row_error(rd, r == ROLE_COUNTRY ? "empty country: expected an "
		    "ISO 3166-1 alpha-2 code such as FI" : "empty partner_country: "
		    "expected an ISO 3166-1 alpha-2 code such as FI", NULL, 0);
		return false;
	}
	*out = country_parse(s, len);
	if (*out == COUNTRY_NONE) {
		char hint[200], fmt[400];

		country_hint(s, len, hint, sizeof(hint));
		snprintf(fmt, sizeof(fmt), "unknown %s %%s: expected an ISO "
		    "3166-1 code such as FI or FIN, or a country's name such as "
		    "Finland%s", r == ROLE_COUNTRY ? "country" : "partner_country",
		    hint);
		row_error(rd, fmt, s, len);
		return false;
	}
	return true;
}

/*
 * Check a name field; on success the folded key is in rd->fold.  ahead,
 * if not NULL, is that key, folded by fold_ahead().
 */
static bool
check_name(struct reader *rd, enum role r, const char *s, size_t len,
    const struct folded_name *ahead)
{
	char msg[160];

	if (len == 0) {
		snprintf(msg, sizeof(msg), "empty %s: expected a city name",
		    role_names[r]);
		row_error(rd, msg, NULL, 0);
		return false;
	}
	if (len > NAME_MAX_BYTES) {
		snprintf(msg, sizeof(msg), "%s name of %zu bytes: expected at "
		    "most %d", role_names[r], len, NAME_MAX_BYTES);
		row_error(rd, msg, NULL, 0);
		return false;
	}
	if (!rd->rec->printable && has_control(s, len)) {
		snprintf(msg, sizeof(msg), "control character in %s "
		    "%%s: expected a name on one line", role_names[r]);
		row_error(rd, msg, s, len);
		return false;
	}
	if (rd->fields[r].ascii) {	/* an ASCII key is never longer */
		if (rd->fold.cap < len) {
			rd->fold.cap = len + 64;
			rd->fold.key = xreallocarray(rd->fold.key, rd->fold.cap, 1);
		}
		if (ahead != NULL) {
			memcpy(rd->fold.key, ahead->key, ahead->len);
			rd->fold.len = ahead->len;
		} else
			rd->fold.len = fold_name_ascii(s, len, rd->fold.key,
			    rd->fold.cap);
	} else
		fold_into(&rd->fold, s, len);
	if (rd->fold.len == 0) {
		snprintf(msg, sizeof(msg), "%s %%s has no letters or digits: "
		    "expected a name", role_names[r]);
		row_error(rd, msg, s, len);
		return false;
	}
	return true;
}

static uint32_t
row_line(const struct reader *rd)
{
	return rd->row_line > UINT32_MAX ? UINT32_MAX : (uint32_t)rd->row_line;
}

/* A region as written in column r: one line of a name's length. */
static bool
region_text_ok(struct reader *rd, enum role r, const char *s, size_t len)
{
	if (len <= NAME_MAX_BYTES && (rd->rec->printable ||
	    !has_control(s, len)))
		return true;
	row_error(rd, r == ROLE_REGION ? "bad region %s: expected the name or "
	    "ISO 3166-2 code of a region, such as Oregon or US-OR" :
	    "bad partner_region %s: expected the name or ISO 3166-2 code of "
	    "a region, such as Oregon or US-OR", s, len);
	return false;
}

/*
 * The region named in column r (region or partner_region) for a city in
 * country c: REGION_NONE when the column is empty or absent.  Registries
 * with regions write the same few again and again, so the last one read
 * from each column is remembered.
 */
static bool
row_region(struct reader *rd, enum role r, country_t c, region_id *out)
{
	const char *s;
	size_t len;
	int i = r == ROLE_REGION ? 0 : 1;

	s = field(rd, r, &len);
	trim(&s, &len);
	*out = REGION_NONE;
	if (len == 0)
		return true;
	if (rd->last_region[i].id != REGION_NONE &&
	    rd->last_region[i].country == c && rd->last_region[i].len == len &&
	    memcmp(rd->last_region[i].text, s, len) == 0) {
		*out = rd->last_region[i].id;
		return true;
	}
	if (!region_text_ok(rd, r, s, len))
		return false;
	*out = registry_intern_region(rd->reg, c, s, len);
	if (*out == REGION_NONE) {
		row_error(rd, r == ROLE_REGION ? "region %s has no letters or "
		    "digits: expected the name or ISO 3166-2 code of a region" :
		    "partner_region %s has no letters or digits: expected the "
		    "name or ISO 3166-2 code of a region", s, len);
		return false;
	}
	if (rd->last_region[i].cap < len)
		grow_array((void **)&rd->last_region[i].text,
		    &rd->last_region[i].cap, len, 1);
	memcpy(rd->last_region[i].text, s, len);
	rd->last_region[i].len = len;
	rd->last_region[i].country = c;
	rd->last_region[i].id = *out;
	return true;
}

/*
 * The city named in column r, in country c and region g; CITY_NONE after
 * an error.  A name is looked up by its spelling first: most rows repeat
 * names read before, and a name found that way needs neither the checks
 * nor the folding a new one gets.
 */
static city_id
row_city(struct reader *rd, enum role r, country_t c, region_id g)
{
	const char *s;
	size_t len;
	uint32_t hash = 0;
	city_id id;
	size_t before;
	bool cached;
	const struct folded_name *ahead;

	s = field(rd, r, &len);
	/* Registries list a city's links together: often it is the last one. */
	if (r == ROLE_CITY && rd->last.id != CITY_NONE && len == rd->last.len &&
	    c == rd->last.country && g == rd->last.region &&
	    memcmp(s, rd->last.name, len) == 0)
		return rd->last.id;
	/* Looked at by fold_ahead(), under the same country and region. */
	ahead = &rd->folded[rd->row % FOLDED][r == ROLE_PARTNER];
	if (ahead->rec != rd->rec)
		ahead = NULL;
	else if (ahead->city != CITY_NONE) {
		id = ahead->city;
		goto found;
	}
	cached = len <= NAME_MAX_BYTES && spelling_region_fits(g);
	if (cached) {
		hash = rd->fields[r].hash;
		id = registry_find_spelling(rd->reg, s, len, c, g, hash);
		if (id != CITY_NONE)
			goto found;
	}
	/* Folded by fold_ahead(), if this name was new then. */
	if (ahead != NULL && ahead->len == 0)
		ahead = NULL;
	if (!check_name(rd, r, s, len, ahead))
		return CITY_NONE;
	before = rd->reg->ncities;
	id = registry_intern(rd->reg, s, len, rd->fold.key, rd->fold.len,
	    ahead != NULL ? ahead->hash : key_hash(rd->fold.key, rd->fold.len),
	    c, g);
	if (cached)
		registry_add_spelling(rd->reg, s, len, c, g, hash, id);
	/* Where each city and each other spelling of it was first seen. */
	if (id == before)
		registry_set_origin(rd->reg, id, rd->file, row_line(rd));
	else if (rd->reg->cities[id].name_len != len ||
	    memcmp(city_name(rd->reg, &rd->reg->cities[id]), s, len) != 0)
		registry_add_variant(rd->reg, s, len, id, rd->file, row_line(rd));
found:
	if (r == ROLE_CITY) {
		if (rd->last.cap < len + 1)
			grow_array((void **)&rd->last.name, &rd->last.cap,
			    len + 1, 1);
		memcpy(rd->last.name, s, len);
		rd->last.len = len;
		rd->last.country = c;
		rd->last.region = g;
		rd->last.id = id;
	}
	return id;
}

/* A year written as up to four digits, not all 0, or nothing (0). */
static bool
year_value(const char *s, size_t len, uint16_t *year)
{
	size_t i;
	unsigned v = 0;

	trim(&s, &len);
	if (len > 4)
		return false;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	*year = (uint16_t)v;
	return len == 0 || v != 0;
}

/* The year of column r (year or ended): 0 when empty, false after an error. */
static bool
parse_year(struct reader *rd, enum role r, uint16_t *year)
{
	const char *s;
	size_t len, i;
	const char *what = r == ROLE_YEAR ? "year" : "ended year";

	s = field(rd, r, &len);
	if (year_value(s, len, year))
		return true;
	trim(&s, &len);
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 4) {
			char fmt[200];

			snprintf(fmt, sizeof(fmt), "bad %s %%s: expected a year of "
			    "up to four digits such as %s, or nothing when %s",
			    what, r == ROLE_YEAR ? "1946" : "2022",
			    r == ROLE_YEAR ? "unknown" : "the link stands or it is "
			    "not known");
			row_error(rd, fmt, s, len);
			return false;
		}
	}
	{	/* digits, all 0 */
		char fmt[200];

		snprintf(fmt, sizeof(fmt), "bad %s %%s: expected a year from 1 "
		    "to 9999, or nothing when %s", what, r == ROLE_YEAR ?
		    "unknown" : "the link stands or it is not known");
		row_error(rd, fmt, s, len);
		return false;
	}
}

/*
 * Is s (NUL-terminated) the word w?  Words are a few letters long, and
 * each row has two to match: a loop here, where a call of strcmp() cost
 * the parser nearly as much as splitting the row's fields (perf, a million
 * rows).
 */
static inline bool
same_word(const char *s, const char *w)
{
	while (*w != '\0' && *s == *w)
		s++, w++;
	return *s == *w;
}

/*
 * The word of names[0..n) that s (NUL-terminated) is exactly, 0 when it
 * is empty, or -1: most rows spell the word as twin does.
 */
static int
exact_word(const char *s, size_t len, const char *const *names, int n)
{
	int i;

	if (len == 0)		/* empty, or no such column */
		return 0;
	for (i = 0; i < n; i++)
		if (same_word(s, names[i]))
			return i;
	return -1;
}

/*
 * The status or kind of column r (enum link_status or link_kind), the
 * default when empty, or -1 after an error.  Words are matched in any
 * case, with the synonyms of vocabulary.c ("on hold", "sister city").
 */
static int
parse_word(struct reader *rd, enum role r, const char *const *names, int n)
{
	const char *s;
	size_t len;
	int i, synonym;
	char fmt[400];

	s = field(rd, r, &len);
	if ((i = exact_word(s, len, names, n)) >= 0)
		return i;
	trim(&s, &len);
	if (len == 0)
		return 0;
	i = r == ROLE_STATUS ? vocab_status(s, len, &synonym) :
	    vocab_kind(s, len, &synonym);
	if (i >= 0) {
		if (synonym)
			note_synonym(rd, role_names[r], s, len, names[i]);
		return i;
	}
	snprintf(fmt, sizeof(fmt), "unknown %s %%s: expected %s",
	    role_names[r], r == ROLE_STATUS ? vocab_status_words :
	    vocab_kind_words);
	row_error(rd, fmt, s, len);
	return -1;
}

/* The table of recent texts, empty, of n entries: on the scratch page if
 * one is given and it has room. */
static void
make_texts(struct reader *rd, size_t n, struct scratch *on)
{
	if (n > RECENT_TEXTS)
		n = RECENT_TEXTS;
	scratch_release(&rd->reg->scratch, rd->recent_texts);
	rd->recent_texts = on != NULL ? scratch_calloc(on, n,
	    sizeof(*rd->recent_texts)) : NULL;
	if (rd->recent_texts == NULL)
		rd->recent_texts = xcalloc(n, sizeof(*rd->recent_texts));
	rd->recent_mask = (uint32_t)(n - 1);
	rd->recent_new = 0;
}

/* The hash of a source or note, by which recent texts are found. */
#define text_hash(s, len) strmap_hash(s, len, 0)

/* The entry of the recent texts where a text of that hash is kept. */
static struct recent_text *
recent_text(const struct reader *rd, uint32_t hash)
{
	return &rd->recent_texts[hash & rd->recent_mask];
}

/*
 * The text of a source or note column, kept with the row.  A text kept
 * lately is not kept again: the row shares it (see RECENT_TEXTS).  On the
 * synthetic registry of a million rows this keeps 12 MB of its 27 MB.
 */
static uint32_t
row_text(struct reader *rd, enum role r)
{
	const char *s, *prev;
	size_t len;
	uint32_t hash;
	struct recent_text *recent;

	s = field(rd, r, &len);
	if (len == 0)
		return 0;
	trim(&s, &len);
	if (len == 0)
		return 0;
	hash = rd->fields[r].hash;	/* field_hash() */
	recent = recent_text(rd, hash);
	if (recent->text != 0 && recent->hash == hash) {
		prev = registry_text(rd->reg, recent->text);
		if (strncmp(prev, s, len) == 0 && prev[len] == '\0')
			return recent->text;
	}
	/* Full: a larger table, empty, takes this text first. */
	if (rd->recent_new > rd->recent_mask &&
	    rd->recent_mask < RECENT_TEXTS - 1) {
		make_texts(rd, 4 * ((size_t)rd->recent_mask + 1), NULL);
		recent = recent_text(rd, hash);
	}
	rd->recent_new++;
	recent->hash = hash;
	return recent->text = registry_add_text(rd->reg, s, len);
}

static void
process_link(struct reader *rd)
{
	const struct link_values *v = rd->values;
	struct statement st;
	country_t c1, c2;
	region_id g1, g2;
	city_id city, partner;
	int status, kind;

	memset(&st, 0, sizeof(st));
	if (v->ok) {
		c1 = v->country;
		c2 = v->partner_country;
	} else if (!parse_country(rd, ROLE_COUNTRY, &c1) ||
	    !parse_country(rd, ROLE_PARTNER_COUNTRY, &c2))
		return;
	g1 = g2 = REGION_NONE;
	if (rd->has_regions && (!row_region(rd, ROLE_REGION, c1, &g1) ||
	    !row_region(rd, ROLE_PARTNER_REGION, c2, &g2)))
		return;
	if ((city = row_city(rd, ROLE_CITY, c1, g1)) == CITY_NONE ||
	    (partner = row_city(rd, ROLE_PARTNER, c2, g2)) == CITY_NONE)
		return;
	if (v->ok) {
		st.year = v->year;
		st.ended = v->ended;
		status = v->status;
		kind = v->kind;
	} else if (!parse_year(rd, ROLE_YEAR, &st.year) ||
	    !parse_year(rd, ROLE_ENDED, &st.ended) ||
	    (status = parse_word(rd, ROLE_STATUS, status_names,
	    STATUS_COUNT)) < 0 ||
	    (kind = parse_word(rd, ROLE_KIND, kind_names, KIND_COUNT)) < 0)
		return;
	st.status = (unsigned)status & 3;
	st.kind = (unsigned)kind & 3;
	st.file = rd->file;
	st.line = row_line(rd);
	/* Most rows have neither, and many files neither column. */
	st.source = rd->fields[ROLE_SOURCE].len > 0 ?
	    row_text(rd, ROLE_SOURCE) : 0;
	st.note = rd->fields[ROLE_NOTE].len > 0 ? row_text(rd, ROLE_NOTE) : 0;
	registry_add_statement(rd->reg, city, partner, &st);
}

static void
process_alias(struct reader *rd)
{
	const char *alias, *city;
	size_t alias_len, city_len;
	country_t c;
	region_id g;

	if (!parse_country(rd, ROLE_COUNTRY, &c))
		return;
	if (!row_region(rd, ROLE_REGION, c, &g))
		return;
	city = field(rd, ROLE_CITY, &city_len);
	if (!check_name(rd, ROLE_CITY, city, city_len, NULL))
		return;
	alias = field(rd, ROLE_ALIAS, &alias_len);
	if (!check_name(rd, ROLE_ALIAS, alias, alias_len, NULL))
		return;
	registry_add_alias(rd->reg, alias, alias_len, rd->fold.key,
	    rd->fold.len, city, city_len, c, g, rd->file, row_line(rd));
}

/*
 * "60.4515": an optional sign, digits and a point, of at most 15 digits,
 * as places files write coordinates.  The digits make an integer that a
 * double holds exactly, and one division by an exact power of ten rounds
 * it as strtod would, at a fraction of strtod's cost.  False for any
 * other form, which strtod then reads.
 */
static bool
plain_decimal(const char *s, size_t len, double *out)
{
	static const double tens[] = {
		1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15
	};
	uint64_t digits = 0;
	size_t i = 0, ndigits = 0, decimals = 0;
	bool negative = false, point = false;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		negative = s[i++] == '-';
	for (; i < len; i++) {
		if (s[i] == '.' && !point)
			point = true;
		else if (s[i] >= '0' && s[i] <= '9') {
			digits = digits * 10 + (uint64_t)(s[i] - '0');
			ndigits++;
			decimals += point;
		} else
			return false;
	}
	if (ndigits == 0 || ndigits > 15)
		return false;
	*out = (double)digits / tens[decimals];
	if (negative)
		*out = -*out;
	return true;
}

/*
 * A coordinate in column r: a decimal number of degrees within
 * [-limit, limit].  strtod is the C locale's here: the point is decimal.
 */
static bool
parse_degrees(struct reader *rd, enum role r, double limit, double *out)
{
	const char *s;
	char buf[64], *end, *comma, msg[160];
	size_t len;

	s = field(rd, r, &len);
	trim(&s, &len);
	if (len > 0 && len < sizeof(buf)) {
		memcpy(buf, s, len);
		buf[len] = '\0';
		/* 60,45: a decimal comma, as spreadsheets write it in most of
		 * Europe; it cannot mean anything else in one field. */
		comma = strchr(buf, ',');
		if (comma != NULL && strchr(buf, '.') == NULL &&
		    strchr(comma + 1, ',') == NULL)
			*comma = '.';
		/* Decimal only: strtod would take "nan", "inf" and hex too. */
		if (plain_decimal(buf, len, out)) {
			if (fabs(*out) <= limit)
				return true;
		} else if (strspn(buf, "0123456789+-.eE") == len) {
			*out = strtod(buf, &end);
			if (end == buf + len && isfinite(*out) &&
			    fabs(*out) <= limit)
				return true;
		}
	}
	snprintf(msg, sizeof(msg), "bad %s %%s: expected decimal degrees "
	    "from -%.0f to %.0f", r == ROLE_LAT ? "latitude" : "longitude",
	    limit, limit);
	row_error(rd, msg, s, len);
	return false;
}

static void
process_place(struct reader *rd)
{
	const char *city, *region;
	size_t city_len, region_len;
	country_t c;
	double lat, lon;

	if (!parse_country(rd, ROLE_COUNTRY, &c))
		return;
	/* Kept as written: only a name of several cities needs it found. */
	region = field(rd, ROLE_REGION, &region_len);
	trim(&region, &region_len);
	if (!region_text_ok(rd, ROLE_REGION, region, region_len))
		return;
	if (!parse_degrees(rd, ROLE_LAT, 90, &lat) ||
	    !parse_degrees(rd, ROLE_LON, 180, &lon))
		return;
	city = field(rd, ROLE_CITY, &city_len);
	if (!check_name(rd, ROLE_CITY, city, city_len, NULL))
		return;
	registry_add_place_row(rd->reg, city, city_len, rd->fold.key,
	    rd->fold.len, c, region, region_len, lat, lon, rd->file,
	    row_line(rd), row_text(rd, ROLE_SOURCE));
}


void
reader_start(struct reader *rd, struct registry *reg,
    const struct load_options *opt, const char *name, uint16_t file)
{
	memset(rd, 0, sizeof(*rd));
	rd->reg = reg;
	rd->opt = opt;
	rd->name = name;
	rd->file = file;
	atomic_init(&rd->stop, false);
	rd->last.id = CITY_NONE;
	rd->last_region[0].id = rd->last_region[1].id = REGION_NONE;
	prefault_init(&rd->prefault);
}

void
reader_make_texts(struct reader *rd, size_t size, bool on_scratch)
{
	size_t n = RECENT_TEXTS_MIN;

	while (n < RECENT_TEXTS && n < size / RECENT_TEXT_BYTES)
		n *= 2;
	make_texts(rd, n, on_scratch ? &rd->reg->scratch : NULL);
}

/*
 * The hash by which the reader finds a field (struct field_span): the
 * parser computes it as it keeps the field while the reader is behind,
 * else the reader as it looks ahead (look_ahead()).
 */
uint32_t
field_hash(enum file_kind kind, enum role r, const char *s, size_t len)
{
	if (r == ROLE_SOURCE || r == ROLE_NOTE) {
		trim(&s, &len);
		return text_hash(s, len);
	}
	if (kind == FILE_LINKS && (r == ROLE_CITY || r == ROLE_PARTNER))
		return spelling_hash(s, len);
	return 0;
}

/* A country written as a code of two letters, as most rows write it. */
static bool
country_value(const char *s, size_t len, country_t *c)
{
	trim(&s, &len);
	*c = country_from_code(s, len);
	return *c != COUNTRY_NONE;
}

void
link_values(const char *text, const struct field_span *f,
    struct link_values *v)
{
	int status, kind;

#define TEXT(r)	text + f[r].off, f[r].len
	status = exact_word(TEXT(ROLE_STATUS), status_names, STATUS_COUNT);
	kind = exact_word(TEXT(ROLE_KIND), kind_names, KIND_COUNT);
	v->ok = country_value(TEXT(ROLE_COUNTRY), &v->country) &&
	    country_value(TEXT(ROLE_PARTNER_COUNTRY), &v->partner_country) &&
	    year_value(TEXT(ROLE_YEAR), &v->year) &&
	    year_value(TEXT(ROLE_ENDED), &v->ended) && status >= 0 && kind >= 0;
#undef TEXT
	v->status = (uint8_t)status;
	v->kind = (uint8_t)kind;
}

/*
 * The parser wrote the record on the other core: start moving its cache
 * lines over a while before look_ahead() reads it, or each of them is a
 * miss that the reader waits for.
 */
PREFETCHER void
fetch_record(const struct record *rec)
{
	const char *p = (const char *)rec;
	size_t at;

	for (at = 0; at < sizeof(*rec); at += 64)
		prefetch(p + at);
}

/*
 * Registries list a city's links together: a record whose city is written
 * as in the record before it (in the same batch) is read by row_city()
 * from what it kept of that one, and its slot need not be fetched.
 */
static bool
city_as_before(const struct batch *b, const struct record *rec)
{
	const struct field_span *f = &rec->fields[ROLE_CITY], *e;

	if (rec == b->records || rec[-1].message != NO_MESSAGE)
		return false;
	e = &rec[-1].fields[ROLE_CITY];
	return e->hash == f->hash && e->len == f->len &&
	    memcmp(b->text + e->off, b->text + f->off, f->len) == 0;
}

/*
 * Hash a record's names and texts and read its short fields, unless the
 * parser did, and start fetching the slots of the names and texts.
 */
PREFETCHER void
look_ahead(const struct reader *rd, const struct batch *b, struct record *rec)
{
	static const enum role hashed[] = {
		ROLE_CITY, ROLE_PARTNER, ROLE_SOURCE, ROLE_NOTE
	};
	struct field_span *f;
	size_t i;

	if (rec->message != NO_MESSAGE)
		return;
	for (i = 0; !rec->hashed && i < sizeof(hashed) / sizeof(*hashed); i++) {
		f = &rec->fields[hashed[i]];
		f->hash = field_hash(rd->kind, hashed[i], b->text + f->off,
		    f->len);
	}
	rec->hashed = true;
	if (rd->kind == FILE_LINKS && !rec->valued) {
		link_values(b->text, rec->fields, &rec->values);
		rec->valued = true;
	}
	if (rd->kind == FILE_LINKS) {
		if (!city_as_before(b, rec))
			spellings_prefetch(&rd->reg->spelled,
			    rec->fields[ROLE_CITY].hash);
		spellings_prefetch(&rd->reg->spelled,
		    rec->fields[ROLE_PARTNER].hash);
	}
	/* Links and places have a source; places no note, which is empty. */
	if (rec->fields[ROLE_SOURCE].len > 0)
		prefetch(recent_text(rd, rec->fields[ROLE_SOURCE].hash));
	if (rec->fields[ROLE_NOTE].len > 0)
		prefetch(recent_text(rd, rec->fields[ROLE_NOTE].hash));
}

/*
 * The row'th record of b, a group ahead, whose names' slots are
 * coming in: the city of a name spelled so before is kept for row_city(),
 * which then need not look it up again; a name not spelled so yet is
 * likely new, and interning it looks its key up in by_key, a cache miss of
 * its own.  Fold the key now and fetch that slot too.  Only ASCII names in
 * countries the parser read (struct link_values), in files without
 * regions; others are folded when read, as is any name that comes in
 * between.
 */
static void
fold_ahead(struct reader *rd, const struct batch *b, size_t row)
{
	static const enum role names[2] = { ROLE_CITY, ROLE_PARTNER };
	const struct record *rec = &b->records[row];
	struct folded_name *out = rd->folded[row % FOLDED];
	const struct field_span *f;
	const char *s;
	country_t c;
	size_t k;

	out[0].rec = out[1].rec = NULL;
	if (rec->message != NO_MESSAGE || rd->kind != FILE_LINKS ||
	    rd->has_regions || !rec->values.ok)
		return;
	for (k = 0; k < 2; k++) {
		f = &rec->fields[names[k]];
		s = b->text + f->off;
		c = k == 0 ? rec->values.country : rec->values.partner_country;
		out[k].rec = rec;
		out[k].len = 0;
		out[k].city = CITY_NONE;
		if ((k == 0 && city_as_before(b, rec)) ||
		    !f->ascii || f->len == 0 || f->len > FOLD_AHEAD_MAX ||
		    (out[k].city = registry_find_spelling(rd->reg, s, f->len, c,
		    REGION_NONE, f->hash)) != CITY_NONE ||
		    (!rec->printable && has_control(s, f->len)))
			continue;
		out[k].len = fold_name_ascii(s, f->len, out[k].key,
		    sizeof(out[k].key));
		if (out[k].len == 0 || out[k].len > sizeof(out[k].key)) {
			out[k].len = 0;
			continue;
		}
		out[k].hash = key_hash(out[k].key, out[k].len);
		strmap_prefetch(&rd->reg->by_key, out[k].hash);
	}
}

/* Row i and k groups of AHEAD on, or b's end if that is nearer. */
static size_t
groups_on(const struct batch *b, size_t i, size_t k)
{
	return i + k * AHEAD < b->n ? i + k * AHEAD : b->n;
}

/*
 * At row i, the first of a group of AHEAD (records.h): fetch the records
 * of the group three on, the slots of the names of the group two on and
 * those of the keys of new names of the next.  At row 0, the groups
 * before those too, which no call before fetched.
 */
static void
fetch_ahead(struct reader *rd, struct batch *b, size_t i)
{
	size_t j;

	for (j = i == 0 ? 0 : groups_on(b, i, 3); j < groups_on(b, i, 4); j++)
		fetch_record(&b->records[j]);
	for (j = i == 0 ? 0 : groups_on(b, i, 2); j < groups_on(b, i, 3); j++)
		look_ahead(rd, b, &b->records[j]);
	for (j = i == 0 ? 0 : groups_on(b, i, 1); j < groups_on(b, i, 2); j++)
		fold_ahead(rd, b, j);
}

/*
 * The bytes of sources and notes of about rows rows like those of b (the
 * first batch): some of a registry's rows have them, all alike.
 */
static size_t
texts_ahead(const struct batch *b, size_t rows)
{
	const struct field_span *f;
	size_t i, bytes = 0, n = 0;

	for (i = 0; i < b->n; i++) {
		if (b->records[i].message != NO_MESSAGE)
			continue;
		f = b->records[i].fields;
		/* Each text kept ends with a NUL. */
		bytes += f[ROLE_SOURCE].len + (f[ROLE_SOURCE].len != 0) +
		    f[ROLE_NOTE].len + (f[ROLE_NOTE].len != 0);
		n++;
	}
	return n == 0 ? 0 : (size_t)((double)bytes / n * rows);
}

void
reader_read(struct reader *rd, struct batch *b)
{
	const struct record *rec;
	size_t i;

	if (rd->reserve_rows != 0) {
		registry_reserve(rd->reg, rd->reserve_rows, &rd->tables);
		registry_reserve_texts(rd->reg, texts_ahead(b,
		    rd->reserve_rows));
		prefault_wait(&rd->prefault);	/* of an earlier file */
		registry_prefault(rd->reg, rd->reserve_rows, &rd->tables,
		    &rd->prefault);
		rd->reserve_rows = 0;
	}
	if (rd->tables.made && prefault_first_done(&rd->prefault))
		registry_adopt_tables(rd->reg, &rd->tables);
	/* Nothing folded ahead is of this batch yet. */
	for (i = 0; i < FOLDED; i++)
		rd->folded[i][0].rec = rd->folded[i][1].rec = NULL;
	for (i = 0; i < b->n && !atomic_load_explicit(&rd->stop,
	    memory_order_relaxed); i++) {
		if (i % AHEAD == 0)
			fetch_ahead(rd, b, i);
		rec = &b->records[i];
		if (rec->message != NO_MESSAGE) {
			if (rec->severity == SEVERITY_ERROR)
				report(rd, rec->line, "%s",
				    b->messages + rec->message);
			else if (rd->opt->report != NULL)
				rd->opt->report(rd->opt->ctx, rd->name, rec->line,
				    rec->severity, b->messages + rec->message);
			continue;
		}
		rd->rec = rec;
		rd->row = i;
		rd->row_line = rec->line;
		rd->fields = rec->fields;
		rd->values = &rec->values;
		rd->text = b->text;
		if (rd->kind == FILE_LINKS)
			process_link(rd);
		else if (rd->kind == FILE_PLACES)
			process_place(rd);
		else
			process_alias(rd);
	}
}

void
reader_finish(struct reader *rd)
{
	free(rd->last.name);
	free(rd->last_region[0].text);
	free(rd->last_region[1].text);
	fold_buf_free(&rd->fold);
	scratch_release(&rd->reg->scratch, rd->recent_texts);
	prefault_wait(&rd->prefault);
	/* Made too late to be of use: the file was read before they were
	 * faulted in. */
	registry_drop_tables(&rd->tables);
}
