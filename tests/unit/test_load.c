/*
 * test_load.c: the loader, fault by fault, with the exact message and
 * line of each; and the shapes of a good file that must load.
 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "fixtures.h"

#include "country.h"
#include "fold.h"
#include "place.h"
#include "pipeline.h"
#include "records.h"

#define HEADER "city,country,partner,partner_country,year,status,kind\n"

/* text must fail to load with exactly the messages expected. */
static void
assert_fails(const char *text, const char *expected)
{
	struct registry reg;
	struct reported rep;

	registry_init(&reg);
	assert_int_equal(load_text(&reg, &rep, text), 1);
	assert_string_equal(rep.messages, expected);
	registry_free(&reg);
}

/* The same with keep_going: every message, and how many rows loaded. */
static void
assert_reports(const char *text, const char *expected, size_t nlinks)
{
	struct registry reg;
	struct reported rep;
	struct load_options opt = {
		.report = fixture_report, .ctx = &rep, .keep_going = true
	};

	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	load_buffer(&reg, "t.csv", text, strlen(text), &opt);
	assert_string_equal(rep.messages, expected);
	assert_int_equal(reg.nstmts, nlinks);
	registry_free(&reg);
}

static void
test_unterminated_quote(void **state)
{
	(void)state;
	assert_fails(HEADER "Turku,FI,Bergen,NO,1946,,\n"
	    "Turku,FI,\"Aarhus,DK,1946,,\n",
	    "t.csv:3: unterminated quoted field: expected a closing quote "
	    "before the end of the file\n");
}

static void
test_bad_quoting(void **state)
{
	(void)state;
	assert_fails(HEADER "Turku,FI,Ber\"gen,NO,1946,,\n",
	    "t.csv:2: bad quoting: expected a quote only at the start and end "
	    "of a field, doubled (\"\") inside it\n");
}

static void
test_missing_column(void **state)
{
	(void)state;
	assert_fails("city,country,partner\nTurku,FI,Bergen\n",
	    "t.csv:1: missing column 'partner_country': a registry needs the "
	    "columns city, country, partner and partner_country; found "
	    "'city', 'country', 'partner'\n");
	assert_fails("alias,city\nÅbo,Turku\n",
	    "t.csv:1: missing column 'country': an alias file needs the "
	    "columns alias, city and country; found 'alias', 'city'\n");
}

static void
test_duplicate_column(void **state)
{
	(void)state;
	assert_fails("city,country,partner,partner_country,City\n",
	    "t.csv:1: duplicate column 'city' (columns 1 and 5): expected each "
	    "column once\n");
}

/* A bad header ends the file even when the loader keeps going. */
static void
test_bad_header_stops_keep_going(void **state)
{
	(void)state;
	assert_reports("note,source,note\nx,y,z\n",
	    "t.csv:1: duplicate column 'note' (columns 1 and 3): expected each "
	    "column once\n", 0);
	assert_reports("city,country,partner\nTurku,FI,Bergen\n",
	    "t.csv:1: missing column 'partner_country': a registry needs the "
	    "columns city, country, partner and partner_country; found "
	    "'city', 'country', 'partner'\n", 0);
	assert_reports("city,\xff\nTurku,FI\n",
	    "t.csv:1: invalid UTF-8 at column 6 (byte 0xff): the file looks like "
	    "Windows-1252 or Latin-1 (ISO-8859-1) text; read it with --encoding "
	    "CP1252\n", 0);
}

static void
test_wrong_number_of_fields(void **state)
{
	(void)state;
	assert_fails(HEADER "Turku,FI,Bergen,NO,1946,active\n",
	    "t.csv:2: expected 7 fields as in the header, found 6\n");
	assert_fails(HEADER "Turku,FI,Bergen,NO,1946,active,twin,x\n",
	    "t.csv:2: expected 7 fields as in the header, found 8\n");
}

