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
	struct csvline_line l;
	size_t n, i, o = 0;

	csvline_init(&cl, delim, trim);
	n = csvline_split(&cl, line, strlen(line), f, 16, &l);
	assert_true(n > 0);
	assert_int_equal(l.len, strlen(line));
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(got + o, sizeof(got) - o, "%s%.*s",
		    i ? "|" : "", (int)f[i].len, f[i].text);
	assert_string_equal(got, want);
	assert_int_equal(l.term, want_term);
	assert_int_equal(oracle_compare(line, strlen(line), delim, trim), 1);
}

static void
assert_left(const char *line, char delim, bool trim)
{
	struct csvline_field f[16];
	struct csvline cl;
	struct csvline_line l;

	csvline_init(&cl, delim, trim);
	assert_int_equal(csvline_split(&cl, line, strlen(line), f, 16, &l), 0);
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

/* What csvline_split() tells of a line it takes. */
static struct csvline_line
line_told(const char *line, size_t n, char delim)
{
	struct csvline_field f[16];
	struct csvline cl;
	struct csvline_line l;

	csvline_init(&cl, delim, true);
	assert_true(csvline_split(&cl, line, n, f, 16, &l) > 0);
	return l;
}

#define TOLD(line, delim)	line_told(line, sizeof(line) - 1, delim)

/*
 * Lines of sixteen bytes and more are split sixteen bytes at a time: a
 * field, a blank, a quote or a carriage return across the sixteenth
 * byte, and what is told of the bytes before and after it.
 */
static void
test_long_lines_are_split(void **state)
{
	struct csvline_line l;

	(void)state;
	assert_split("Saint Petersburg,RU,Turku,FI,1953,suspended\n", ',', true,
	    "Saint Petersburg|RU|Turku|FI|1953|suspended", '\n');
	assert_split("0123456789abcdef\n", ',', true, "0123456789abcdef",
	    '\n');
	assert_split("0123456789abcde,\n", ',', true, "0123456789abcde|",
	    '\n');
	assert_split("0123456789abcd ,  x\r\n", ',', true, "0123456789abcd|x",
	    '\r');
	assert_split("a,0123456789abc \t ,b ,c\n", ',', true,
	    "a|0123456789abc|b|c", '\n');
	assert_split("a;0123456789abc \t ;b ;c\n", ';', false,
	    "a|0123456789abc \t |b |c", '\n');
	assert_split("G\xc3\xb6teborg,SE,Z\xc3\xbcrich,CH,,active\r\n", ',',
	    true, "G\xc3\xb6teborg|SE|Z\xc3\xbcrich|CH||active", '\r');
	assert_split("0123456789abcdef,\"Saint Petersburg, RU\"\n", ',', true,
	    "0123456789abcdef|Saint Petersburg, RU", '\n');
	/* Read on a byte at a time from the field that starts a quote. */
	assert_split("a,b,  \"c, d\" ,0123456789abcdef\n", ',', true,
	    "a|b|c, d|0123456789abcdef", '\n');
	assert_split("\"a b\",0123456789abcdef,x\r\n", ',', true,
	    "a b|0123456789abcdef|x", '\r');
	assert_left("0123456789abcdef,b\"c\n", ',', true);
	assert_left("0123456789abcdef,\"b\nc\",d\n", ',', true);
	assert_left("0123456789abcdef,b\rc,d\n", ',', true);
	assert_left("0123456789abcdef,b\r", ',', true);	/* the LF not here yet */
	assert_left("0123456789abcdef,b", ',', true);

	l = TOLD("0123456789abcdef,b\n", ',');
	assert_true(l.ascii && l.printable);
	l = TOLD("0123456789abcdef,\xc3\xa9\n", ',');
	assert_true(!l.ascii && l.printable);
	l = TOLD("0123456789abcdef,b\x7f\n", ',');
	assert_true(l.ascii && !l.printable);
	l = TOLD("0123456789abcdef,b\0\n", ',');
	assert_true(!l.ascii && !l.printable);
	l = TOLD("a\x01" "b,0123456789abcdef\n", ',');
	assert_true(l.ascii && !l.printable);
	l = TOLD("a\tb,0123456789abcdef\r\n", ';');
	assert_true(l.ascii && !l.printable);
	/* A line is told apart from the next, in its chunk or not. */
	l = TOLD("a,b\r\n\xc3\xa9\x01\0,0123456789abcdef\n", ',');
	assert_true(l.ascii && l.printable);
	assert_int_equal(l.len, 5);
	l = TOLD("0123456789abcdef,b\n\x01\xc3\xa9", ',');
	assert_true(l.ascii && l.printable);
	assert_int_equal(l.len, 19);

	/* No more fields than asked for, however the line is split. */
	{
		struct csvline_field f[4];
		struct csvline cl;

		csvline_init(&cl, ',', true);
		assert_int_equal(csvline_split(&cl, "0123456789abcdef,b,c,d\n",
		    23, f, 4, &l), 4);
		assert_int_equal(csvline_split(&cl, "0123456789abcdef,b,c,d,e\n",
		    25, f, 4, &l), 0);
		assert_int_equal(csvline_split(&cl, "a,b,c,d,e\n", 10, f, 4,
		    &l), 0);
	}
}

/*
 * A random text of the bytes that matter to CSV, and a few others,
 * ending with a newline: often of several lines.  The letters' share of
 * the alphabet makes lines of no quote and no CR, taken by csvline.c.
 */
static size_t
random_line(unsigned *seed, char *line, size_t cap, const char *alphabet,
    size_t letters)
{
	size_t n = (size_t)(rand_r(seed) % (cap - 1)), i;

	for (i = 0; i < n; i++)
		line[i] = alphabet[rand_r(seed) % letters];
	line[n++] = '\n';
	return n;
}

static void
test_random_lines_agree_with_libcsv(void **state)
{
	static const char delims[] = ",;\t";
	static const char csv[] = "ab ,;\t\"\"\r\n\xc3\xa9\x00",
	    wordy[] = "abcdefghijklmnopqrstuvwxyz  ,,;\t\xc3\xa9\x01\x7f\x00\"\r\n";
	unsigned seed = 1946;
	size_t i, n, taken = 0, long_taken = 0;
	char line[24], long_line[80];
	int r;

	(void)state;
	for (i = 0; i < 300000; i++) {
		n = random_line(&seed, line, sizeof(line), csv,
		    sizeof(csv) - 1);
		r = oracle_compare(line, n, delims[i % 3], i % 5 != 0);
		if (r == 0)
			fail_msg("csvline and libcsv differ on line %zu", i);
		taken += r == 1;
	}
	/* Most random lines hold a quote or a CR; a good share has none. */
	assert_true(taken > 30000);
	/* Longer lines, mostly of letters: quotes and CRs are rarer. */
	for (i = 0; i < 300000; i++) {
		n = random_line(&seed, long_line, sizeof(long_line), wordy,
		    i % 2 ? sizeof(wordy) - 1 : sizeof(wordy) - 4);
		r = oracle_compare(long_line, n, delims[i % 3], i % 5 != 0);
		if (r == 0)
			fail_msg("csvline and libcsv differ on long line %zu",
			    i);
		long_taken += r == 1 && n > 16;
	}
	assert_true(long_taken > 100000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_lines_are_split),
		cmocka_unit_test(test_other_lines_are_left_to_libcsv),
		cmocka_unit_test(test_long_lines_are_split),
		cmocka_unit_test(test_random_lines_agree_with_libcsv),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
