/*
 * load.c: the streaming registry loader.
 *
 * libcsv reports fields and record ends but no positions, so the input is
 * fed to it one line at a time and the line count is kept here: a record
 * starts on the first line with content after the previous record ended.
 * Field text is copied into one reusable row buffer, so loading allocates
 * only for new cities, never per field.  A name seen before (same bytes,
 * same country) is found in the spelling cache without being folded again.
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

#include "fold.h"
#include "input.h"
#include "load.h"
#include "place.h"
#include "vocabulary.h"
#include "xalloc.h"

enum role {
	ROLE_IGNORED,
	ROLE_CITY,
	ROLE_COUNTRY,
	ROLE_PARTNER,
	ROLE_PARTNER_COUNTRY,
	ROLE_YEAR,
	ROLE_STATUS,
	ROLE_KIND,
	ROLE_SOURCE,
	ROLE_NOTE,
	ROLE_ALIAS,
	ROLE_REGION,
	ROLE_PARTNER_REGION,
	ROLE_ENDED,
	ROLE_LAT,
	ROLE_LON,
	ROLE_COUNT
};

static const char *const role_names[ROLE_COUNT] = {
	NULL, "city", "country", "partner", "partner_country", "year",
	"status", "kind", "source", "note", "alias", "region", "partner_region",
	"ended", "lat", "lon"
};

enum file_kind {
	FILE_LINKS,
	FILE_ALIASES,
	FILE_PLACES	/* city, country, region, lat, lon: place.h */
};

struct field_span {
	size_t	off;
	size_t	len;
	bool	ascii;		/* no byte beyond ASCII */
};

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
	size_t			 errors;

	enum file_kind		 kind;
	bool			 has_regions;	/* a region or partner_region column */
	enum role		*roles;		/* per column */
	char			**header;	/* column names as written */
	size_t			 ncols, header_cap;

	size_t			 field_no;	/* index of the next field in the record */
	struct {			/* the city of the previous record */
		char		*name;
		size_t		 len, cap;
		country_t	 country;
		region_id	 region;
		city_id		 id;
	} last;
	struct {			/* the region last read from each column */
		char		*text;
		size_t		 len, cap;
		country_t	 country;
		region_id	 id;
	} last_region[2];
	uint32_t		 last_text[2];	/* the last source and note kept */
	struct field_span	 fields[ROLE_COUNT];
	char			*rowbuf;
	size_t			 rowlen, rowcap;
	struct fold_buf		 fold;

	struct input		 in;		/* the file's bytes as UTF-8 */
	bool			 delimiter_known;
	bool			 bom;		/* a UTF-8 byte-order mark was skipped */
	char			 delimiter;
	const char		*line_text;	/* the line being parsed */
	size_t			 line_len;
	bool			 row_nonempty;	/* a field of the record has text */
	size_t			 empty_rows;
	unsigned long		 first_empty_row;
	size_t			 rows;		/* records after the header */
	char			 noted[16][24];	/* synonyms already noted */
	size_t			 nnoted;
};

/* libcsv trims spaces around unquoted fields by default, which is what a
 * query wants; twin check keeps them to point at names with stray spaces. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
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

static void
report(struct loader *ld, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	ld->errors++;
	if (ld->opt->report != NULL)
		ld->opt->report(ld->opt->ctx, ld->name, line, SEVERITY_ERROR, msg);
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
	ld->opt->report(ld->opt->ctx, ld->name, line, SEVERITY_NOTE, msg);
}

/* Note a value synonym the first time it is read: "on hold" as suspended. */
static void
note_synonym(struct loader *ld, const char *what, const char *s, size_t len,
    const char *as)
{
	size_t i;
	char key[24];

	if (!ld->opt->notes)
		return;
	snprintf(key, sizeof(key), "%.*s", (int)(len < 23 ? len : 23), s);
	for (i = 0; i < ld->nnoted; i++)
		if (strcmp(ld->noted[i], key) == 0)
			return;
	if (ld->nnoted < sizeof(ld->noted) / sizeof(ld->noted[0]))
		strcpy(ld->noted[ld->nnoted++], key);
	note(ld, ld->row_line, "%s '%.*s' read as %s", what, (int)len, s, as);
}