static void
test_bad_year(void **state)
{
	(void)state;
	assert_fails(HEADER "Turku,FI,Bergen,NO,19a5,,\n",
	    "t.csv:2: bad year '19a5': expected a year of up to four digits "
	    "such as 1946, or nothing when unknown\n");
	assert_fails(HEADER "Turku,FI,Bergen,NO,-5,,\n",
	    "t.csv:2: bad year '-5': expected a year of up to four digits "
	    "such as 1946, or nothing when unknown\n");
	assert_fails(HEADER "Turku,FI,Bergen,NO,99999,,\n",
	    "t.csv:2: bad year '99999': expected a year of up to four digits "
	    "such as 1946, or nothing when unknown\n");
	assert_fails(HEADER "Turku,FI,Bergen,NO,0000,,\n",
	    "t.csv:2: bad year '0000': expected a year from 1 to 9999, or "
	    "nothing when unknown\n");
	assert_fails("city,country,partner,partner_country,status,ended\n"
	    "Turku,FI,Bergen,NO,ended,20x4\n",
	    "t.csv:2: bad ended year '20x4': expected a year of up to four "
	    "digits such as 2022, or nothing when the link stands or it is not "
	    "known\n");
}

static void
test_unknown_words(void **state)
{
	(void)state;
	assert_fails(HEADER "Turku,FI,Bergen,NO,1946,bogus,\n",
	    "t.csv:2: unknown status 'bogus': expected active, suspended or "
	    "ended (nothing means active), or current; frozen, paused, on "
	    "hold; inactive, terminated, dissolved, former\n");
	assert_fails(HEADER "Turku,FI,Bergen,NO,1946,,cousin\n",
	    "t.csv:2: unknown kind 'cousin': expected twin, partner, "
	    "cooperation or friendship (nothing means twin), or sister city, "
	    "twin town, town twinning; partnership, partner city; cooperation "
	    "agreement; friendship city\n");
	assert_fails(HEADER "Turku,Atlantis,Bergen,NO,1946,,\n",
	    "t.csv:2: unknown country 'Atlantis': expected an ISO 3166-1 "
	    "code such as FI or FIN, or a country's name such as Finland\n");
	assert_fails(HEADER "Turku,Frnace,Bergen,NO,1946,,\n",
	    "t.csv:2: unknown country 'Frnace': expected an ISO 3166-1 "
	    "code such as FI or FIN, or a country's name such as Finland; did "
	    "you mean France (FR)?\n");
	assert_fails(HEADER "Turku,FI,Bergen,QQ,1946,,\n",
	    "t.csv:2: unknown partner_country 'QQ': expected an ISO 3166-1 "
	    "code such as FI or FIN, or a country's name such as Finland\n");
	assert_fails(HEADER "Turku,,Bergen,NO,1946,,\n",
	    "t.csv:2: empty country: expected an ISO 3166-1 alpha-2 code such "
	    "as FI\n");
	assert_fails(HEADER "Turku,FI,Bergen, ,1946,,\n",
	    "t.csv:2: empty partner_country: expected an ISO 3166-1 alpha-2 "
	    "code such as FI\n");
}

static void
test_bad_names(void **state)
{
	char text[1024];

	(void)state;
	assert_fails(HEADER ",FI,Bergen,NO,,,\n",
	    "t.csv:2: empty city: expected a city name\n");
	assert_fails(HEADER "Turku,FI,''',NO,,,\n",
	    "t.csv:2: partner ''''' has no letters or digits: expected a "
	    "name\n");
	assert_fails(HEADER "Turku,FI,\"Ber\tgen\",NO,,,\n",
	    "t.csv:2: control character in partner 'Ber\\x09gen': expected a "
	    "name on one line\n");
	/* At the end of a line, whichever way it ends. */
	assert_fails("city,country,partner_country,partner\n"
	    "Turku,FI,NO,Bergen\x01\n",
	    "t.csv:2: control character in partner 'Bergen\\x01': expected a "
	    "name on one line\n");
	assert_fails("city,country,partner_country,partner\r\n"
	    "Turku,FI,NO,Berge\x7f\r\n",
	    "t.csv:2: control character in partner 'Berge\\x7f': expected a "
	    "name on one line\n");
	snprintf(text, sizeof(text), HEADER "%0*d,FI,Bergen,NO,,,\n", 501, 7);
	assert_fails(text, "t.csv:2: city name of 501 bytes: expected at most "
	    "500\n");
	assert_fails("alias,city,country\n,Turku,FI\n",
	    "t.csv:2: empty alias: expected a city name\n");
	assert_fails("alias,city,country\nÅbo,Turku,\n",
	    "t.csv:2: empty country: expected an ISO 3166-1 alpha-2 code such "
	    "as FI\n");
	assert_fails("alias,city,country\nÅbo,...,FI\n",
	    "t.csv:2: city '...' has no letters or digits: expected a name\n");
}

