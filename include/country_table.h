/* country_table.h: the generated table behind country.c. */
#ifndef TWIN_COUNTRY_TABLE_H
#define TWIN_COUNTRY_TABLE_H

#include <stddef.h>

#define COUNTRY_MAX_NAMES 16

struct country_entry {
	const char	*code;		/* "FI" */
	const char	*short_name;	/* "Finland" */
	const char	*names[COUNTRY_MAX_NAMES];	/* accepted names, NULL-ended */
};

extern const struct country_entry country_table[];
extern const size_t country_table_len;

#endif
