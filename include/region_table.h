/* region_table.h: the generated table behind region.c. */
#ifndef TWIN_REGION_TABLE_H
#define TWIN_REGION_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* Offsets in region_strings, not pointers: a table of pointers would
 * need ten thousand relocations each time twin starts. */
struct region_entry {
	uint32_t	 code;		/* "US-OR", sorted */
	uint32_t	 name;		/* as iso-codes names it: "Oregon" */
	uint32_t	 english;	/* its English name when another, or 0 */
};

extern const char region_strings[];
extern const struct region_entry region_table[];
extern const size_t region_table_len;

/* The string at offset off of region_strings; NULL for 0. */
static inline const char *
region_string(uint32_t off)
{
	return off != 0 ? region_strings + off : NULL;
}

#endif