static void
test_invalid_utf8(void **state)
{
	(void)state;
	/* Latin-1 or Windows-1252: said, with the option that reads it. */
	assert_fails(HEADER "Turku,FI,G\xf6teborg,SE,,,\n",
	    "t.csv:2: invalid UTF-8 at column 11 (byte 0xf6): the file looks "
	    "like Windows-1252 or Latin-1 (ISO-8859-1) text; read it with "
	    "--encoding CP1252\n");
	assert_fails(HEADER "K\xf6ln,DE,Turku,FI,,,\x84quoted\x93\n",
	    "t.csv:2: invalid UTF-8 at column 2 (byte 0xf6): the file looks "
	    "like Windows-1252 text; read it with --encoding CP1252\n");
	/* Overlong "/" and a surrogate code point, in UTF-8 text otherwise. */
	assert_fails(HEADER "G\xc3\xb6teborg,SE,a\xc0\xaf,SE,,,\n",
	    "t.csv:2: invalid UTF-8 at column 14 (byte 0xc0): expected UTF-8 "
	    "text, or the file's encoding named with --encoding\n");
	assert_fails(HEADER "\xed\xa0\x80,FI,G\xc3\xb6teborg,NO,,,\n",
	    "t.csv:2: invalid UTF-8 at column 1 (byte 0xed): expected UTF-8 "
	    "text, or the file's encoding named with --encoding\n");
	assert_fails("city,\xff,partner,partner_country\n",
	    "t.csv:1: invalid UTF-8 at column 6 (byte 0xff): the file looks like "
	    "Windows-1252 or Latin-1 (ISO-8859-1) text; read it with --encoding "
	    "CP1252\n");
}

static void
test_nul_byte(void **state)
{
	static const char text[] = HEADER "Turku,FI,\"Ber\0gen\",NO,,,\n";
	static const char header[] = "city,country\0,partner,partner_country\n";
	struct registry reg;
	struct reported rep;
	struct load_options opt = { .report = fixture_report, .ctx = &rep };

	(void)state;
	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	assert_int_equal(load_buffer(&reg, "t.csv", text, sizeof(text) - 1,
	    &opt), 1);
	assert_string_equal(rep.messages, "t.csv:2: NUL byte in field "
	    "'partner'\n");
	registry_free(&reg);

	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	assert_int_equal(load_buffer(&reg, "t.csv", header, sizeof(header) - 1,
	    &opt), 1);
	assert_string_equal(rep.messages, "t.csv:1: NUL byte in the header\n");
	registry_free(&reg);
}

static void
test_empty_file(void **state)
{
	(void)state;
	assert_fails("", "t.csv:1: empty file: expected a header row naming "
	    "the columns city, country, partner and partner_country\n");
	assert_fails("\n\r\n", "t.csv:1: empty file: expected a header row "
	    "naming the columns city, country, partner and partner_country\n");
	/* A header alone is a registry with no links. */
	assert_reports(HEADER, "t.csv:1: warning: a header and no links: "
	    "expected rows of links after the header\n", 0);
}

static void
test_keep_going_reports_every_row(void **state)
{
	(void)state;
	assert_reports(HEADER
	    "Turku,FI,Bergen,NO,19a5,,\n"
	    "Turku,FI,Aarhus,DK,1946,,\n"
	    "Turku,XX,Aarhus,DK,1946,,\n"
	    "\"Tu\nrku\",FI,Oslo,NO,1946,nope,\n"
	    "Turku,FI,Oslo\n"
	    "Turku,FI,Oslo,NO,,,\n",
	    "t.csv:2: bad year '19a5': expected a year of up to four digits "
	    "such as 1946, or nothing when unknown\n"
	    "t.csv:4: unknown country 'XX': expected an ISO 3166-1 code such "
	    "as FI or FIN, or a country's name such as Finland\n"
	    "t.csv:5: control character in city 'Tu\\x0arku': expected a "
	    "name on one line\n"
	    "t.csv:7: expected 7 fields as in the header, found 3\n", 2);
}

