/*
 * test_names.c: every letter that Unicode does not decompose folds to its
 * Latin base, in either case; and country names and codes.
 */
#include "fixtures.h"

#include "country.h"
#include "fold.h"

static const struct {
	const char	*letter;
	const char	*key;
} letters[] = {
	{ "æ", "ae" }, { "Æ", "ae" }, { "ð", "d" }, { "Ð", "d" },
	{ "ø", "o" }, { "Ø", "o" }, { "þ", "th" }, { "Þ", "th" },
	{ "đ", "d" }, { "Đ", "d" }, { "ħ", "h" }, { "Ħ", "h" },
	{ "ı", "i" }, { "ĸ", "k" }, { "ł", "l" }, { "Ł", "l" },
	{ "ŋ", "n" }, { "Ŋ", "n" }, { "œ", "oe" }, { "Œ", "oe" },
	{ "ŧ", "t" }, { "Ŧ", "t" }, { "ƀ", "b" }, { "ƃ", "b" },
	{ "ƈ", "c" }, { "ƒ", "f" }, { "ƙ", "k" }, { "ƚ", "l" },
	{ "ƥ", "p" }, { "ƭ", "t" }, { "ƴ", "y" }, { "ƶ", "z" },
	{ "ȥ", "z" }, { "ȷ", "j" }, { "ɇ", "e" }, { "ɉ", "j" },
	{ "ɍ", "r" }, { "ɏ", "y" }, { "ɓ", "b" }, { "ɗ", "d" },
	{ "ɨ", "i" }, { "ɲ", "n" }, { "ʉ", "u" }, { "ᵽ", "p" },
};

static void
test_base_letters(void **state)
{
	struct fold_buf fb = { NULL, 0, 0 };
	char name[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(letters) / sizeof(letters[0]); i++) {
		snprintf(name, sizeof(name), "A%sb", letters[i].letter);
		assert_true(fold_into(&fb, name, strlen(name)));
		if (fb.len != strlen(letters[i].key) + 2 ||
		    memcmp(fb.key + 1, letters[i].key, fb.len - 2) != 0)
			fail_msg("%s folds to '%.*s', expected 'a%sb'", name,
			    (int)fb.len, fb.key, letters[i].key);
	}
	fold_buf_free(&fb);
}

static void
test_invalid_and_long_names(void **state)
{
	struct fold_buf fb = { NULL, 0, 0 };
	char name[2000];
	size_t i;

	(void)state;
	assert_false(fold_into(&fb, "G\xf6teborg", 8));
	assert_false(utf8_valid("\xed\xa0\x80", 3));	/* a surrogate */
	assert_false(utf8_valid("\xc0\xaf", 2));		/* overlong "/" */
	/* Longer than the stack buffer of code points. */
	for (i = 0; i + 2 < sizeof(name); i += 2)
		memcpy(name + i, "ö", 2);
	name[i] = '\0';
	assert_true(fold_into(&fb, name, strlen(name)));
	assert_int_equal(fb.len, i / 2);
	assert_int_equal(utf8_width(name, strlen(name)), i / 2);
	assert_int_equal(utf8_width("a\xff", 2), 2);
	fold_buf_free(&fb);
}

static void
test_countries(void **state)
{
	(void)state;
	assert_string_equal(country_code(country_parse("fi", 2)), "FI");
	assert_string_equal(country_code(country_parse("Finland", 7)), "FI");
	assert_string_equal(country_code(country_parse("FINLAND", 7)), "FI");
	assert_string_equal(country_name(country_parse("XK", 2)), "Kosovo");
	assert_int_equal(country_parse("QQ", 2), COUNTRY_NONE);
	assert_int_equal(country_parse("F1", 2), COUNTRY_NONE);
	assert_int_equal(country_parse("", 0), COUNTRY_NONE);
	assert_int_equal(country_parse("Atlantis", 8), COUNTRY_NONE);
	assert_int_equal(country_parse("Zzzzzz", 6), COUNTRY_NONE);
	assert_int_equal(country_parse("\xff\xfe", 2), COUNTRY_NONE);
	country_cleanup();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_base_letters),
		cmocka_unit_test(test_invalid_and_long_names),
		cmocka_unit_test(test_countries),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
