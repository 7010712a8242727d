/*
 * region.c: codes are found by binary search in the generated table,
 * which is sorted by code; names are folded like city names and found in
 * a per-country index built on first use, since most registries have no
 * regions and the others name regions of a few countries.
 */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "region.h"
#include "region_table.h"
#include "xalloc.h"

struct region_key {
	char		*key;
	size_t		 len;
	int		 index;
};

/*
 * The folded names of each country's subdivisions, sorted, built the first
 * time a region of that country is looked up by name: a registry names
 * regions of a few countries, and folding all 5,000 names would cost more
 * than reading a small registry.
 */
struct country_index {
	struct region_key	*keys;
	size_t			 n;
	bool			 built;
};

static struct country_index by_country[26 * 26];
/* Whether any is built: most runs build none, and region_cleanup() would
 * write each of the table's pages for nothing, a page fault each. */
static bool any_built;

bool
region_code_shape(const char *s, size_t len, country_t *country)
{
	size_t i;

	if (len < 4 || len > 6 || s[2] != '-')
		return false;
	for (i = 3; i < len; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' &&
		    s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			return false;
	*country = country_parse(s, 2);
	return (s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z' &&
	    (s[1] | 0x20) >= 'a' && (s[1] | 0x20) <= 'z';
}

static int
find_code(const char *s, size_t len)
{
	char code[8];
	size_t i, lo = 0, hi = region_table_len, mid;
	int c;

	for (i = 0; i < len; i++)
		code[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
	code[len] = '\0';
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(code, region_string(region_table[mid].code));
		if (c == 0)
			return (int)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return ISO_REGION_NONE;
}

static int
compare_region_keys(const void *pa, const void *pb)
{
	const struct region_key *a = pa, *b = pb;
	int c;

	c = memcmp(a->key, b->key, a->len < b->len ? a->len : b->len);
	if (c != 0)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

static void
add_name(struct country_index *ci, struct fold_buf *fb, size_t i,
    const char *name)
{
	struct region_key *k;

	if (name == NULL || !fold_into(fb, name, strlen(name)) || fb->len == 0)
		return;
	k = &ci->keys[ci->n++];
	k->key = xmalloc(fb->len);
	memcpy(k->key, fb->key, fb->len);
	k->len = fb->len;
	k->index = (int)i;
}

/* The table is sorted by code, so a country's subdivisions are adjacent. */
static void
build_country_index(struct country_index *ci, country_t country)
{
	const char *cc = country_code(country);
	struct fold_buf fb = { NULL, 0, 0 };
	size_t lo = 0, hi = region_table_len, mid, i;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strncmp(region_string(region_table[mid].code), cc, 2) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (hi = lo; hi < region_table_len &&
	    strncmp(region_string(region_table[hi].code), cc, 2) == 0; hi++)
		;
	ci->keys = xreallocarray(NULL, 2 * (hi - lo) + 1, sizeof(*ci->keys));
	for (i = lo; i < hi; i++) {
		add_name(ci, &fb, i, region_string(region_table[i].name));
		add_name(ci, &fb, i, region_string(region_table[i].english));
	}
	fold_buf_free(&fb);
	qsort(ci->keys, ci->n, sizeof(*ci->keys), compare_region_keys);
	ci->built = any_built = true;
}

int
region_iso_find(country_t country, const char *s, size_t len)
{
	struct fold_buf fb = { NULL, 0, 0 };
	struct region_key want, *hit;
	struct country_index *ci;
	country_t prefix;
	int i;

	if (region_code_shape(s, len, &prefix)) {
		if (prefix != country)
			return ISO_REGION_NONE;
		if ((i = find_code(s, len)) != ISO_REGION_NONE)
			return i;
	}
	/* The code without its country, as GeoNames writes US states ("OR"). */
	if (len >= 1 && len <= 3 && country_valid(country)) {
		char code[8];

		memcpy(code, country_code(country), 2);
		code[2] = '-';
		memcpy(code + 3, s, len);
		if (region_code_shape(code, len + 3, &prefix) &&
		    (i = find_code(code, len + 3)) != ISO_REGION_NONE)
			return i;
	}
	if (!country_valid(country))
		return ISO_REGION_NONE;
	ci = &by_country[country];
	if (!ci->built)
		build_country_index(ci, country);
	if (!fold_into(&fb, s, len) || fb.len == 0) {
		fold_buf_free(&fb);
		return ISO_REGION_NONE;
	}
	want.key = fb.key;
	want.len = fb.len;
	hit = bsearch(&want, ci->keys, ci->n, sizeof(*ci->keys),
	    compare_region_keys);
	fold_buf_free(&fb);
	return hit != NULL ? hit->index : ISO_REGION_NONE;
}

const char *
region_iso_code(int i)
{
	return region_string(region_table[i].code);
}

void
region_cleanup(void)
{
	size_t c, i;

	if (!any_built)
		return;
	for (c = 0; c < sizeof(by_country) / sizeof(by_country[0]); c++) {
		for (i = 0; i < by_country[c].n; i++)
			free(by_country[c].keys[i].key);
		free(by_country[c].keys);
		by_country[c].keys = NULL;
		by_country[c].n = 0;
		by_country[c].built = false;
	}
	any_built = false;
}