static void
test_good_shapes_load(void **state)
{
	struct registry reg;
	const struct link *l;

	(void)state;
	/* BOM, CRLF, blank lines, header names in any case and order. */
	load_ok(&reg, "\xEF\xBB\xBFYear,Partner Country,partner,Country,City,"
	    "Note\r\n\r\n1946,NO,Bergen,FI,Turku,\r\n\r\n"
	    ",SE,\"Gothenburg\",Finland,Turku,\"a, \"\"quoted\"\"\nnote\"\r\n"
	    "1963,BG,Varna,FI,Turku,last row without a newline");
	assert_int_equal(reg.nlinks, 3);
	l = &reg.links[0];
	assert_int_equal(link_first(&reg, l)->line, 3);
	assert_int_equal(l->year, 1946);
	assert_string_equal(city_name(&reg, &reg.cities[l->partner]), "Bergen");
	l = &reg.links[1];
	assert_int_equal(link_first(&reg, l)->line, 5);
	assert_int_equal(l->year, 0);
	assert_int_equal(l->status, STATUS_ACTIVE);
	assert_int_equal(l->kind, KIND_TWIN);
	l = &reg.links[2];
	assert_int_equal(link_first(&reg, l)->line, 7);	/* the note above spans two lines */
	assert_string_equal(city_name(&reg, &reg.cities[l->partner]), "Varna");
	registry_free(&reg);

	/* Commas and quotes inside names; words in any case. */
	load_ok(&reg, HEADER "\"Washington, D.C.\",US,\"Xi'an \"\"X\"\"\",CN,"
	    "1982,Suspended,PARTNER\n");
	l = &reg.links[0];
	assert_string_equal(city_name(&reg, &reg.cities[l->city]), "Washington, D.C.");
	assert_string_equal(city_name(&reg, &reg.cities[l->partner]), "Xi'an \"X\"");
	assert_int_equal(l->status, STATUS_SUSPENDED);
	assert_int_equal(l->kind, KIND_PARTNER);
	registry_free(&reg);
}

static void
test_spellings_are_remembered(void **state)
{
	struct registry reg;

	(void)state;
	load_ok(&reg, HEADER "Göteborg,SE,Turku,FI,,,\n"
	    "GÖTEBORG,SE,Turku,FI,,,\nGöteborg,SE,Oslo,NO,,,\n");
	assert_int_equal(reg.ncities, 3);
	assert_int_equal(reg.cities[0].line, 2);
	assert_int_equal(reg.nvariants, 1);
	assert_string_equal(reg.variants[0].name, "GÖTEBORG");
	assert_int_equal(reg.variants[0].line, 3);
	assert_int_equal(reg.variants[0].city, 0);
	registry_free(&reg);
}

/*
 * Names longer than a spelling slot holds are kept in registry.names by
 * their offset, which stays right as names grows (names of 40 bytes take
 * more room than reserved): a second spelling of each city, and a third
 * row spelled as the second, find their city after many were added.
 */
