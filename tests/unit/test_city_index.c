/*
 * test_city_index.c: the index of a few cities' rows (registry_index_cities())
 * against the index of every row, and the whole index made after it.
 */
#include "fixtures.h"

#include "cityname.h"
#include "query.h"
#include "region.h"

/*
 * Pairs stated from both sides with other years and statuses, a link that
 * ended, towns of one name in two regions and one written without a
 * region (which stays a city of its own), a row to itself, an alias.
 */
static const char links_csv[] =
    "city,country,region,partner,partner_country,partner_region,year,status,"
    "kind,ended,source\n"
    "Turku,FI,,Bergen,NO,,1946,,,,turku.fi\n"				/* 2 */
    "Aarhus,DK,,Bergen,NO,,1950,,,,\n"
    "Bergen,NO,,Turku,FI,,1947,,,,bergen.no\n"				/* 4 */
    "Turku,FI,,Saint Petersburg,RU,,1953,suspended,,,\n"
    "Portland,US,Maine,Bergen,NO,,1980,,,,\n"				/* 6 */
    "Portland,US,Oregon,Turku,FI,,1990,ended,,2005,\n"
    "Aarhus,DK,,Turku,FI,,1946,active,twin,,\n"				/* 8 */
    "Portland,US,,Aarhus,DK,,1999,,,,\n"
    "Turku,FI,,Turku,FI,,2000,,,,\n"					/* 10 */
    "Saint Petersburg,RU,,Turku,FI,,2014,suspended,,,spb.ru\n"
    "Turku,FI,,Aarhus,DK,,1945,,friendship,,\n";			/* 12 */

static const char aliases_csv[] =
    "alias,city,country\n"
    "Åbo,Turku,FI\n";

static void
load(struct registry *reg)
{
	struct reported rep;

	registry_init(reg);
	if (load_text(reg, &rep, links_csv) != 0 ||
	    load_text(reg, &rep, aliases_csv) != 0)
		fail_msg("fixture did not load: %s", rep.messages);
}

/* The one city the name means, as typed on a command line. */
static city_id
city(struct registry *reg, const char *name)
{
	struct city_want want = { COUNTRY_NONE, NULL, false };
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL, c;
	size_t cap = 0;

	registry_settle(reg);
	assert_int_equal(cityname_lookup(reg, name, &want, &fb, &ids, &cap),
	    1);
	c = ids[0];
	free(ids);
	fold_buf_free(&fb);
	return c;
}

/*
 * City c's links as "partner year status ended kind: lines" lines, in the
 * order of its list (the order of their first rows).
 */
static void
describe(const struct registry *reg, city_id c, char *out, size_t cap)
{
	const link_id *ids;
	const struct link *l;
	const struct statement *st;
	size_t n, i, k, used;

	out[0] = '\0';
	ids = city_links(reg, c, &n);
	for (i = 0; i < n; i++) {
		l = &reg->links[ids[i]];
		used = strlen(out);
		snprintf(out + used, cap - used, "%s/%s %u %s %u %s:",
		    city_name(reg, &reg->cities[link_other(l, c)]),
		    country_code(reg->cities[link_other(l, c)].country),
		    l->year, status_names[l->status], l->ended,
		    kind_names[l->kind]);
		st = link_statements(reg, l);
		for (k = 0; k < link_nstmts(reg, l); k++) {
			used = strlen(out);
			snprintf(out + used, cap - used, " %u%s%s", st[k].line,
			    st[k].source ? "=" : "",
			    st[k].source ? registry_text(reg, st[k].source) : "");
		}
		used = strlen(out);
		snprintf(out + used, cap - used, "\n");
	}
}

