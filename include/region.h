/*
 * region.h: first-level subdivisions of countries (ISO 3166-2), which tell
 * same-named towns of one country apart: Portland in Oregon (US-OR) and
 * in Maine (US-ME).  A registry may write a region by its code or by a
 * name; both spellings of a region in the ISO table are one region.
 */
#ifndef TWIN_REGION_H
#define TWIN_REGION_H

#include <stdbool.h>
#include <stddef.h>

#include "country.h"

#define ISO_REGION_NONE (-1)

/*
 * The ISO 3166-2 subdivision that s[0..len) names within country: its
 * code in either case ("US-OR", "us-or"), the code without the country
 * ("OR"), its iso-codes name or its English name, compared folded
 * ("oregon").  ISO_REGION_NONE when it is
 * none of them.  A code of another country is not accepted.
 */
int		 region_iso_find(country_t country, const char *s, size_t len);

/* Is s[0..len) shaped like an ISO 3166-2 code ("US-OR", "FI-19")?  If so,
 * *country is the country of its prefix (COUNTRY_NONE if that is none). */
bool		 region_code_shape(const char *s, size_t len, country_t *country);

/* The code of ISO subdivision i, e.g. "US-OR". */
const char	*region_iso_code(int i);

/* Release the name index built on first use. */
void		 region_cleanup(void);

#endif