static void
test_long_spellings_outlive_growth(void **state)
{
	size_t n = 2000, i, o, cap = n * 3 * 80;
	char *text = malloc(cap);
	struct registry reg;
	struct load_options opt = { .report = NULL };
	city_id c;
	char name[64];
	int len;

	(void)state;
	o = (size_t)snprintf(text, cap, HEADER);
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(text + o, cap - o, "Long city name number "
		    "%04zu of letters,FI,P%zu,SE,,,\n", i, i);
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(text + o, cap - o, "LONG CITY NAME NUMBER "
		    "%04zu OF LETTERS,FI,Q%zu,SE,,,\n", i, i);
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(text + o, cap - o, "LONG CITY NAME NUMBER "
		    "%04zu OF LETTERS,FI,R%zu,SE,,,\n", i, i);
	registry_init(&reg);
	assert_int_equal(load_buffer(&reg, "t.csv", text, o, &opt), 0);
	assert_int_equal(reg.nstmts, 3 * n);
	assert_int_equal(reg.ncities, 4 * n);
	assert_int_equal(reg.nvariants, n);
	for (i = 0; i < n; i++) {
		c = reg.ends[i].city;
		assert_int_equal(reg.ends[n + i].city, c);
		assert_int_equal(reg.ends[2 * n + i].city, c);
		assert_int_equal(atoi(city_name(&reg, &reg.cities[c]) + 22),
		    (int)i);
		assert_memory_equal(city_name(&reg, &reg.cities[c]), "Long", 4);
		/* Both spellings are remembered, where they were put. */
		len = snprintf(name, sizeof(name), "LONG CITY NAME NUMBER %04zu "
		    "OF LETTERS", i);
		assert_int_equal(registry_find_spelling(&reg, name, (size_t)len,
		    country_from_code("FI", 2), REGION_NONE,
		    spelling_hash(name, (size_t)len)), c);
		name[1] = 'o';
		name[2] = 'n';
		name[3] = 'g';
		assert_int_equal(registry_find_spelling(&reg, name, (size_t)len,
		    country_from_code("FI", 2), REGION_NONE,
		    spelling_hash(name, (size_t)len)), CITY_NONE);
		len = snprintf(name, sizeof(name), "Long city name number %04zu "
		    "of letters", i);
		assert_int_equal(registry_find_spelling(&reg, name, (size_t)len,
		    country_from_code("FI", 2), REGION_NONE,
		    spelling_hash(name, (size_t)len)), c);
	}
	registry_free(&reg);
	free(text);
}

static void
test_load_file(void **state)
{
	char path[] = "/tmp/twin-test-XXXXXX";
	struct registry reg;
	struct reported rep;
	struct load_options opt = { .report = fixture_report, .ctx = &rep };
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, HEADER "Turku,FI,Bergen,NO,,,\n",
	    strlen(HEADER) + 22), (ssize_t)strlen(HEADER) + 22);
	close(fd);
	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	assert_int_equal(load_file(&reg, path, &opt), 0);
	assert_int_equal(reg.nstmts, 1);
	registry_free(&reg);
	unlink(path);

	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	assert_int_equal(load_file(&reg, path, &opt), 1);
	assert_non_null(strstr(rep.messages, ":0: cannot open: No such file"));
	assert_int_equal(load_file(&reg, "/tmp", &opt), 1);
	assert_non_null(strstr(rep.messages, "/tmp:0: is a directory: "
	    "expected a registry file\n"));
	registry_free(&reg);
}

/*
 * Coordinates read as strtod reads them, to the last bit, whichever way
 * the loader takes: its own for plain decimals, strtod for the rest.
 */
static void
test_coordinates_as_strtod(void **state)
{
	static const char *const values[] = {
		"60.4515", "-18.1416", "0", "-0.0", "+5.3242", "89.99999999",
		"0.1", "89.99999999999999", "12.345678901234", "45.123456789012345", "1e1", "6.045e1",
		"-90", "90.000", ".5", "5.", "0.30000000000000004"
	};
	char text[4096], *end;
	struct registry reg;
	struct reported rep;
	size_t i, o;
	double lat, lon;

	(void)state;
	o = (size_t)snprintf(text, sizeof(text),
	    "city,country,partner,partner_country\n");
	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o,
		    "C%zu,FI,Hub,SE\n", i);
	registry_init(&reg);
	assert_int_equal(load_text(&reg, &rep, text), 0);
	o = (size_t)snprintf(text, sizeof(text), "city,country,lat,lon\n");
	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o,
		    "C%zu,FI,%s,\"%s\"\n", i, values[i], values[i]);
	if (load_text(&reg, &rep, text) != 0)
		fail_msg("%s", rep.messages);
	registry_build_index(&reg);
	assert_int_equal(registry_resolve_places(&reg, NULL, NULL), 0);
	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		struct fold_buf fb = { NULL, 0, 0 };
		char name[16];
		city_id c;
		double want = strtod(values[i], &end);

		snprintf(name, sizeof(name), "C%zu", i);
		assert_true(fold_into(&fb, name, strlen(name)));
		c = registry_find(&reg, fb.key, fb.len, country_parse("FI", 2),
		    REGION_NONE);
		fold_buf_free(&fb);
		assert_true(city_place(&reg, c, &lat, &lon));
		if (memcmp(&lat, &want, sizeof(want)) != 0 ||
		    memcmp(&lon, &want, sizeof(want)) != 0)
			fail_msg("'%s' read as %.17g, strtod %.17g", values[i],
			    lat, want);
	}
	registry_free(&reg);
}

