/*
 * country.c: codes are checked against a 26x26 table; English names are
 * folded like city names (so "Türkiye", "turkiye" and "TURKIYE" agree) and
 * found by binary search in an index built on first use, since registries
 * that write names instead of codes are the exception.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "country_table.h"
#include "fold.h"
#include "suggest.h"
#include "xalloc.h"

#define NCODES (26 * 26)

static short code_index[NCODES];	/* country_t -> table row + 1; 0 = unassigned */
/* Built once, whichever of the loader's threads reads a code first. */
static pthread_once_t code_index_once = PTHREAD_ONCE_INIT;

struct name_key {
	char		*key;
	size_t		 len;
	country_t	 country;
};

static struct name_key *name_index;
static size_t name_index_len;

static void
build_code_index(void)
{
	size_t i;
	const char *c;

	for (i = 0; i < country_table_len; i++) {
		c = country_string(country_table[i].code);
		code_index[(c[0] - 'A') * 26 + (c[1] - 'A')] = (short)(i + 1);
	}
}

static int
upper_letter(char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	return -1;
}

static int
compare_keys(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return alen < blen ? -1 : alen > blen;
}

static int
compare_name_keys(const void *a, const void *b)
{
	const struct name_key *x = a, *y = b;

	return compare_keys(x->key, x->len, y->key, y->len);
}

static void
build_name_index(void)
{
	struct fold_buf fb = { NULL, 0, 0 };
	size_t i, j, n = 0;
	const char *name;
	const char *c;

	for (i = 0; i < country_table_len; i++)
		for (j = 0; country_table[i].names[j] != 0; j++)
			n++;
	name_index = xcalloc(n, sizeof(*name_index));
	for (i = 0; i < country_table_len; i++) {
		const struct country_entry *e = &country_table[i];

		c = country_string(e->code);
		for (j = 0; (name = country_string(e->names[j])) != NULL; j++) {
			fold_into(&fb, name, strlen(name));
			name_index[name_index_len].key = xmalloc(fb.len);
			memcpy(name_index[name_index_len].key, fb.key, fb.len);
			name_index[name_index_len].len = fb.len;
			name_index[name_index_len].country =
			    (country_t)((c[0] - 'A') * 26 + (c[1] - 'A'));
			name_index_len++;
		}
	}
	fold_buf_free(&fb);
	qsort(name_index, name_index_len, sizeof(*name_index), compare_name_keys);
}

static country_t
find_key(const char *key, size_t n)
{
	size_t lo = 0, hi;
	int c;

	if (name_index == NULL)
		build_name_index();
	hi = name_index_len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		c = compare_keys(key, n, name_index[mid].key, name_index[mid].len);
		if (c == 0)
			return name_index[mid].country;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return COUNTRY_NONE;
}

/* Does the folded key start with the word w (and something after it)? */
static bool
starts_with_word(const char *key, size_t n, const char *w)
{
	size_t len = strlen(w);

	return n > len && memcmp(key, w, len) == 0;
}

static country_t
find_by_name(const char *s, size_t len)
{
	char buf[128];
	size_t n;
	country_t c;

	n = fold_name(s, len, buf, sizeof(buf));
	if (n == 0 || n > sizeof(buf))
		return COUNTRY_NONE;
	if ((c = find_key(buf, n)) != COUNTRY_NONE)
		return c;
	/* "The Netherlands", "The Gambia"; "Republic of Korea". */
	if (starts_with_word(buf, n, "the "))
		return find_key(buf + 4, n - 4);
	if (starts_with_word(buf, n, "republic of "))
		return find_key(buf + 12, n - 12);
	return COUNTRY_NONE;
}

country_t
country_from_code(const char *s, size_t len)
{
	int a, b;
	country_t c;

	pthread_once(&code_index_once, build_code_index);
	/* UK and EL, which ISO does not assign, are names. */
	if (len == 2 && (a = upper_letter(s[0])) >= 0 &&
	    (b = upper_letter(s[1])) >= 0) {
		c = (country_t)(a * 26 + b);
		if (code_index[c])
			return c;
	}
	return COUNTRY_NONE;
}

country_t
country_parse(const char *s, size_t len)
{
	country_t c = country_from_code(s, len);

	return c != COUNTRY_NONE ? c : find_by_name(s, len);
}

size_t
country_suggest(const char *s, size_t len, country_t out[3])
{
	char buf[128];
	size_t n, i, k, d, best[3], count = 0, max;

	n = fold_name(s, len, buf, sizeof(buf));
	if (n == 0 || n > sizeof(buf))
		return 0;
	if (name_index == NULL)
		build_name_index();
	max = suggest_limit(n);
	for (i = 0; i < name_index_len; i++) {
		d = edit_distance(buf, n, name_index[i].key, name_index[i].len,
		    max);
		if (d > max)
			continue;
		for (k = 0; k < count; k++)
			if (out[k] == name_index[i].country)
				break;
		if (k < count) {	/* the same country by another name */
			if (d >= best[k])
				continue;
			best[k] = d;
		} else if (count < 3) {
			k = count++;
			out[k] = name_index[i].country;
			best[k] = d;
		} else if (d < best[2]) {
			k = 2;
			out[k] = name_index[i].country;
			best[k] = d;
		} else
			continue;
		/* Keep the nearest first. */
		for (; k > 0 && best[k - 1] > best[k]; k--) {
			country_t tc = out[k];
			size_t td = best[k];

			out[k] = out[k - 1];
			best[k] = best[k - 1];
			out[k - 1] = tc;
			best[k - 1] = td;
		}
	}
	while (count > 1 && best[count - 1] > best[0])
		count--;
	return count;
}

void
country_hint(const char *s, size_t len, char *buf, size_t cap)
{
	country_t near[3];
	size_t n = country_suggest(s, len, near), i, o = 0;

	if (cap > 0)
		buf[0] = '\0';
	for (i = 0; i < n && o < cap; i++)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s (%s)",
		    i == 0 ? "; did you mean " : i + 1 == n ? " or " : ", ",
		    country_name(near[i]), country_code(near[i]));
	if (n > 0 && o < cap)
		snprintf(buf + o, cap - o, "?");
}

static const struct country_entry *
entry(country_t c)
{
	pthread_once(&code_index_once, build_code_index);
	if (c >= NCODES || code_index[c] == 0)
		return NULL;
	return &country_table[code_index[c] - 1];
}

bool
country_valid(country_t c)
{
	return entry(c) != NULL;
}

const char *
country_code(country_t c)
{
	const struct country_entry *e = entry(c);

	return e ? country_string(e->code) : "??";
}

const char *
country_name(country_t c)
{
	const struct country_entry *e = entry(c);

	return e ? country_string(e->short_name) : "unknown";
}

void
country_cleanup(void)
{
	size_t i;

	for (i = 0; i < name_index_len; i++)
		free(name_index[i].key);
	free(name_index);
	name_index = NULL;
	name_index_len = 0;
}
