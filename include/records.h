/*
 * records.h: the records of one file, from the parser to the registry.
 *
 * load.c parses a file with libcsv and puts its records, and what it has
 * to say about the file, in batches; records.c reads each record of a
 * batch into the registry, in order.  pipeline.c hands the batches from
 * one to the other, on a second thread where there is a second core: the
 * two halves of a load then run side by side.
 */
#ifndef TWIN_RECORDS_H
#define TWIN_RECORDS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <string.h>

#include "fold.h"
#include "load.h"
#include "prefault.h"
#include "registry.h"
#include "xalloc.h"

/* What a column means. */
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

extern const char *const role_names[ROLE_COUNT];

enum file_kind {
	FILE_LINKS,
	FILE_ALIASES,
	FILE_PLACES	/* city, country, region, lat, lon: place.h */
};

/*
 * A field of a record: bytes at off in its batch's text, NUL-terminated.
 * Sixteen bytes, so that a record of every role takes four cache lines:
 * the parser writes them and the reader, on another core, reads them.
 */
struct field_span {
	uint32_t	off;
	uint32_t	len;	/* at most FIELD_MAX */
	uint32_t	hash;	/* field_hash(), when the record is hashed */
	bool		ascii;	/* no byte beyond ASCII */
};

/* The longest field kept (a city's name, a source's text): 1 GiB. */
#define FIELD_MAX ((size_t)1 << 30)

/*
 * The short fields of a link, read by the parser on its thread when the
 * reader on the other was behind (pipeline_behind()), else by the reader
 * as it looks ahead (look_ahead()).  They are the plain forms most rows
 * write: codes of two letters, years of digits, words exactly as twin
 * writes them.  ok is false when a field is anything else: the reader
 * then reads each field itself, with its messages.
 */
struct link_values {
	country_t	 country, partner_country;
	uint16_t	 year, ended;
	uint8_t		 status, kind;
	bool		 ok;
};

/* A record, or a message about the file in its place among them. */
struct record {
	unsigned long		 line;	/* where the record or problem is */
	size_t			 message; /* offset in messages, or NO_MESSAGE */
	enum severity		 severity;
	struct link_values	 values;	/* of a link: link_values() */
	bool			 hashed;	/* the fields' hash is set */
	bool			 valued;	/* values is read */
	/* No field holds a control character: its line holds none. */
	bool			 printable;
	struct field_span	 fields[ROLE_COUNT];	/* by role; absent: empty */
};

#define NO_MESSAGE SIZE_MAX

/*
 * The parser writes each record in place: fields go to the text of the
 * batch and their spans to records[n], which batch_close() keeps and
 * batch_drop() forgets.  A message takes the place of a record being
 * written; that record is always dropped after it.
 */
struct batch {
	struct record	*records;
	size_t		 n, cap;
	bool		 lent;		/* records are on a scratch page (batch_lend()) */
	bool		 text_lent;	/* and text (batch_lend_text()) */
	size_t		 clean;		/* records[0 .. clean) were zeroed */
	size_t		 full;		/* records when it is handed on */
	char		*text;		/* the fields, NUL after each */
	size_t		 len, text_cap;
	size_t		 start;		/* where the open record's text starts */
	char		*messages;
	size_t		 messages_len, messages_cap;
};

/*
 * A batch this full (records, or bytes of text) is handed on: big enough
 * to make handing cheap, small enough to stay in the cache of the core
 * that reads it.  Its text then stays below BATCH_TEXT + FIELD_MAX.
 * A file of fewer than SMALL_FILE_ROWS rows is handed on in batches of
 * half as many records (SMALL_BATCH_RECORDS): when the parser is done,
 * the reader has fewer rows left to read (the ring holds
 * PIPELINE_BATCHES).  Batches of 128 made the reader start sooner while
 * it took page faults on small pages; with its arrays on huge pages
 * (block.h) it keeps up, and batches of 256, handed on half as often,
 * load Wikipedia's lists 3.5% faster (200 paired runs) and 3,000 to
 * 60,000 synthetic rows 1.6-4%; batches of 512 did no better on the
 * larger files and worse on the smaller.  A larger file keeps the larger
 * batches, handed on less often: at a million rows batches of half as
 * many cost the load 5%.
 */
