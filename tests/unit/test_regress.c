/*
 * test_regress.c: inputs that once went wrong, found by the fuzzers in
 * tests/fuzz; each stays here so that it cannot come back.
 */
#include <stdlib.h>

#include "fixtures.h"

#include "fold.h"
#include "query.h"

/* No city matches on the first lookup: the result array is still NULL. */
static void
test_lookup_nothing_first(void **state)
{
	struct registry reg;
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL;
	size_t cap = 0;

	(void)state;
	load_ok(&reg, "city,country,partner,partner_country\n"
	    "Turku,FI,Bergen,NO\n");
	assert_int_equal(lookup_cities(&reg, "1960s", COUNTRY_NONE, &fb, &ids,
	    &cap), 0);
	assert_null(ids);
	assert_int_equal(lookup_cities(&reg, "turku", COUNTRY_NONE, &fb, &ids,
	    &cap), 1);
	free(ids);
	fold_buf_free(&fb);
	registry_free(&reg);
}

static void
assert_same_key(const char *a, const char *b)
{
	struct fold_buf fa = { NULL, 0, 0 }, fb = { NULL, 0, 0 };

	assert_true(fold_into(&fa, a, strlen(a)));
	assert_true(fold_into(&fb, b, strlen(b)));
	assert_int_equal(fa.len, fb.len);
	assert_memory_equal(fa.key, fb.key, fa.len);
	fold_buf_free(&fa);
	fold_buf_free(&fb);
}

/* The ASCII fast path and the Unicode path agree on the grave accent. */
static void
test_grave_accent(void **state)
{
	char a[32], b[32];
	size_t na, nb;

	(void)state;
	na = fold_name("Xi`an", 5, a, sizeof(a));
	nb = fold_name_unicode("Xi`an", 5, b, sizeof(b));
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na);
	assert_same_key("Xi`an", "Xian");
	assert_same_key("Xi`an", "Xi\u2019an");
}

/* A key folds to itself, even when decomposition yields an apostrophe. */
static void
test_apostrophe_from_decomposition(void **state)
{
	struct fold_buf fb = { NULL, 0, 0 };

	(void)state;
	assert_true(fold_into(&fb, "\xc5\x89", 2));	/* U+0149 */
	assert_int_equal(fb.len, 1);
	assert_memory_equal(fb.key, "n", 1);
	fold_buf_free(&fb);
	assert_same_key("\xc5\x89;", "n");
}

/* A lone CR ends a record: the record after it is checked all the same. */
static void
test_cr_line_ends(void **state)
{
	struct registry reg;
	struct reported rep;
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL;
	size_t cap = 0;

	(void)state;
	registry_init(&reg);
	assert_int_equal(load_text(&reg, &rep, "city,country,partner,"
	    "partner_country\rTurku,FI,B\xff,SE\r"), 1);
	/* Lines end in CR alone, which libcsv reads but the count does not. */
	assert_string_equal(rep.messages, "t.csv:1: invalid UTF-8 at column 48 "
	    "(byte 0xff): the file looks like Windows-1252 or Latin-1 "
	    "(ISO-8859-1) text; read it with --encoding CP1252\n");
	registry_free(&reg);

	load_ok(&reg, "city,country,partner,partner_country\r"
	    "Turku,FI,G\xc3\x96TEBORG,SE\r");
	assert_int_equal(lookup_cities(&reg, "goteborg", COUNTRY_NONE, &fb,
	    &ids, &cap), 1);
	assert_string_equal(city_name(&reg, &reg.cities[ids[0]]),
	    "G\xc3\x96TEBORG");
	free(ids);
	fold_buf_free(&fb);
	registry_free(&reg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup_nothing_first),
		cmocka_unit_test(test_grave_accent),
		cmocka_unit_test(test_apostrophe_from_decomposition),
		cmocka_unit_test(test_cr_line_ends),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
