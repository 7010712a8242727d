/* region_table.h: the generated table behind region.c. */
#ifndef TWIN_REGION_TABLE_H
#define TWIN_REGION_TABLE_H

#include <stddef.h>

struct region_entry {
	const char	*code;		/* "US-OR", sorted */
	const char	*name;		/* as iso-codes names it: "Oregon" */
	const char	*english;	/* its English name when another, or NULL */
};

extern const struct region_entry region_table[];
extern const size_t region_table_len;

#endif