#define BATCH_RECORDS 512
#define SMALL_BATCH_RECORDS 256
/* Records a batch makes room for at once: full ones, and a few messages. */
#define BATCH_ROOM(full) ((full) + 16)
#define SMALL_FILE_ROWS 262144
#define BATCH_TEXT ((size_t)1 << 20)

/* The record to write fields to: open until closed or dropped. */
struct record *batch_open(struct batch *);
/*
 * Give an empty batch with no records yet room for cap records, zero,
 * that it is not to free: the pipeline lends it from a scratch page
 * (scratch.h).  A batch that needs more copies them to memory of its own.
 */
void	 batch_lend(struct batch *, struct record *records, size_t cap);
/*
 * Give an empty batch room for cap bytes of text that it is not to free,
 * lent as its records are: grown on the heap, the batches' text took
 * some 26 page faults of the parser's and a copy at each doubling as it
 * first filled, on the world registry (a fault of a small page costs
 * some 10 us on a virtual machine).  A batch that needs more copies it
 * to memory of its own.
 */
void	 batch_lend_text(struct batch *, char *text, size_t cap);
/* Room for need bytes of text (batch_put(), batch_reserve_line()). */
void	 batch_grow_text(struct batch *, size_t need);
/* Add a field's bytes to the open record: their offset in the text. */
static inline uint32_t
batch_put(struct batch *b, const char *s, size_t len)
{
	uint32_t off = (uint32_t)b->len;

	if (b->len + len + 1 > b->text_cap)
		batch_grow_text(b, b->len + len + 1);
	memcpy(b->text + off, s, len);
	b->text[off + len] = '\0';
	b->len += len + 1;
	return off;
}

/* What batch_copy_field() may write past a field, and read past it. */
#define BATCH_SLACK 16

/* Room for the fields of a line of n bytes, each with its NUL. */
static inline void
batch_reserve_line(struct batch *b, size_t n)
{
	if (b->len + n + 1 + BATCH_SLACK > b->text_cap)
		batch_grow_text(b, b->len + n + 1 + BATCH_SLACK);
}

/*
 * Copy a field of the line that batch_reserve_line() made room for to
 * dst in the batch's text, with its NUL, from a text that goes on to end.
 * Most fields are short: one move of BATCH_SLACK bytes, where memcpy() of
 * a length known only now costs a call and a dozen branches.  The caller
 * keeps the text's length itself: through b, every byte written here
 * would make the compiler read it again.
 */
static inline void
batch_copy_field(char *dst, const char *s, size_t len, const char *end)
{
	if (len < BATCH_SLACK && end - s >= BATCH_SLACK)
		memcpy(dst, s, BATCH_SLACK);
	else
		memcpy(dst, s, len);
	dst[len] = '\0';
}
void	 batch_close(struct batch *, unsigned long line);
void	 batch_drop(struct batch *);
/* Empty the batch, to be filled again. */
void	 batch_clear(struct batch *);
void	 batch_add_message(struct batch *, unsigned long line, enum severity,
	    const char *message);
void	 batch_free(struct batch *);

/*
 * The hash by which the reader finds a field of a file of that kind: of a
 * city or partner as written, spelling_hash(); of a source or note,
 * text_hash() of the text trimmed; else 0.
 */
uint32_t field_hash(enum file_kind, enum role, const char *, size_t);

/* Read the short fields of a link whose fields are in text (struct
 * link_values). */
void	 link_values(const char *text, const struct field_span *,
	    struct link_values *);

/*
 * Sources and notes repeat: a city's page, a council's website, "school
 * exchange" given to a hundred rows.  The reader keeps each text once
 * when it was kept lately, remembering so many of them: at a million rows
 * 65,536 keep 12.4 MB of texts where 16,384 kept 14.0 MB (of 26.7 MB).
 */
#define RECENT_TEXTS 65536
/*
 * A file holds fewer texts than rows, and no registry seen has rows of
 * fewer than RECENT_TEXT_BYTES (Wikipedia's lists: 35 bytes a row): a file
 * of size bytes starts with an entry for each RECENT_TEXT_BYTES of it (and
 * at least RECENT_TEXTS_MIN), since the entries are zeroed as they are
 * made and a file of a few rows would fault in 128 pages of them.
 * A file of unknown size starts with RECENT_TEXTS_MIN; the table is made
 * four times as large each time it has kept as many texts as it has
 * entries, up to RECENT_TEXTS.
 */
