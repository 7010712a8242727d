/*
 * output.h: every command's result is a table of cells, written in one of
 * four formats.  Link rows always have the same seven columns.
 */
#ifndef TWIN_OUTPUT_H
#define TWIN_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "query.h"
#include "registry.h"

enum format {
	FORMAT_TABLE,	/* aligned columns under a header: for people */
	FORMAT_TSV,	/* tab-separated, no header: for cut(1) and awk(1) */
	FORMAT_CSV,	/* RFC 4180 with a header row */
	FORMAT_JSON,	/* an array of objects keyed by column name */
	/* graph's own (export.h) */
	FORMAT_DOT,	/* Graphviz */
	FORMAT_GRAPHML,
	FORMAT_GEXF,	/* Gephi */
	FORMAT_EDGES,	/* a plain edge list */
	FORMAT_COUNT
};

/* Sets of formats, as a command accepts them. */
#define FORMAT_BIT(f)	(1u << (f))
#define FORMATS_ROWS	(FORMAT_BIT(FORMAT_TABLE) | FORMAT_BIT(FORMAT_TSV) | \
			 FORMAT_BIT(FORMAT_CSV) | FORMAT_BIT(FORMAT_JSON))
#define FORMATS_GRAPH	(FORMAT_BIT(FORMAT_DOT) | FORMAT_BIT(FORMAT_GRAPHML) | \
			 FORMAT_BIT(FORMAT_GEXF) | FORMAT_BIT(FORMAT_JSON) | \
			 FORMAT_BIT(FORMAT_EDGES))

/* Parse a format name; false if it names no format. */
bool	format_parse(const char *name, enum format *);

const char *format_name(enum format);

/* "table, tsv, csv or json": the formats of a set, for a message. */
void	format_list(unsigned set, char *buf, size_t cap);

enum cell_type {
	CELL_TEXT,
	CELL_NUMBER,
	CELL_NULL,	/* unknown: empty in text formats, null in JSON */
	CELL_JSON,	/* JSON text, written as it is; only in json_only columns */
	CELL_REAL	/* a real number, to ten significant digits */
};

struct cell {
	const char	*text;	/* CELL_TEXT; not owned */
	long long	 number;	/* CELL_NUMBER */
	double		 real;		/* CELL_REAL */
	size_t		 len;
	enum cell_type	 type;
};

struct table {
	const char *const	*columns;	/* names, lower case */
	size_t			 ncols;
	uint64_t		 json_only;	/* bit i: column i only in JSON */
	bool			 for_json;	/* table_init_links: LINK_JSON */
	bool			 has_km;	/* link tables: a km column */
	bool			 has_sources;	/* link tables: source and note */
	uint16_t		 as_of;		/* link rows as of that year; 0: now */
	struct cell		*cells;		/* row after row */
	size_t			 ncells, cap;
	char			**owned;	/* texts the table made, freed with it */
	size_t			 nowned, owned_cap;
};

extern const char *const link_columns[7];

/* What link tables show beyond the seven columns (JSON has regions always). */
#define LINK_REGIONS	1u	/* region and partner_region */
#define LINK_SOURCES	2u	/* source and note, each statement's joined */
#define LINK_JSON	4u	/* the table is for JSON: fill the JSON-only columns */
#define LINK_ENDED	8u	/* the end year */
#define LINK_KM		16u	/* the length in km, in JSON (places loaded) */
#define LINK_DISTANCE	32u	/* the length in km, in every format */

void	table_init(struct table *, const char *const *columns, size_t ncols);

/*
 * A table of link rows: the seven columns, then what extra asks for; the
 * status and end year are as they were at the end of year as_of (0: now).
 */
void	table_init_links(struct table *, unsigned extra, uint16_t as_of);

/* A cell of text that the table takes over (allocated with malloc). */
void	table_owned_text(struct table *, char *s, size_t len);
void	table_owned_json(struct table *, char *s, size_t len);
void	table_free(struct table *);
void	table_text(struct table *, const char *s, size_t len);
void	table_cstr(struct table *, const char *s);
void	table_number(struct table *, long long);
void	table_real(struct table *, double);
/* A real number with that many decimals in every format. */
void	table_real_fixed(struct table *, double, int decimals);
/* A text cell, or null for "". */
void	table_text_or_null(struct table *, const char *s);
/* A region's name as written, or null for REGION_NONE. */
void	table_region(struct table *, const struct registry *, region_id);
void	table_null(struct table *);
size_t	table_rows(const struct table *);

/*
 * Add link rows: city, country, partner, partner_country, year, status,
 * kind, then the columns table_init_links chose.
 */
void	table_add_links(struct table *, const struct registry *,
	    const struct rows *);

/* Write s[0..len) as a JSON string, quotes and escapes included. */
void	write_json_string(const char *s, size_t len, FILE *);

/* Write the table; header false drops the header row where there is one. */
void	table_write(const struct table *, FILE *, enum format, bool header);

#endif
