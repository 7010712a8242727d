/* test_network.c: the graph queries of network.h and the link filter. */
#include "fixtures.h"

#include <stdlib.h>

#include "netcmd.h"
#include "network.h"
#include "query.h"

/*
 * Two components: A B C D E F, and X Y.  B-A restates A-B, which stays
 * one link; D-E has ended; B-C is suspended.
 */
static const char fixture_csv[] =
    "city,country,partner,partner_country,year,status,kind\n"
    "A,FI,B,SE,1950,,\n"
    "A,FI,C,DE,1965,,\n"
    "B,SE,C,DE,1972,suspended,\n"
    "B,SE,D,DE,,,partner\n"
    "C,DE,E,TR,1988,,friendship\n"
    "D,DE,E,TR,2001,ended,\n"
    "E,TR,F,TR,2015,,\n"
    "B,SE,A,FI,1950,,\n"
    "X,FR,Y,FR,1999,,\n";

static int
setup(void **state)
{
	struct registry *reg = malloc(sizeof(*reg));

	load_ok(reg, fixture_csv);
	*state = reg;
	return 0;
}

static int
teardown(void **state)
{
	registry_free(*state);
	free(*state);
	country_cleanup();
	return 0;
}

static country_t
cc(const char *code)
{
	return country_parse(code, strlen(code));
}

/* The city of that one-letter name ("A" folds to "a"). */
static city_id
city(const struct registry *reg, const char *name)
{
	char key[2] = { (char)(name[0] - 'A' + 'a'), '\0' };
	city_id c = registry_first_with_key(reg, key, 1);

	assert_int_not_equal(c, CITY_NONE);
	return c;
}

static const char *
name_of(const struct registry *reg, city_id c)
{
	return city_name(reg, &reg->cities[c]);
}

static void
test_filter_between_and_city(void **state)
{
	struct registry *reg = *state;
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };

	link_filter_init(&f);
	f.country = cc("TR");
	f.country2 = cc("DE");
	assert_int_equal(query_links(reg, &f, &rows), 1);	/* C-E; D-E ended */
	assert_string_equal(name_of(reg, rows.v[0].first), "C");
	rows.n = 0;
	f.status_mask = ALL_STATUSES;
	assert_int_equal(query_links(reg, &f, &rows), 2);
	rows.n = 0;
	f.country = f.country2 = cc("TR");	/* within one country */
	assert_int_equal(query_links(reg, &f, &rows), 1);
	rows.n = 0;
	link_filter_init(&f);
	f.city = city(reg, "B");
	assert_int_equal(query_links(reg, &f, &rows), 3);
	rows.n = 0;
	f.year_from = f.year_to = 1950;
	assert_int_equal(query_links(reg, &f, &rows), 1);
	rows_free(&rows);
}

static void
test_cities(void **state)
{
	static const char *const names[] = { "B", "C", "A", "E", "D", "F",
	    "X", "Y" };
	static const uint32_t partners[] = { 3, 3, 2, 2, 1, 1, 1, 1 };
	struct registry *reg = *state;
	struct link_filter f;
	struct city_count *v;
	size_t n, i, limit;

	link_filter_init(&f);
	n = query_cities(reg, &f, COUNTRY_NONE, 1, 0, &v);
	assert_int_equal(n, 8);
	for (i = 0; i < n; i++) {
		assert_string_equal(name_of(reg, v[i].city), names[i]);
		assert_int_equal(v[i].partners, partners[i]);
	}
	free(v);

	/* The first few of the same order, ties by name at the cut too. */
	for (limit = 1; limit <= 9; limit++) {
		n = query_cities(reg, &f, COUNTRY_NONE, 1, limit, &v);
		assert_int_equal(n, limit < 8 ? limit : 8);
		for (i = 0; i < n; i++) {
			assert_string_equal(name_of(reg, v[i].city), names[i]);
			assert_int_equal(v[i].partners, partners[i]);
		}
		free(v);
	}

	n = query_cities(reg, &f, cc("DE"), 2, 0, &v);
	assert_int_equal(n, 1);
	assert_string_equal(name_of(reg, v[0].city), "C");
	free(v);

	/* Ended links only: D and E have one each; --min 0 lists all. */
	f.status_mask = STATUS_BIT(STATUS_ENDED);
	n = query_cities(reg, &f, COUNTRY_NONE, 1, 0, &v);
	assert_int_equal(n, 2);
	assert_string_equal(name_of(reg, v[0].city), "D");
	assert_string_equal(name_of(reg, v[1].city), "E");
	free(v);
	n = query_cities(reg, &f, COUNTRY_NONE, 0, 0, &v);
	assert_int_equal(n, 8);
	free(v);
}