/* An error in the current record: skip the record. */
static void
row_error(struct loader *ld, const char *fmt, const char *value,
    size_t value_len)
{
	char quoted[128];

	if (value != NULL) {
		quote_value(quoted, sizeof(quoted), value, value_len);
		report(ld, ld->row_line, fmt, quoted);
	} else
		report(ld, ld->row_line, "%s", fmt);
	ld->row_bad = true;
}

/*
 * Plain text: no byte is NUL or outside ASCII.  Eight bytes a step; the
 * rare field that fails is then checked precisely.
 */
static bool
plain_ascii(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w | ((w - ones) & ~w)) & highs)
			return false;
	}
	for (; i < len; i++)
		if (s[i] == '\0' || ((unsigned char)s[i] & 0x80))
			return false;
	return true;
}

/* Does s hold a control character (below 0x20, or DEL)?  Eight bytes a step. */
static bool
has_control(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t w, del;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		del = w ^ (0x7F * ones);
		/* A byte below 0x20 borrows; bytes of 0x80 and up are letters
		 * of UTF-8 and masked out. */
		if ((((w - 0x20 * ones) & ~w) | ((del - ones) & ~del)) & highs)
			break;
	}
	for (; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
			return true;
	return false;
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

static void
field_cb(void *data, size_t len, void *arg)
{
	struct loader *ld = arg;
	const char *s = data;
	size_t col = ld->field_no++;
	enum role role;
	bool ascii;

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
	if (ld->rowlen + len + 1 > ld->rowcap)
		grow_array((void **)&ld->rowbuf, &ld->rowcap,
		    ld->rowlen + len + 1, 1);
	memcpy(ld->rowbuf + ld->rowlen, s, len);
	ld->fields[role].off = ld->rowlen;
	ld->fields[role].len = len;
	ld->fields[role].ascii = ascii;
	ld->rowlen += len;
	ld->rowbuf[ld->rowlen++] = '\0';
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
	ld->has_regions = seen[ROLE_REGION] || seen[ROLE_PARTNER_REGION];
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
field(const struct loader *ld, enum role r, size_t *len)
{
	*len = ld->fields[r].len;
	return ld->rowbuf + ld->fields[r].off;
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
parse_country(struct loader *ld, enum role r, country_t *out)
{
	const char *s;
	size_t len;

	s = field(ld, r, &len);
	trim(&s, &len);
	if (len == 0) {
		row_error(ld, r == ROLE_COUNTRY ? "empty country: expected an "
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
		row_error(ld, fmt, s, len);
		return false;
	}
	return true;
}

/* Check a name field; on success the folded key is in ld->fold. */
static bool
check_name(struct loader *ld, enum role r, const char *s, size_t len)
{
	char msg[160];

	if (len == 0) {
		snprintf(msg, sizeof(msg), "empty %s: expected a city name",
		    role_names[r]);
		row_error(ld, msg, NULL, 0);
		return false;
	}
	if (len > NAME_MAX_BYTES) {
		snprintf(msg, sizeof(msg), "%s name of %zu bytes: expected at "
		    "most %d", role_names[r], len, NAME_MAX_BYTES);
		row_error(ld, msg, NULL, 0);
		return false;
	}
	if (has_control(s, len)) {
		snprintf(msg, sizeof(msg), "control character in %s "
		    "%%s: expected a name on one line", role_names[r]);
		row_error(ld, msg, s, len);
		return false;
	}
	if (ld->fields[r].ascii) {	/* an ASCII key is never longer */
		if (ld->fold.cap < len) {
			ld->fold.cap = len + 64;
			ld->fold.key = xreallocarray(ld->fold.key, ld->fold.cap, 1);
		}
		ld->fold.len = fold_name_ascii(s, len, ld->fold.key, ld->fold.cap);
	} else
		fold_into(&ld->fold, s, len);
	if (ld->fold.len == 0) {
		snprintf(msg, sizeof(msg), "%s %%s has no letters or digits: "
		    "expected a name", role_names[r]);
		row_error(ld, msg, s, len);
		return false;
	}
	return true;
}

static uint32_t
row_line(const struct loader *ld)
{
	return ld->row_line > UINT32_MAX ? UINT32_MAX : (uint32_t)ld->row_line;
}

/* A region as written in column r: one line of a name's length. */
static bool
region_text_ok(struct loader *ld, enum role r, const char *s, size_t len)
{
	if (len <= NAME_MAX_BYTES && !has_control(s, len))
		return true;
	row_error(ld, r == ROLE_REGION ? "bad region %s: expected the name or "
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
row_region(struct loader *ld, enum role r, country_t c, region_id *out)
{
	const char *s;
	size_t len;
	int i = r == ROLE_REGION ? 0 : 1;

	s = field(ld, r, &len);
	trim(&s, &len);
	*out = REGION_NONE;
	if (len == 0)
		return true;
	if (ld->last_region[i].id != REGION_NONE &&
	    ld->last_region[i].country == c && ld->last_region[i].len == len &&
	    memcmp(ld->last_region[i].text, s, len) == 0) {
		*out = ld->last_region[i].id;
		return true;
	}
	if (!region_text_ok(ld, r, s, len))
		return false;
	*out = registry_intern_region(ld->reg, c, s, len);
	if (*out == REGION_NONE) {
		row_error(ld, r == ROLE_REGION ? "region %s has no letters or "
		    "digits: expected the name or ISO 3166-2 code of a region" :
		    "partner_region %s has no letters or digits: expected the "
		    "name or ISO 3166-2 code of a region", s, len);
		return false;
	}
	if (ld->last_region[i].cap < len)
		grow_array((void **)&ld->last_region[i].text,
		    &ld->last_region[i].cap, len, 1);
	memcpy(ld->last_region[i].text, s, len);
	ld->last_region[i].len = len;
	ld->last_region[i].country = c;
	ld->last_region[i].id = *out;
	return true;
}

/*
 * The city named in column r, in country c and region g; CITY_NONE after
 * an error.  ASCII names are folded on the spot; other names are looked
 * up by their spelling first, since folding them through utf8proc costs
 * far more.
 */
static city_id
row_city(struct loader *ld, enum role r, country_t c, region_id g)
{
	const char *s;
	size_t len;
	uint32_t hash = 0;
	city_id id;
	size_t before;
	bool cached;

	s = field(ld, r, &len);
	/* Registries list a city's links together: often it is the last one. */
	if (r == ROLE_CITY && ld->last.id != CITY_NONE && len == ld->last.len &&
	    c == ld->last.country && g == ld->last.region &&
	    memcmp(s, ld->last.name, len) == 0)
		return ld->last.id;
	cached = !ld->fields[r].ascii && len <= NAME_MAX_BYTES;
	if (cached) {
		hash = strmap_hash(s, len, c);
		id = registry_find_spelling(ld->reg, s, len, c, g, hash);
		if (id != CITY_NONE)
			goto found;
	}
	if (!check_name(ld, r, s, len))
		return CITY_NONE;
	before = ld->reg->ncities;
	id = registry_intern(ld->reg, s, len, ld->fold.key, ld->fold.len, c, g);
	if (cached)
		registry_add_spelling(ld->reg, s, len, g, hash, id);
	/* Where each city and each other spelling of it was first seen. */
	if (id == before)
		registry_set_origin(ld->reg, id, ld->file, row_line(ld));
	else if (ld->reg->cities[id].name_len != len ||
	    memcmp(ld->reg->cities[id].name, s, len) != 0)
		registry_add_variant(ld->reg, s, len, id, ld->file, row_line(ld));
found:
	if (r == ROLE_CITY) {
		if (ld->last.cap < len + 1)
			grow_array((void **)&ld->last.name, &ld->last.cap,
			    len + 1, 1);
		memcpy(ld->last.name, s, len);
		ld->last.len = len;
		ld->last.country = c;
		ld->last.region = g;
		ld->last.id = id;
	}
	return id;
}

/* The year of column r (year or ended): 0 when empty, false after an error. */
static bool
parse_year(struct loader *ld, enum role r, uint16_t *year)
{
	const char *s;
	size_t len, i;
	unsigned v = 0;
	const char *what = r == ROLE_YEAR ? "year" : "ended year";

	*year = 0;
	s = field(ld, r, &len);
	trim(&s, &len);
	if (len == 0)
		return true;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 4) {
			char fmt[200];

			snprintf(fmt, sizeof(fmt), "bad %s %%s: expected a year of "
			    "up to four digits such as %s, or nothing when %s",
			    what, r == ROLE_YEAR ? "1946" : "2022",
			    r == ROLE_YEAR ? "unknown" : "the link stands or it is "
			    "not known");
			row_error(ld, fmt, s, len);
			return false;
		}
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	if (v == 0) {
		char fmt[200];

		snprintf(fmt, sizeof(fmt), "bad %s %%s: expected a year from 1 "
		    "to 9999, or nothing when %s", what, r == ROLE_YEAR ?
		    "unknown" : "the link stands or it is not known");
		row_error(ld, fmt, s, len);
		return false;
	}
	*year = (uint16_t)v;
	return true;
}

/*
 * The status or kind of column r (enum link_status or link_kind), the
 * default when empty, or -1 after an error.  Words are matched in any
 * case, with the synonyms of vocabulary.c ("on hold", "sister city").
 */
static int
parse_word(struct loader *ld, enum role r, const char *const *names, int n)
{
	const char *s;
	size_t len;
	int i, synonym;
	char fmt[400];

	s = field(ld, r, &len);
	if (len == 0)		/* empty, or no such column */
		return 0;
	/* Most rows spell the word exactly: compare before anything else. */
	for (i = 0; i < n; i++)
		if (s[0] == names[i][0] && strcmp(s, names[i]) == 0)
			return i;
	trim(&s, &len);
	if (len == 0)
		return 0;
	i = r == ROLE_STATUS ? vocab_status(s, len, &synonym) :
	    vocab_kind(s, len, &synonym);
	if (i >= 0) {
		if (synonym)
			note_synonym(ld, role_names[r], s, len, names[i]);
		return i;
	}
	snprintf(fmt, sizeof(fmt), "unknown %s %%s: expected %s",
	    role_names[r], r == ROLE_STATUS ? vocab_status_words :
	    vocab_kind_words);
	row_error(ld, fmt, s, len);
	return -1;
}

/*
 * The text of a source or note column, kept with the row.  Rows that a
 * city's page gave share its source: the same text as the row before is
 * kept once.
 */
static uint32_t
row_text(struct loader *ld, enum role r)
{
	const char *s, *prev;
	size_t len;
	uint32_t *last = &ld->last_text[r == ROLE_NOTE];

	s = field(ld, r, &len);
	if (len == 0)
		return 0;
	trim(&s, &len);
	if (*last != 0) {
		prev = registry_text(ld->reg, *last);
		if (strncmp(prev, s, len) == 0 && prev[len] == '\0')
			return *last;
	}
	return *last = registry_add_text(ld->reg, s, len);
}

static void
process_link(struct loader *ld)
{
	struct statement st;
	country_t c1, c2;
	region_id g1, g2;
	city_id city, partner;
	int status, kind;

	memset(&st, 0, sizeof(st));
	if (!parse_country(ld, ROLE_COUNTRY, &c1) ||
	    !parse_country(ld, ROLE_PARTNER_COUNTRY, &c2))
		return;
	g1 = g2 = REGION_NONE;
	if (ld->has_regions && (!row_region(ld, ROLE_REGION, c1, &g1) ||
	    !row_region(ld, ROLE_PARTNER_REGION, c2, &g2)))
		return;
	if ((city = row_city(ld, ROLE_CITY, c1, g1)) == CITY_NONE ||
	    (partner = row_city(ld, ROLE_PARTNER, c2, g2)) == CITY_NONE)
		return;
	if (!parse_year(ld, ROLE_YEAR, &st.year) ||
	    !parse_year(ld, ROLE_ENDED, &st.ended))
		return;
	if ((status = parse_word(ld, ROLE_STATUS, status_names, STATUS_COUNT)) < 0 ||
	    (kind = parse_word(ld, ROLE_KIND, kind_names, KIND_COUNT)) < 0)
		return;
	st.status = (unsigned)status & 3;
	st.kind = (unsigned)kind & 3;
	st.file = ld->file;
	st.line = row_line(ld);
	st.source = row_text(ld, ROLE_SOURCE);
	st.note = row_text(ld, ROLE_NOTE);
	registry_add_statement(ld->reg, city, partner, &st);
}

static void
process_alias(struct loader *ld)
{
	const char *alias, *city;
	size_t alias_len, city_len;
	country_t c;
	region_id g;

	if (!parse_country(ld, ROLE_COUNTRY, &c))
		return;
	if (!row_region(ld, ROLE_REGION, c, &g))
		return;
	city = field(ld, ROLE_CITY, &city_len);
	if (!check_name(ld, ROLE_CITY, city, city_len))
		return;
	alias = field(ld, ROLE_ALIAS, &alias_len);
	if (!check_name(ld, ROLE_ALIAS, alias, alias_len))
		return;
	registry_add_alias(ld->reg, alias, alias_len, ld->fold.key,
	    ld->fold.len, city, city_len, c, g, ld->file, row_line(ld));
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
parse_degrees(struct loader *ld, enum role r, double limit, double *out)
{
	const char *s;
	char buf[64], *end, *comma, msg[160];
	size_t len;

	s = field(ld, r, &len);
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
	row_error(ld, msg, s, len);
	return false;
}

static void
process_place(struct loader *ld)
{
	const char *city, *region;
	size_t city_len, region_len;
	country_t c;
	double lat, lon;

	if (!parse_country(ld, ROLE_COUNTRY, &c))
		return;
	/* Kept as written: only a name of several cities needs it found. */
	region = field(ld, ROLE_REGION, &region_len);
	trim(&region, &region_len);
	if (!region_text_ok(ld, ROLE_REGION, region, region_len))
		return;
	if (!parse_degrees(ld, ROLE_LAT, 90, &lat) ||
	    !parse_degrees(ld, ROLE_LON, 180, &lon))
		return;
	city = field(ld, ROLE_CITY, &city_len);
	if (!check_name(ld, ROLE_CITY, city, city_len))
		return;
	registry_add_place_row(ld->reg, city, city_len, ld->fold.key,
	    ld->fold.len, c, region, region_len, lat, lon, ld->file,
	    row_line(ld), row_text(ld, ROLE_SOURCE));
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

static void
row_cb(int term, void *arg)
{
	struct loader *ld = arg;
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
			row_error(ld, msg, NULL, 0);
		} else if (ld->rows++, ld->kind == FILE_LINKS)
			process_link(ld);
		else if (ld->kind == FILE_PLACES)
			process_place(ld);
		else
			process_alias(ld);
	}
	if (!ld->seen_header && ld->row_bad)
		ld->stop = true;	/* a bad header leaves nothing to read */
	ld->field_no = 0;
	ld->rowlen = 0;
	/* ld->fields need no reset: every record sets the same columns. */
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
	ld->field_no = 0;
	ld->rowlen = 0;
	ld->row_bad = false;
	ld->between_rows = true;
}

static void
feed(struct loader *ld, const char *buf, size_t len)
{
	const char *nl;
	size_t n, i;

	while (len > 0 && !ld->stop) {
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
	ld->last.id = CITY_NONE;
	ld->last_region[0].id = ld->last_region[1].id = REGION_NONE;
	ld->row_plain = true;
	ld->between_rows = true;
	start_parser(ld);
	if (!input_start(&ld->in, opt->encoding, msg, sizeof(msg))) {
		report(ld, 0, "%s", msg);
		ld->stop = true;
	}
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
	    ld->kind == FILE_LINKS && ld->opt->report != NULL)
		ld->opt->report(ld->opt->ctx, ld->name, 1, SEVERITY_WARNING,
		    "a header and no links: expected rows of links after the "
		    "header");
	if (ld->seen_header)
		note(ld, 1, "read as %s%s, fields separated by %s",
		    ld->in.encoding, ld->in.cd == (iconv_t)-1 &&
		    ld->bom ? " with a byte-order mark" : "",
		    delimiter_name(ld->delimiter));
	if (ld->empty_rows > 0)
		note(ld, ld->first_empty_row, "%zu row%s with no values skipped",
		    ld->empty_rows, ld->empty_rows == 1 ? "" : "s");
	input_free(&ld->in);
	csv_free(&ld->csv);
	for (i = 0; i < ld->ncols; i++)
		free(ld->header[i]);
	free(ld->header);
	free(ld->roles);
	free(ld->rowbuf);
	free(ld->last.name);
	free(ld->last_region[0].text);
	free(ld->last_region[1].text);
	fold_buf_free(&ld->fold);
	errors = ld->errors;
	return errors;
}

size_t
load_buffer(struct registry *reg, const char *name, const char *buf,
    size_t len, const struct load_options *opt)
{
	struct loader ld;

	loader_start(&ld, reg, name, opt);
	feed_bytes(&ld, buf, len);
	return loader_finish(&ld);
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
	static char buf[64 * 1024];
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
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (fd != STDIN_FILENO)
			close(fd);
		return file_error(reg, path, opt,
		    "is a directory: expected a registry file");
	}
	loader_start(&ld, reg, strcmp(path, "-") == 0 ? "(stdin)" : path, opt);
	while (!ld.stop) {
		n = read(fd, buf, sizeof(buf));
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