/*
 * values: the fields country, partner_country, year, ended, status and
 * kind, separated by '|'; the link_values() the parser reads of them.
 */
static struct link_values
values_of(const char *values)
{
	static const enum role roles[] = {
		ROLE_COUNTRY, ROLE_PARTNER_COUNTRY, ROLE_YEAR, ROLE_ENDED,
		ROLE_STATUS, ROLE_KIND
	};
	struct field_span spans[ROLE_COUNT];
	struct link_values v;
	char text[200];
	size_t i, off = 0, len;

	memset(spans, 0, sizeof(spans));
	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
		len = strcspn(values, "|");
		memcpy(text + off, values, len);
		text[off + len] = '\0';
		spans[roles[i]].off = (uint32_t)off;
		spans[roles[i]].len = (uint32_t)len;
		off += len + 1;
		values += len + (values[len] == '|');
	}
	link_values(text, spans, &v);
	return v;
}

static void
test_link_values_read_plain_forms(void **state)
{
	struct link_values v;

	(void)state;
	v = values_of("FI|se|1946| 2022 |suspended|partner");
	assert_true(v.ok);
	assert_int_equal(v.country, country_parse("FI", 2));
	assert_int_equal(v.partner_country, country_parse("SE", 2));
	assert_int_equal(v.year, 1946);
	assert_int_equal(v.ended, 2022);
	assert_int_equal(v.status, STATUS_SUSPENDED);
	assert_int_equal(v.kind, KIND_PARTNER);
	v = values_of("FI|SE||||");
	assert_true(v.ok);
	assert_int_equal(v.year, 0);
	assert_int_equal(v.ended, 0);
	assert_int_equal(v.status, 0);
	assert_int_equal(v.kind, 0);
	/* Anything else is the reader's, which names what is wrong. */
	assert_false(values_of("Finland|SE|1946|||").ok);
	assert_false(values_of("FI|XX|1946|||").ok);
	assert_false(values_of("FI|SE|0|||").ok);
	assert_false(values_of("FI|SE|19466|||").ok);
	assert_false(values_of("FI|SE|19a6|||").ok);
	assert_false(values_of("FI|SE||0||").ok);
	assert_false(values_of("FI|SE|||on hold|").ok);
	assert_false(values_of("FI|SE|||Active|").ok);
	assert_false(values_of("FI|SE||||sister city").ok);
}

/*
 * A registry long enough to be read on two threads, where the parser
 * reads some rows' short fields and the reader the others': the rows
 * loaded and the messages are the same as ever, in the order of the file.
 */