static void
test_rows_of_one_city(void **state)
{
	struct registry reg;
	city_id turku, aarhus;
	char got[1024];

	(void)state;
	load(&reg);
	turku = city(&reg, "Åbo");
	registry_index_cities(&reg, &turku, 1);
	assert_false(reg.indexed);
	/* Turku's rows alone: all but lines 3, 6 and 9. */
	assert_int_equal(reg.nstmts, 8);
	assert_int_equal(reg.nlinks, 5);
	describe(&reg, turku, got, sizeof(got));
	assert_string_equal(got,
	    "Bergen/NO 1946 active 0 twin: 2=turku.fi 4=bergen.no\n"
	    "Saint Petersburg/RU 1953 suspended 0 twin: 5 11=spb.ru\n"
	    "Portland/US 1990 ended 2005 twin: 7\n"
	    "Aarhus/DK 1945 active 0 twin: 8 12\n"
	    "Turku/FI 2000 active 0 twin: 10\n");
	/* Another city's list holds its links to Turku only. */
	aarhus = city(&reg, "Aarhus");
	describe(&reg, aarhus, got, sizeof(got));
	assert_string_equal(got, "Turku/FI 1945 active 0 twin: 8 12\n");
	registry_free(&reg);
}

/* Each city's list, indexed for it alone, is its list in the whole index. */
static void
test_each_city_as_in_the_whole_index(void **state)
{
	struct registry whole, part;
	char want[1024], got[1024];
	city_id c, pair[2];

	(void)state;
	load(&whole);
	registry_build_index(&whole);
	assert_true(whole.indexed);
	assert_int_equal(whole.ncities, 7);
	for (c = 0; c < whole.ncities; c++) {
		load(&part);
		registry_index_cities(&part, &c, 1);
		assert_int_equal(part.ncities, whole.ncities);
		describe(&whole, c, want, sizeof(want));
		describe(&part, c, got, sizeof(got));
		assert_string_equal(got, want);
		registry_free(&part);
	}
	/* Two cities at once, and a city asked twice. */
	load(&part);
	pair[0] = city(&part, "Portland (US, Maine)");
	pair[1] = pair[0];
	registry_index_cities(&part, pair, 2);
	describe(&whole, pair[0], want, sizeof(want));
	describe(&part, pair[0], got, sizeof(got));
	assert_string_equal(got, want);
	assert_string_equal(got, "Bergen/NO 1980 active 0 twin: 6\n");
	registry_free(&part);
	registry_free(&whole);
}

/* The whole index made after a city's is the whole index. */
static void
test_whole_index_after_a_city(void **state)
{
	struct registry whole, part;
	char want[1024], got[1024];
	city_id c, none = CITY_NONE;
	size_t i;

	(void)state;
	load(&whole);
	registry_build_index(&whole);
	load(&part);
	c = city(&part, "Bergen");
	registry_index_cities(&part, &c, 1);
	/* Asked again, for no city: no row. */
	registry_index_cities(&part, &none, 1);
	assert_int_equal(part.nstmts, 0);
	assert_int_equal(part.nlinks, 0);
	registry_build_index(&part);
	assert_true(part.indexed);
	assert_int_equal(part.nstmts, whole.nstmts);
	assert_int_equal(part.nlinks, whole.nlinks);
	for (i = 0; i < whole.nlinks; i++) {
		assert_int_equal(part.links[i].city, whole.links[i].city);
		assert_int_equal(part.links[i].partner, whole.links[i].partner);
		assert_int_equal(part.links[i].stmt, whole.links[i].stmt);
		assert_int_equal(part.links[i].year, whole.links[i].year);
	}
	for (c = 0; c < whole.ncities; c++) {
		describe(&whole, c, want, sizeof(want));
		describe(&part, c, got, sizeof(got));
		assert_string_equal(got, want);
	}
	registry_free(&part);
	registry_free(&whole);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_of_one_city),
		cmocka_unit_test(test_each_city_as_in_the_whole_index),
		cmocka_unit_test(test_whole_index_after_a_city),
	};
	int failed;

	failed = cmocka_run_group_tests_name("city_index", tests, NULL, NULL);
	country_cleanup();
	region_cleanup();
	return failed;
}
