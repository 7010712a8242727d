/*
 * suggest.h: "did you mean": the known names nearest to one that matched
 * nothing, by edit distance over folded names.
 */
#ifndef TWIN_SUGGEST_H
#define TWIN_SUGGEST_H

#include <stddef.h>

#include "registry.h"

/*
 * The Levenshtein distance of a[0..an) and b[0..bn), or max + 1 as soon as
 * it is certain to exceed max.  Names longer than 128 bytes are max + 1.
 */
size_t	edit_distance(const char *a, size_t an, const char *b, size_t bn,
	    size_t max);

/* How far a typed name of len bytes may be from a suggestion. */
size_t	suggest_limit(size_t len);

/*
 * Up to three cities whose folded names (or aliases' names) are nearest to
 * the folded key, nearest first, ties by name.  Returns how many.
 */
size_t	suggest_cities(const struct registry *, const char *key, size_t len,
	    city_id out[3]);

#endif
