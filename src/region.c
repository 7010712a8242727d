/*
 * region.c: codes are found by binary search in the generated table,
 * which is sorted by code; names are folded like city names and found in
 * an index built on first use, since most registries have no regions.
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
	country_t	 country;
	int		 index;
};

static struct region_key *name_index;
static size_t name_index_len;

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
		c = strcmp(code, region_table[mid].code);
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

	if (a->country != b->country)
		return a->country < b->country ? -1 : 1;
	c = memcmp(a->key, b->key, a->len < b->len ? a->len : b->len);
	if (c != 0)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

static void
add_name(struct fold_buf *fb, size_t i, const char *name)
{
	struct region_key *k;

	if (name == NULL || !fold_into(fb, name, strlen(name)) || fb->len == 0)
		return;
	k = &name_index[name_index_len++];
	k->key = xmalloc(fb->len);
	memcpy(k->key, fb->key, fb->len);
	k->len = fb->len;
	k->country = country_parse(region_table[i].code, 2);
	k->index = (int)i;
}

static void
build_name_index(void)
{
	struct fold_buf fb = { NULL, 0, 0 };
	size_t i;

	name_index = xreallocarray(NULL, region_table_len * 2,
	    sizeof(*name_index));
	for (i = 0; i < region_table_len; i++) {
		add_name(&fb, i, region_table[i].name);
		add_name(&fb, i, region_table[i].english);
	}
	fold_buf_free(&fb);
	qsort(name_index, name_index_len, sizeof(*name_index),
	    compare_region_keys);
}

int
region_iso_find(country_t country, const char *s, size_t len)
{
	struct fold_buf fb = { NULL, 0, 0 };
	struct region_key want, *hit;
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
	if (name_index == NULL)
		build_name_index();
	if (!fold_into(&fb, s, len) || fb.len == 0) {
		fold_buf_free(&fb);
		return ISO_REGION_NONE;
	}
	want.key = fb.key;
	want.len = fb.len;
	want.country = country;
	hit = bsearch(&want, name_index, name_index_len, sizeof(*name_index),
	    compare_region_keys);
	fold_buf_free(&fb);
	return hit != NULL ? hit->index : ISO_REGION_NONE;
}

const char *
region_iso_code(int i)
{
	return region_table[i].code;
}

void
region_cleanup(void)
{
	size_t i;

	for (i = 0; i < name_index_len; i++)
		free(name_index[i].key);
	free(name_index);
	name_index = NULL;
	name_index_len = 0;
}
