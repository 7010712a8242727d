/*
 * fuzz_args.c: what a user types on the command line: decades, city
 * names (folded, looked up in the built-in registry) and countries.
 *
 * The input is split at NUL bytes: the first part is the name, the second
 * (if any) the country.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "cityname.h"
#include "country.h"
#include "fold.h"
#include "load.h"
#include "query.h"
#include "registry.h"

static struct registry reg, regions;
static int loaded;

/* Same-named towns told apart by regions, for names with qualifiers. */
static const char regions_csv[] =
    "city,region,country,partner,partner_region,partner_country\n"
    "Portland,Maine,US,Arkhangelsk,,RU\n"
    "Portland,US-OR,US,Sapporo,,JP\n"
    "Portland,,US,Corinto,,NI\n"
    "Münster,North Rhine-Westphalia,DE,Orléans,,FR\n"
    "Munster,Niedersachsen,DE,Kiryat Bialik,,IL\n"
    "Arakawa (Tokyo),,JP,Turi,,IT\n"
    "Türi,,EE,Córdoba,,ES\n"
    "Córdoba,,AR,Córdoba,,ES\n";

static void
check_decade(const char *s)
{
	uint16_t first;
	size_t len = strlen(s), i;
	unsigned long v = 0;
	bool digits = true, ok;

	ok = parse_decade(s, &first);
	/* 1960s, 1960S and 1960's name the decade as 1960 does */
	if (len > 0 && (s[len - 1] == 's' || s[len - 1] == 'S')) {
		len--;
		if (len > 0 && s[len - 1] == '\'')
			len--;
	}
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			digits = false;
		else if (v < 100000)
			v = v * 10 + (unsigned long)(s[i] - '0');
	assert(ok == (digits && len >= 3 && len <= 4 && v != 0 && v % 10 == 0));
	if (ok)
		assert(first == v);
}

static bool
all_ascii(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

static void
check_fold(const char *s, size_t len)
{
	char a[256], b[256];
	size_t na, nb;
	struct fold_buf fb = { NULL, 0, 0 }, fb2 = { NULL, 0, 0 };
	bool valid = utf8_valid(s, len);

	na = fold_name(s, len, a, sizeof(a));
	assert((na == (size_t)-1) == !valid);
	if (all_ascii(s, len)) {
		nb = fold_name_unicode(s, len, b, sizeof(b));
		assert(na == nb);
		if (na <= sizeof(a))
			assert(memcmp(a, b, na) == 0);
	}
	assert(fold_into(&fb, s, len) == valid);
	if (valid) {
		/* A key folds to itself. */
		assert(fold_into(&fb2, fb.key, fb.len));
		assert(fb2.len == fb.len);
		if (fb.len > 0)
			assert(memcmp(fb.key, fb2.key, fb.len) == 0);
	}
	fold_buf_free(&fb);
	fold_buf_free(&fb2);
}

static void
check_country(const char *s, size_t len)
{
	country_t c = country_parse(s, len);
	const char *code, *name;

	if (c == COUNTRY_NONE)
		return;
	code = country_code(c);
	name = country_name(c);
	assert(strlen(code) == 2);
	assert(country_parse(code, 2) == c);
	assert(country_parse(name, strlen(name)) == c);
}

static void
check_lookup(const char *name, country_t country)
{
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL;
	size_t cap = 0, n, i;

	n = lookup_cities(&reg, name, country, &fb, &ids, &cap);
	if (n != (size_t)-1)
		for (i = 0; i < n; i++) {
			assert(ids[i] < reg.ncities);
			assert(country == COUNTRY_NONE ||
			    reg.cities[ids[i]].country == country);
		}
	free(ids);
	fold_buf_free(&fb);
}

/* Every candidate's form names it alone (see cityname.h). */
static void
check_cityname(const struct registry *r, const char *name, country_t country)
{
	struct city_want want = { country, NULL, false };
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL, *back = NULL;
	size_t cap = 0, bcap = 0, n, i;
	char form[1200];

	n = cityname_lookup(r, name, &want, &fb, &ids, &cap);
	if (n != (size_t)-1)
		for (i = 0; i < n; i++) {
			assert(ids[i] < r->ncities);
			cityname_form(r, ids[i], form, sizeof(form));
			want.country = COUNTRY_NONE;
			assert(cityname_lookup(r, form, &want, &fb, &back,
			    &bcap) == 1);
			assert(back[0] == ids[i]);
		}
	free(ids);
	free(back);
	fold_buf_free(&fb);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct load_options opt = { .report = NULL };
	char *s;
	const char *country = NULL;
	size_t len;
	country_t c = COUNTRY_NONE;

	if (!loaded) {
		registry_init(&reg);
		load_buffer(&reg, "twinning.csv", builtin_twinning_csv,
		    builtin_twinning_csv_len, &opt);
		load_buffer(&reg, "aliases.csv", builtin_aliases_csv,
		    builtin_aliases_csv_len, &opt);
		registry_build_index(&reg);
		registry_init(&regions);
		load_buffer(&regions, "regions.csv", regions_csv,
		    sizeof(regions_csv) - 1, &opt);
		registry_build_index(&regions);
		loaded = 1;
	}
	s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	len = strlen(s);
	if (len + 1 < size)
		country = s + len + 1;

	check_decade(s);
	check_fold(s, len);
	check_fold((const char *)data, size);
	check_country(s, len);
	if (country != NULL) {
		check_country(country, strlen(country));
		c = country_parse(country, strlen(country));
	}
	check_lookup(s, c);
	check_cityname(&reg, s, c);
	check_cityname(&regions, s, c);
	free(s);
	return 0;
}