static void
test_long_registry_reads_alike(void **state)
{
	static const char *const statuses[] = { "active", "suspended",
	    "on hold", "" };
	size_t rows = 20000, i, o, cap = rows * 64, suspended = 0, l;
	char *text = malloc(cap);
	struct registry reg;
	struct reported rep;
	struct load_options opt = {
		.report = fixture_report, .ctx = &rep, .keep_going = true
	};

	(void)state;
	o = (size_t)snprintf(text, cap, HEADER);
	for (i = 0; i < rows; i++)
		o += (size_t)snprintf(text + o, cap - o, "%c%zu,%s,P%zu,SE,%s,%s,\n",
		    i % 7 ? 'C' : 'c', i % 3000, i % 2 ? "fi" : "FI", i,
		    i == 15000 ? "19x0" :
		    i == 17000 ? "0" : "1950", statuses[i % 4]);
	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	load_buffer(&reg, "t.csv", text, o, &opt);
	assert_string_equal(rep.messages,
	    "t.csv:15002: bad year '19x0': expected a year of up to four "
	    "digits such as 1946, or nothing when unknown\n"
	    "t.csv:17002: bad year '0': expected a year from 1 to 9999, or "
	    "nothing when unknown\n");
	assert_int_equal(reg.nstmts, rows - 2);
	for (l = 0; l < reg.nstmts; l++) {
		assert_int_equal(reg.stmts[l].year, 1950);
		suspended += reg.stmts[l].status == STATUS_SUSPENDED;
	}
	assert_int_equal(suspended, rows / 2);	/* "on hold" too */
	/* C1 and c1 are one city; cities are read before the year. */
	assert_int_equal(reg.ncities, 3000 + rows);
	registry_free(&reg);
	free(text);
}

/*
 * Two files of a registry, each long enough that the records in flight
 * are lent from the registry's scratch page: the second, which has no
 * source or note column, finds its records empty where the first wrote
 * sources and notes, and none of its rows has either.
 */
static void
test_second_file_reads_clean_records(void **state)
{
	size_t rows = 4000, i, o, cap = rows * 80, l;
	char *text = malloc(cap);
	struct registry reg;
	struct reported rep;
	struct load_options opt = { .report = fixture_report, .ctx = &rep };

	(void)state;
	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	o = (size_t)snprintf(text, cap, "city,country,partner,partner_country,"
	    "source,note\n");
	for (i = 0; i < rows; i++)
		o += (size_t)snprintf(text + o, cap - o,
		    "A%zu,FI,B%zu,SE,page %zu,note %zu\n", i, i, i, i);
	assert_true(o >= PIPELINE_SCRATCH_MIN);
	assert_int_equal(load_buffer(&reg, "first.csv", text, o, &opt), 0);
	assert_non_null(reg.scratch.page);	/* lent from, and cleared */
	assert_int_equal(reg.scratch.used, 0);
	o = (size_t)snprintf(text, cap, "city,country,partner,partner_country,"
	    "year\n");
	for (i = 0; i < rows; i++)
		o += (size_t)snprintf(text + o, cap - o,
		    "Cee%zu,FI,Dee%zu,SE,1990\n", i, i);
	assert_true(o >= PIPELINE_SCRATCH_MIN);
	assert_int_equal(load_buffer(&reg, "second.csv", text, o, &opt), 0);
	assert_int_equal(reg.scratch.used, 0);
	assert_string_equal(rep.messages, "");
	assert_int_equal(reg.nstmts, 2 * rows);
	for (l = 0; l < rows; l++) {
		assert_int_not_equal(reg.stmts[l].source, 0);
		assert_int_not_equal(reg.stmts[l].note, 0);
		assert_int_equal(reg.stmts[l].year, 0);
	}
	assert_string_equal(registry_text(&reg, reg.stmts[7].source), "page 7");
	for (; l < 2 * rows; l++) {
		assert_int_equal(reg.stmts[l].source, 0);
		assert_int_equal(reg.stmts[l].note, 0);
		assert_int_equal(reg.stmts[l].year, 1990);
	}
	registry_free(&reg);
	free(text);
}

/*
 * The table of recent texts is as large as the file needs: a small file
 * has a small one, whose pages are few to fault in.
 */
static void
test_recent_texts_sized_from_file(void **state)
{
	static const struct { size_t size; uint32_t entries; } sizes[] = {
		{ 0, RECENT_TEXTS_MIN }, { 200, RECENT_TEXTS_MIN },
		{ 32 * 1024, RECENT_TEXTS_MIN },
		{ 32 * 1025, 2 * RECENT_TEXTS_MIN },
		{ 914966, 32768 }, { (size_t)74 << 20, RECENT_TEXTS },
	};
	struct load_options opt = { 0 };
	struct registry reg;
	struct reader rd;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		registry_init(&reg);
		reader_start(&rd, &reg, &opt, "t.csv", 0);
		reader_make_texts(&rd, sizes[i].size, false);
		assert_int_equal(rd.recent_mask + 1, sizes[i].entries);
		assert_int_equal(rd.recent_texts[sizes[i].entries - 1].text, 0);
		reader_finish(&rd);
		registry_free(&reg);
	}
}