static void
test_countries(void **state)
{
	static const char *const codes[] = { "DE", "SE", "TR", "FI", "FR" };
	static const uint32_t cities[] = { 2, 1, 2, 1, 2 };
	static const uint32_t links[] = { 4, 3, 2, 2, 1 };
	struct registry *reg = *state;
	struct link_filter f;
	struct country_count *v;
	size_t n, i;

	link_filter_init(&f);
	n = query_countries(reg, &f, &v);
	assert_int_equal(n, 5);
	for (i = 0; i < n; i++) {
		assert_string_equal(country_code(v[i].country), codes[i]);
		assert_int_equal(v[i].cities, cities[i]);
		assert_int_equal(v[i].links, links[i]);
	}
	free(v);
	f.country = cc("TR");
	f.status_mask = ALL_STATUSES;
	n = query_countries(reg, &f, &v);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].links, 3);
	free(v);
}

static void
test_country_pairs(void **state)
{
	static const char *const pairs[][2] = {
		{ "DE", "SE" }, { "DE", "FI" }, { "DE", "TR" }, { "FI", "SE" },
		{ "FR", "FR" }, { "TR", "TR" }
	};
	static const uint32_t links[] = { 2, 1, 1, 1, 1, 1 };
	struct registry *reg = *state;
	struct link_filter f;
	struct pair_count *v;
	size_t n, i;

	link_filter_init(&f);
	n = query_country_pairs(reg, &f, &v);
	assert_int_equal(n, 6);
	for (i = 0; i < n; i++) {
		assert_string_equal(country_code(v[i].a), pairs[i][0]);
		assert_string_equal(country_code(v[i].b), pairs[i][1]);
		assert_int_equal(v[i].links, links[i]);
	}
	free(v);
	/* The chosen country comes first. */
	f.country = cc("SE");
	n = query_country_pairs(reg, &f, &v);
	assert_int_equal(n, 2);
	assert_string_equal(country_code(v[0].a), "SE");
	assert_string_equal(country_code(v[0].b), "DE");
	assert_string_equal(country_code(v[1].a), "SE");
	assert_string_equal(country_code(v[1].b), "FI");
	free(v);
}

static void
test_common(void **state)
{
	struct registry *reg = *state;
	struct link_filter f;
	city_id *v;

	link_filter_init(&f);
	assert_int_equal(query_common(reg, city(reg, "A"), city(reg, "C"), &f,
	    &v), 1);
	assert_string_equal(name_of(reg, v[0]), "B");
	free(v);
	assert_int_equal(query_common(reg, city(reg, "B"), city(reg, "E"), &f,
	    &v), 1);
	assert_string_equal(name_of(reg, v[0]), "C");
	free(v);
	f.status_mask = ALL_STATUSES;	/* D-E counts now */
	assert_int_equal(query_common(reg, city(reg, "B"), city(reg, "E"), &f,
	    &v), 2);
	assert_string_equal(name_of(reg, v[0]), "C");
	assert_string_equal(name_of(reg, v[1]), "D");
	free(v);
	assert_int_equal(query_common(reg, city(reg, "A"), city(reg, "X"), &f,
	    &v), 0);
	free(v);
}

static void
assert_hop(const struct registry *reg, const struct row *row,
    const char *from, const char *to)
{
	assert_string_equal(name_of(reg, row->first), from);
	assert_string_equal(name_of(reg, row->second), to);
}

static void
test_path(void **state)
{
	struct registry *reg = *state;
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };

	link_filter_init(&f);
	assert_int_equal(query_path(reg, city(reg, "A"), city(reg, "F"), &f,
	    &rows), 3);
	assert_int_equal(rows.n, 3);
	assert_hop(reg, &rows.v[0], "A", "C");
	assert_hop(reg, &rows.v[1], "C", "E");
	assert_hop(reg, &rows.v[2], "E", "F");
	rows.n = 0;
	/* Oriented along the chain, whatever the rows say. */
	assert_int_equal(query_path(reg, city(reg, "F"), city(reg, "A"), &f,
	    &rows), 3);
	assert_hop(reg, &rows.v[0], "F", "E");
	assert_hop(reg, &rows.v[2], "C", "A");
	rows.n = 0;
	/* The ended link D-E is not a way, unless asked for. */
	assert_int_equal(query_path(reg, city(reg, "D"), city(reg, "E"), &f,
	    &rows), 3);
	assert_hop(reg, &rows.v[0], "D", "B");
	assert_hop(reg, &rows.v[1], "B", "C");
	rows.n = 0;
	f.status_mask = ALL_STATUSES;
	assert_int_equal(query_path(reg, city(reg, "D"), city(reg, "E"), &f,
	    &rows), 1);
	rows.n = 0;
	assert_int_equal(query_path(reg, city(reg, "A"), city(reg, "Y"), &f,
	    &rows), -1);
	assert_int_equal(rows.n, 0);
	assert_int_equal(query_path(reg, city(reg, "A"), city(reg, "A"), &f,
	    &rows), 0);
	rows_free(&rows);
}

