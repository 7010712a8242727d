/*
 * vocabulary.h: the words people write in the header and the cells of a
 * registry, and what twin reads them as.  Spreadsheets are kept by people,
 * who write "Partner city" for partner, "Since" for year and "sister city"
 * for twin; the lists are short and documented in twin(5).
 */
#ifndef TWIN_VOCABULARY_H
#define TWIN_VOCABULARY_H

#include <stddef.h>

/*
 * A column name as written, normalized: ASCII letters in lower case,
 * runs of spaces, hyphens and underscores as one underscore, no space
 * around.  out has room for len + 1 bytes.
 */
void		 vocab_column(const char *s, size_t len, char *out);

/*
 * The column a normalized header name stands for ("partner_city" ->
 * "partner"), the name itself when it is a column's own name, or NULL
 * when it is none.
 */
const char	*vocab_column_role(const char *normalized);

/*
 * The status or kind (enum link_status or link_kind) that s[0..len)
 * means, in any case: the word itself or a synonym ("on hold" ->
 * suspended); -1 when it is none.  *synonym is set when it was a synonym.
 */
int		 vocab_status(const char *s, size_t len, int *synonym);
int		 vocab_kind(const char *s, size_t len, int *synonym);

/* The words accepted for status and kind, for messages. */
extern const char vocab_status_words[];
extern const char vocab_kind_words[];

#endif
