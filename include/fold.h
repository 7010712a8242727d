/*
 * fold.h: the key under which a city name is matched.
 *
 * "Göteborg", "GÖTEBORG" and "goteborg" fold to "goteborg"; "Xi'an" and
 * "Xian" to "xian"; "St. Petersburg" to "st petersburg".  See twin(5).
 */
#ifndef TWIN_FOLD_H
#define TWIN_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Fold the UTF-8 name s[0..len) into out, which has room for cap bytes.
 * Returns the length of the key (not NUL-terminated), which is 0 for a
 * name with no letters or digits, or (size_t)-1 when s is not valid UTF-8.
 * When the key would be longer than cap, returns the length it needs and
 * writes nothing useful: call again with a larger buffer.
 */
size_t	fold_name(const char *s, size_t len, char *out, size_t cap);

/* The same for a name known to be ASCII, skipping the check. */
size_t	fold_name_ascii(const char *s, size_t len, char *out, size_t cap);

/* The same, on the slow Unicode path even for ASCII input (for tests). */
size_t	fold_name_unicode(const char *s, size_t len, char *out, size_t cap);

/* Is s[0..len) valid UTF-8 (no overlong forms, no surrogates)? */
bool	utf8_valid(const char *s, size_t len);

/* Terminal columns that the valid UTF-8 string s[0..len) takes. */
size_t	utf8_width(const char *s, size_t len);

/*
 * The first character at or after s[*at] that a terminal would not show
 * as itself: a control character, or an invisible format character
 * (Unicode category Cf) such as the bidirectional overrides U+202A-U+202E
 * and isolates U+2066-U+2069, which reorder the text around them.  Sets
 * *at to its offset and *n to its length in bytes and returns its code
 * point, or returns -1 when there is none.
 */
int32_t	utf8_next_hidden(const char *s, size_t len, size_t *at, size_t *n);

/*
 * A buffer that grows to hold the key of any name: a caller folds many
 * names through one of these and allocates only when a name is longer
 * than any before.
 */
struct fold_buf {
	char	*key;
	size_t	 cap;
	size_t	 len;
};

void	fold_buf_free(struct fold_buf *);

/* Fold into fb->key and set fb->len; false when s is not valid UTF-8. */
bool	fold_into(struct fold_buf *fb, const char *s, size_t len);

#endif