static void
test_neighbourhood(void **state)
{
	static const char *const one[] = { "B", "A", "C", "D" };
	static const char *const two[] = { "B", "A", "C", "D", "E" };
	struct registry *reg = *state;
	struct link_filter f;
	city_id *v;
	size_t n, i;

	link_filter_init(&f);
	n = query_neighbourhood(reg, city(reg, "B"), 1, &f, &v);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++)
		assert_string_equal(name_of(reg, v[i]), one[i]);
	free(v);
	n = query_neighbourhood(reg, city(reg, "B"), 2, &f, &v);
	assert_int_equal(n, 5);
	for (i = 0; i < n; i++)
		assert_string_equal(name_of(reg, v[i]), two[i]);
	free(v);
	n = query_neighbourhood(reg, city(reg, "X"), 0, &f, &v);
	assert_int_equal(n, 1);
	free(v);
	n = query_neighbourhood(reg, city(reg, "X"), 99, &f, &v);
	assert_int_equal(n, 2);
	free(v);
}

static void
test_stats(void **state)
{
	struct registry *reg = *state;
	struct link_filter f;
	struct net_stats s;

	link_filter_init(&f);
	f.status_mask = ALL_STATUSES;
	network_stats(reg, &f, &s);
	assert_int_equal(s.rows, 9);
	assert_int_equal(s.links, 8);
	assert_int_equal(s.self_links, 0);
	assert_int_equal(s.cities, 8);
	assert_int_equal(s.countries, 5);
	assert_int_equal(s.with_year, 7);
	assert_int_equal(s.suspended, 1);
	assert_int_equal(s.ended, 1);
	assert_int_equal(s.components, 2);
	assert_int_equal(s.largest, 6);
	assert_int_equal(s.degree_sum, 16);
	assert_int_equal(s.max_degree, 3);
	assert_string_equal(name_of(reg, s.max_city), "B");
	assert_int_equal(s.per_decade[195], 1);
	assert_int_equal(s.per_decade[196], 1);
	assert_int_equal(s.per_decade[199], 1);
	assert_int_equal(s.per_decade[201], 1);

	/* Without the ended link E still reaches B through C. */
	link_filter_init(&f);
	network_stats(reg, &f, &s);
	assert_int_equal(s.rows, 8);
	assert_int_equal(s.links, 7);
	assert_int_equal(s.ended, 0);
	assert_int_equal(s.components, 2);

	/* One country: its links, and the cities at their other ends. */
	f.country = cc("FR");
	network_stats(reg, &f, &s);
	assert_int_equal(s.links, 1);
	assert_int_equal(s.cities, 2);
	assert_int_equal(s.components, 1);
	assert_int_equal(s.with_year, 1);
}

/* Year and count arguments: digits only, in range (messages go to stderr). */
static void
test_numbers(void **state)
{
	unsigned long v = 0;

	(void)state;
	assert_true(net_number("t", "year", "1", 1, 9999, &v));
	assert_int_equal(v, 1);
	assert_true(net_number("t", "year", "9999", 1, 9999, &v));
	assert_int_equal(v, 9999);
	assert_false(net_number("t", "year", "0", 1, 9999, &v));
	assert_false(net_number("t", "year", "10000", 1, 9999, &v));
	assert_false(net_number("t", "year", "", 1, 9999, &v));
	assert_false(net_number("t", "year", "19x0", 1, 9999, &v));
	assert_false(net_number("t", "year", "-5", 1, 9999, &v));
	assert_false(net_number("t", "year", " 1960", 1, 9999, &v));
	assert_false(net_number("t", "year",
	    "99999999999999999999999999", 1, 9999, &v));
	assert_int_equal(v, 9999);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_filter_between_and_city),
		cmocka_unit_test(test_cities),
		cmocka_unit_test(test_countries),
		cmocka_unit_test(test_country_pairs),
		cmocka_unit_test(test_common),
		cmocka_unit_test(test_path),
		cmocka_unit_test(test_neighbourhood),
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_numbers),
	};

	return cmocka_run_group_tests_name("network", tests, setup, teardown);
}
