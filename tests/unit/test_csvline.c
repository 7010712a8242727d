/*
 * test_csvline.c: the lines csvline_split() reads itself, field by field,
 * and the lines it leaves to libcsv; then many random lines, each either
 * left to libcsv or read exactly as libcsv reads it (tests/csvline).
 */
#include "fixtures.h"

#include "csvline.h"
#include "../csvline/oracle.h"

/* line splits into the fields of want, separated by '|' there. */
static void
assert_split(const char *line, char delim, bool trim, const char *want,
    int want_term)
{
	struct csvline_field f[16];
	struct csvline cl;
	char got[256];
	size_t n, i, o = 0, line_len;
	int term = 0;

	csvline_init(&cl, delim, trim);
	n = csvline_split(&cl, line, strlen(line), f, 16, &term, &line_len);
	assert_true(n > 0);
	assert_int_equal(line_len, strlen(line));
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(got + o, sizeof(got) - o, "%s%.*s",
		    i ? "|" : "", (int)f[i].len, f[i].text);
	assert_string_equal(got, want);
	assert_int_equal(term, want_term);
	assert_int_equal(oracle_compare(line, strlen(line), delim, trim), 1);
}

static void
assert_left(const char *line, char delim, bool trim)
{
	struct csvline_field f[16];
	struct csvline cl;
	size_t line_len;
	int term;

	csvline_init(&cl, delim, trim);
	assert_int_equal(csvline_split(&cl, line, strlen(line), f, 16, &term,
	    &line_len), 0);
}

static void
test_plain_lines_are_split(void **state)
{
	(void)state;
	assert_split("Turku,FI,Bergen,NO,1946,active\n", ',', true,
	    "Turku|FI|Bergen|NO|1946|active", '\n');
	assert_split("Turku,FI,Bergen,NO,,\r\n", ',', true,
	    "Turku|FI|Bergen|NO||", '\r');
	assert_split("Z\xc3\xbcrich ; CH;\tKyiv\t;UA\n", ';', true,
	    "Z\xc3\xbcrich|CH|Kyiv|UA", '\n');
	assert_split("Turku,FI,\"Saint Petersburg, Russia\" ,RU\n", ',', true,
	    "Turku|FI|Saint Petersburg, Russia|RU", '\n');
	assert_split("a,\"\",b\n", ',', true, "a||b", '\n');
	assert_split("a b, c ,d\n", ',', false, "a b| c |d", '\n');
	assert_split("a\t b\t\tc\n", '\t', true, "a|b||c", '\n');
	assert_split("x\n", ',', true, "x", '\n');
}

static void
test_other_lines_are_left_to_libcsv(void **state)
{
	(void)state;
	assert_left("", ',', true);
	assert_left("\n", ',', true);
	assert_left("\r\n", ',', true);
	assert_left("   \n", ',', true);		/* no record at all */
	assert_left("a,b", ',', true);		/* no newline yet */
	assert_left("a,\"b\nc\",d\n", ',', true);	/* a field of two lines */
	assert_left("a,\"b\n", ',', true);	/* goes on to the next line */
	assert_left("a,\"say \"\"hi\"\"\",b\n", ',', true);
	assert_left("a,b\"c,d\n", ',', true);	/* a stray quote: an error */
	assert_left("a,\"b\"c,d\n", ',', true);
	assert_left("a,\"b\" ,d\n", ',', false);	/* an error without trimming */
	assert_left("a,b\rc,d\n", ',', true);	/* two records */
	assert_left(" a,b\n", ',', true);		/* blank first: maybe no record */
}

/* A random text of the bytes that matter to CSV, and a few others,
 * ending with a newline: often of several lines. */
static size_t
random_line(unsigned *seed, char *line, size_t cap)
{
	static const char alphabet[] = "ab ,;\t\"\"\r\n\xc3\xa9\x00";
	size_t n = (size_t)(rand_r(seed) % (cap - 1)), i;

	for (i = 0; i < n; i++)
		line[i] = alphabet[rand_r(seed) % (sizeof(alphabet) - 1)];
	line[n++] = '\n';
	return n;
}

static void
test_random_lines_agree_with_libcsv(void **state)
{
	static const char delims[] = ",;\t";
	unsigned seed = 1946;
	size_t i, n, taken = 0;
	char line[24];
	int r;

	(void)state;
	for (i = 0; i < 300000; i++) {
		n = random_line(&seed, line, sizeof(line));
		r = oracle_compare(line, n, delims[i % 3], i % 5 != 0);
		if (r == 0)
			fail_msg("csvline and libcsv differ on line %zu", i);
		taken += r == 1;
	}
	/* Most random lines hold a quote or a CR; a good share has none. */
	assert_true(taken > 30000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_lines_are_split),
		cmocka_unit_test(test_other_lines_are_left_to_libcsv),
		cmocka_unit_test(test_random_lines_agree_with_libcsv),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