/* Write a text to a pipe, on a thread of its own: the reader's side. */
struct pipe_writer {
	int		 fd;
	const char	*text;
	size_t		 len;
	bool		 ok;
};

static void *
write_pipe(void *arg)
{
	struct pipe_writer *w = arg;
	size_t done = 0;
	ssize_t n;

	while (done < w->len && (n = write(w->fd, w->text + done,
	    w->len - done)) > 0)
		done += (size_t)n;
	w->ok = done == w->len;
	close(w->fd);
	return NULL;
}

/*
 * A file read from a pipe, of unknown size, starts with the smallest
 * table, which grows as texts come: each text, given by two rows in a
 * row, is kept once, across the growth at the 1,025th.
 */
static void
test_recent_texts_grow_on_a_stream(void **state)
{
	size_t texts = 3000, i, o, cap = texts * 2 * 40, want = 1;
	char *text = malloc(cap);
	struct registry reg;
	struct reported rep;
	struct load_options opt = { .report = fixture_report, .ctx = &rep };
	struct pipe_writer w;
	pthread_t writer;
	int fds[2], saved;

	(void)state;
	o = (size_t)snprintf(text, cap, "city,country,partner,partner_country,"
	    "source\n");
	for (i = 0; i < 2 * texts; i++)
		o += (size_t)snprintf(text + o, cap - o,
		    "A%zu,FI,B%zu,SE,page %zu\n", i, i, i / 2);
	for (i = 0; i < texts; i++)
		want += (size_t)snprintf(NULL, 0, "page %zu", i) + 1;
	assert_int_equal(pipe(fds), 0);
	w = (struct pipe_writer){ .fd = fds[1], .text = text, .len = o };
	assert_int_equal(pthread_create(&writer, NULL, write_pipe, &w), 0);
	saved = dup(STDIN_FILENO);
	assert_true(dup2(fds[0], STDIN_FILENO) >= 0);
	close(fds[0]);
	registry_init(&reg);
	memset(&rep, 0, sizeof(rep));
	assert_int_equal(load_file(&reg, "-", &opt), 0);
	assert_true(dup2(saved, STDIN_FILENO) >= 0);
	close(saved);
	assert_int_equal(pthread_join(writer, NULL), 0);
	assert_true(w.ok);
	assert_string_equal(rep.messages, "");
	assert_int_equal(reg.nstmts, 2 * texts);
	assert_int_equal(reg.texts_len, want);
	for (i = 0; i < 2 * texts; i += 2)
		assert_int_equal(reg.stmts[i].source, reg.stmts[i + 1].source);
	assert_string_equal(registry_text(&reg, reg.stmts[2049].source),
	    "page 1024");
	registry_free(&reg);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unterminated_quote),
		cmocka_unit_test(test_bad_quoting),
		cmocka_unit_test(test_missing_column),
		cmocka_unit_test(test_duplicate_column),
		cmocka_unit_test(test_bad_header_stops_keep_going),
		cmocka_unit_test(test_wrong_number_of_fields),
		cmocka_unit_test(test_bad_year),
		cmocka_unit_test(test_unknown_words),
		cmocka_unit_test(test_bad_names),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_keep_going_reports_every_row),
		cmocka_unit_test(test_good_shapes_load),
		cmocka_unit_test(test_spellings_are_remembered),
		cmocka_unit_test(test_link_values_read_plain_forms),
		cmocka_unit_test(test_long_registry_reads_alike),
		cmocka_unit_test(test_second_file_reads_clean_records),
		cmocka_unit_test(test_recent_texts_sized_from_file),
		cmocka_unit_test(test_recent_texts_grow_on_a_stream),
		cmocka_unit_test(test_long_spellings_outlive_growth),
		cmocka_unit_test(test_load_file),
		cmocka_unit_test(test_coordinates_as_strtod),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
