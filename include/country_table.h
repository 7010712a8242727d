/* country_table.h: the generated table behind country.c. */
#ifndef TWIN_COUNTRY_TABLE_H
#define TWIN_COUNTRY_TABLE_H

#include <stddef.h>
#include <stdint.h>

#define COUNTRY_MAX_NAMES 16

/* Offsets in country_strings, not pointers, as in region_table.h. */
struct country_entry {
	uint32_t	 code;		/* "FI" */
	uint32_t	 short_name;	/* "Finland" */
	uint32_t	 names[COUNTRY_MAX_NAMES];	/* accepted names, 0-ended */
};

extern const char country_strings[];
extern const struct country_entry country_table[];
extern const size_t country_table_len;

/* The string at offset off of country_strings; NULL for 0. */
static inline const char *
country_string(uint32_t off)
{
	return off != 0 ? country_strings + off : NULL;
}

#endif
