/*
 * country.h: ISO 3166-1 alpha-2 country codes, and the English names that
 * a registry may write instead of them.
 */
#ifndef TWIN_COUNTRY_H
#define TWIN_COUNTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A country as a small number: (first letter - 'A') * 26 + second letter. */
typedef uint16_t country_t;

#define COUNTRY_NONE ((country_t)0xFFFF)

/* How many values a country_t takes: the size of a table indexed by it. */
#define NCOUNTRIES (26 * 26)

/*
 * The country named by s[0..len): an alpha-2 code in either case ("FI",
 * "fi"), an alpha-3 code ("FIN"), or a name as iso-codes gives it (short,
 * official and common names: "Finland", "Russian Federation") or as
 * people write it ("Russia", "UK", "U.S.", "Holland", "The Gambia",
 * "Republic of Korea").  COUNTRY_NONE when it names none.
 */
country_t	 country_parse(const char *s, size_t len);

/* The country of a two-letter code only, or COUNTRY_NONE: what the
 * loader's parser reads, on its thread, of most country fields. */
country_t	 country_from_code(const char *s, size_t len);

/*
 * Up to three countries whose names are nearest to s[0..len) (edit
 * distance over folded names), nearest first, for "did you mean".
 */
size_t		 country_suggest(const char *s, size_t len, country_t out[3]);

/* "; did you mean France (FR)?" for s, or "" when nothing is near, in buf. */
void		 country_hint(const char *s, size_t len, char *buf, size_t cap);

/* Is c a country that country_parse can return? */
bool		 country_valid(country_t c);

/* The two-letter code, as a static NUL-terminated string. */
const char	*country_code(country_t);

/* The English short name, e.g. "Finland". */
const char	*country_name(country_t);

/* Release the name index that country_parse builds on first use. */
void		 country_cleanup(void);

#endif