#define RECENT_TEXT_BYTES 32
#define RECENT_TEXTS_MIN 1024
_Static_assert((RECENT_TEXTS & (RECENT_TEXTS - 1)) == 0 &&
    (RECENT_TEXTS_MIN & (RECENT_TEXTS_MIN - 1)) == 0,
    "a hash finds its entry by a mask");

/*
 * The reader fetches what records need in groups of AHEAD records, a
 * stage a group: the records of the group three ahead, the slots of the
 * names of the group two ahead, the slots of the keys of new names of
 * the next group (fold_ahead()).  A fetch from a table too large for the
 * cache and its TLB waits for a walk of the page tables, which on a
 * virtual machine reads tables of its own: fetches issued together wait
 * together.  At ten million rows this loads 14% faster than the same
 * fetches issued a record at a time (paired runs), at four million 5%,
 * at a million and on Wikipedia's lists the same; groups of 8 were as
 * fast at ten million but 4% slower at a million.
 */
#define AHEAD 4
/* Names folded ahead: of the group being read and of the next. */
#define FOLDED (2 * AHEAD)

/* How long a key fold_ahead() folds: a longer one is folded when read. */
#define FOLD_AHEAD_MAX 64

/*
 * A name of a record ahead, found by its spelling or else folded while its
 * slots come in (records.c).  A city found stays: cities are only added
 * while loading, so the record need not look it up again.
 */
struct folded_name {
	const struct record	*rec;	/* whose name it is; NULL: none */
	uint32_t		 city;	/* found by spelling, or CITY_NONE */
	uint32_t		 hash;	/* key_hash() */
	size_t			 len;	/* 0: not folded */
	char			 key[FOLD_AHEAD_MAX];
};

/* What reading records into the registry keeps from one record to the next. */
struct reader {
	struct registry		*reg;
	const struct load_options *opt;
	const char		*name;
	uint16_t		 file;
	enum file_kind		 kind;
	bool			 has_regions;	/* a region or partner_region column */

	size_t			 errors;
	atomic_bool		 stop;		/* an error ended the load */
	/* Rows to make room for before the next batch (0: none), set by the
	 * parser before it hands the batch on. */
	size_t			 reserve_rows;
	struct prefault		 prefault;	/* of what it reserved */
	struct name_tables	 tables;	/* reserved, not yet used */

	/* The record being read, the row'th of its batch. */
	const struct record	*rec;
	size_t			 row;
	unsigned long		 row_line;
	const struct field_span	*fields;
	const struct link_values *values;
	const char		*text;

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
	/* Texts kept lately, by their hash: a direct-mapped cache of
	 * RECENT_TEXTS, of which a small file touches few pages.  The
	 * hash is kept so that a text is compared (a cache miss, in texts
	 * read long ago) only with one that is likely the same. */
	struct recent_text {
		uint32_t	 hash;
		uint32_t	 text;		/* offset in texts; 0: none */
	}			*recent_texts;
	uint32_t		 recent_mask;	/* entries - 1 */
	size_t			 recent_new;	/* texts kept since it was made */
	struct fold_buf		 fold;
	/* By row % FOLDED, city and partner: names folded ahead. */
	struct folded_name	 folded[FOLDED][2];
	char			 noted[16][24];	/* synonyms already noted */
	size_t			 nnoted;
};

void	 reader_start(struct reader *, struct registry *,
	    const struct load_options *, const char *name, uint16_t file);
/*
 * Make the table of recent texts, before the first batch is read, for a
 * file of size bytes (0: not known): on the registry's scratch page if
 * asked, beside the records lent to the batches (pipeline_use_scratch()),
 * since a long file touches most of it and the huge page has room.
 */
void	 reader_make_texts(struct reader *, size_t size, bool on_scratch);
/* Read a batch: its records into the registry, its messages reported.
 * The batch is the reader's until then: it keeps the hashes of names in it. */
void	 reader_read(struct reader *, struct batch *);
void	 reader_finish(struct reader *);

/* Say what the loader made of the file, for twin check (load_options.notes). */
void	 reader_note(struct reader *, unsigned long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

#endif
