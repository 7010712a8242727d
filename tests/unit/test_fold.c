/* test_fold.c: name folding, the rules of twin(5) "Matching names". */
#include "fixtures.h"

#include "fold.h"

static void
assert_folds_to(const char *name, const char *key)
{
	struct fold_buf fb = { NULL, 0, 0 };

	assert_true(fold_into(&fb, name, strlen(name)));
	assert_int_equal(fb.len, strlen(key));
	assert_memory_equal(fb.key, key, fb.len);
	fold_buf_free(&fb);
}

static void
test_case_and_diacritics(void **state)
{
	(void)state;
	assert_folds_to("Göteborg", "goteborg");
	assert_folds_to("goteborg", "goteborg");
	assert_folds_to("GÖTEBORG", "goteborg");
	assert_folds_to("Gdańsk", "gdansk");
	assert_folds_to("Gdansk", "gdansk");
	assert_folds_to("Çanakkale", "canakkale");
	assert_folds_to("İstanbul", "istanbul");
	assert_folds_to("Constanța", "constanta");
}

static void
test_letters_without_decomposition(void **state)
{
	(void)state;
	assert_folds_to("Łódź", "lodz");
	assert_folds_to("Lodz", "lodz");
	assert_folds_to("Tromsø", "tromso");
	assert_folds_to("Tromso", "tromso");
	assert_folds_to("Straße", "strasse");
	assert_folds_to("Æbeltoft", "aebeltoft");
	assert_folds_to("Đakovo", "dakovo");
	assert_folds_to("Þingvellir", "thingvellir");
}

static void
test_apostrophes_and_periods(void **state)
{
	(void)state;
	assert_folds_to("Xi'an", "xian");
	assert_folds_to("Xi\u2019an", "xian");
	assert_folds_to("Xian", "xian");
	assert_folds_to("St. Petersburg", "st petersburg");
	assert_folds_to("St Petersburg", "st petersburg");
	assert_folds_to("Washington, D.C.", "washington dc");
}

static void
test_separators(void **state)
{
	(void)state;
	assert_folds_to("  Rostov-on-Don ", "rostov on don");
	assert_folds_to("Treptow–Köpenick", "treptow kopenick");
	assert_folds_to("Newcastle  upon\tTyne", "newcastle upon tyne");
	assert_folds_to("'''", "");
	assert_folds_to("", "");
}

static void
test_compatibility_forms(void **state)
{
	(void)state;
	/* Full-width letters and ligatures are their plain letters. */
	assert_folds_to("\xEF\xBC\xB4urku", "turku");
	assert_folds_to("\xEF\xAC\x81nland", "finland");
}

/* The ASCII fast path and the Unicode path agree on ASCII names. */
static void
test_fast_path_agrees(void **state)
{
	static const char *const names[] = {
		"Turku", "St. Petersburg", "Xi'an", "Rostov-on-Don",
		"  a  b  ", "A.B.C", "x--y", "O'Neill's", "1st district", "'''",
		"Washington, D.C.", "\"Quoted\"", "tab\there"
	};
	char a[64], b[64];
	size_t i, na, nb;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		na = fold_name(names[i], strlen(names[i]), a, sizeof(a));
		nb = fold_name_unicode(names[i], strlen(names[i]), b, sizeof(b));
		assert_int_equal(na, nb);
		assert_memory_equal(a, b, na);
	}
}

/*
 * The table of two-byte characters agrees with the Unicode path on every
 * one of them, alone and beside letters, digits, spaces, punctuation and
 * other two-byte characters.
 */
static void
test_two_byte_table_agrees(void **state)
{
	static const char *const before[] = {
		"", "x", "1 ", "a.", "-", "\xC3\x84", "\xCC\x81", "'"
	};
	static const char *const after[] = {
		"", "y", " 2", ".b", "-", "\xC3\xB6", "\xCC\x81", "'"
	};
	char in[32], a[64], b[64], ch[3];
	size_t i, j, na, nb, len;
	int cp, twice;

	(void)state;
	for (cp = 0x80; cp < 0x800; cp++) {
		ch[0] = (char)(0xC0 | (cp >> 6));
		ch[1] = (char)(0x80 | (cp & 0x3F));
		ch[2] = '\0';
		for (i = 0; i < sizeof(before) / sizeof(before[0]); i++)
			for (j = 0; j < sizeof(after) / sizeof(after[0]); j++) {
			for (twice = 0; twice < 2; twice++) {
				len = (size_t)snprintf(in, sizeof(in), "%s%s%s%s",
				    before[i], ch, twice ? ch : "", after[j]);
				na = fold_name(in, len, a, sizeof(a));
				nb = fold_name_unicode(in, len, b, sizeof(b));
				if (na != nb || (na <= sizeof(a) &&
				    memcmp(a, b, na) != 0))
					fail_msg("U+%04X in '%s': fast '%.*s', "
					    "Unicode '%.*s'", cp, in, (int)na, a,
					    (int)nb, b);
			}
			}
	}
}

static void
test_invalid_utf8(void **state)
{
	struct fold_buf fb = { NULL, 0, 0 };

	(void)state;
	assert_false(fold_into(&fb, "G\xF6teborg", 8));	/* Latin-1 */
	assert_false(utf8_valid("\xC0\xAF", 2));		/* overlong '/' */
	assert_false(utf8_valid("\xED\xA0\x80", 3));		/* surrogate */
	assert_false(utf8_valid("\xE2\x82", 2));		/* truncated */
	assert_true(utf8_valid("Łódź", strlen("Łódź")));
	fold_buf_free(&fb);
}

static void
test_short_buffer_reports_needed_length(void **state)
{
	char out[4];

	(void)state;
	assert_int_equal(fold_name("Gothenburg", 10, out, sizeof(out)), 10);
	assert_int_equal(fold_name("Göteborg", strlen("Göteborg"), out,
	    sizeof(out)), 8);
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(utf8_width("Gdańsk", strlen("Gdańsk")), 6);
	assert_int_equal(utf8_width("上海", strlen("上海")), 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_and_diacritics),
		cmocka_unit_test(test_letters_without_decomposition),
		cmocka_unit_test(test_apostrophes_and_periods),
		cmocka_unit_test(test_separators),
		cmocka_unit_test(test_compatibility_forms),
		cmocka_unit_test(test_fast_path_agrees),
		cmocka_unit_test(test_two_byte_table_agrees),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_short_buffer_reports_needed_length),
		cmocka_unit_test(test_width),
	};

	return cmocka_run_group_tests_name("fold", tests, NULL, NULL);
}
