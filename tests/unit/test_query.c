/* test_query.c: lookups, listings, sorting and decades over a small registry. */
#include "fixtures.h"

#include "query.h"

static const char fixture_csv[] =
    "city,country,partner,partner_country,year,status,kind\n"
    "Turku,FI,Bergen,NO,1946,,\n"
    "Turku,FI,Saint Petersburg,RU,1953,suspended,\n"
    "Turku,FI,Tianjin,CN,,,cooperation\n"
    "Aarhus,DK,Turku,FI,1946,active,twin\n"
    "Córdoba,ES,Córdoba,AR,1980,,\n"
    "Paris,FR,Rome,IT,1956,,\n"
    "Paris,US,Paris,FR,,ended,friendship\n"
    "Gdańsk,PL,Turku,FI,1958,,\n"
    "Bergen,NO,Gdansk,PL,1961,,\n";

static const char aliases_text[] =
    "alias,city,country\n"
    "Åbo,Turku,FI\n"
    "Roma,Rome,IT\n"
    "Nowhere,Atlantis,GR\n";

static int
setup(void **state)
{
	struct registry *reg = malloc(sizeof(*reg));
	struct reported rep;

	registry_init(reg);
	assert_int_equal(load_text(reg, &rep, fixture_csv), 0);
	assert_int_equal(load_text(reg, &rep, aliases_text), 0);
	registry_build_index(reg);
	*state = reg;
	return 0;
}

static int
teardown(void **state)
{
	registry_free(*state);
	free(*state);
	return 0;
}

/* The one city the name means (asserting there is exactly one). */
static city_id
city(const struct registry *reg, const char *name, country_t country)
{
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL, c;
	size_t cap = 0;

	assert_int_equal(lookup_cities(reg, name, country, &fb, &ids, &cap), 1);
	c = ids[0];
	free(ids);
	fold_buf_free(&fb);
	return c;
}

static country_t
cc(const char *code)
{
	return country_parse(code, strlen(code));
}

/* Render rows as "City-Partner year" lines for exact comparison. */
static void
assert_rows(const struct registry *reg, const struct rows *rows,
    const char *expected)
{
	char got[1024] = "";
	size_t i, used;
	const struct link *l;

	for (i = 0; i < rows->n; i++) {
		l = &reg->links[rows->v[i].link];
		used = strlen(got);
		snprintf(got + used, sizeof(got) - used, "%s-%s %u\n",
		    city_name(reg, &reg->cities[rows->v[i].first]),
		    city_name(reg, &reg->cities[rows->v[i].second]), l->year);
	}
	assert_string_equal(got, expected);
}

static void
test_cities_are_interned_by_folded_name(void **state)
{
	const struct registry *reg = *state;

	/* Gdańsk and Gdansk in PL are one city, shown as first written. */
	assert_int_equal(reg->ncities, 11);
	assert_string_equal(city_name(reg,
	    &reg->cities[city(reg, "GDANSK", COUNTRY_NONE)]),
	    "Gdańsk");
	assert_int_equal(reg->nlinks, 9);
}

static void
test_lookup_by_name_alias_and_country(void **state)
{
	const struct registry *reg = *state;
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL;
	size_t cap = 0;

	assert_int_equal(city(reg, "Åbo", COUNTRY_NONE),
	    city(reg, "turku", COUNTRY_NONE));
	assert_string_equal(city_name(reg,
	    &reg->cities[city(reg, "roma", COUNTRY_NONE)]),
	    "Rome");
	/* Two countries: both, sorted by country code. */
	assert_int_equal(lookup_cities(reg, "cordoba", COUNTRY_NONE, &fb, &ids,
	    &cap), 2);
	assert_int_equal(reg->cities[ids[0]].country, cc("AR"));
	assert_int_equal(reg->cities[ids[1]].country, cc("ES"));
	assert_int_equal(lookup_cities(reg, "cordoba", cc("ES"), &fb, &ids,
	    &cap), 1);
	assert_int_equal(reg->cities[ids[0]].country, cc("ES"));
	/* An alias that names no registry city finds nothing. */
	assert_int_equal(lookup_cities(reg, "Nowhere", COUNTRY_NONE, &fb, &ids,
	    &cap), 0);
	assert_int_equal(lookup_cities(reg, "'''", COUNTRY_NONE, &fb, &ids,
	    &cap), 0);
	assert_int_equal(lookup_cities(reg, "G\xF6teborg", COUNTRY_NONE, &fb,
	    &ids, &cap), (size_t)-1);
	free(ids);
	fold_buf_free(&fb);
}

static void
test_partners_are_oriented_and_sorted(void **state)
{
	const struct registry *reg = *state;
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };

	link_filter_init(&f);
	assert_int_equal(query_partners(reg, city(reg, "Turku", COUNTRY_NONE),
	    &f, &rows), 5);
	rows_sort(reg, &rows, 0);
	assert_rows(reg, &rows,
	    "Turku-Aarhus 1946\n"
	    "Turku-Bergen 1946\n"
	    "Turku-Saint Petersburg 1953\n"
	    "Turku-Gdańsk 1958\n"
	    "Turku-Tianjin 0\n");
	rows_free(&rows);
}

static void
test_filters(void **state)
{
	const struct registry *reg = *state;
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };

	link_filter_init(&f);
	f.status_mask = STATUS_BIT(STATUS_SUSPENDED);
	query_links(reg, &f, &rows);
	assert_rows(reg, &rows, "Turku-Saint Petersburg 1953\n");
	rows_free(&rows);

	link_filter_init(&f);
	f.kind_mask = KIND_BIT(KIND_COOPERATION);
	query_partners(reg, city(reg, "Turku", COUNTRY_NONE), &f, &rows);
	assert_rows(reg, &rows, "Turku-Tianjin 0\n");
	rows_free(&rows);

	/* Ended links only when asked; a country filter takes either end. */
	link_filter_init(&f);
	f.country = cc("US");
	assert_int_equal(query_links(reg, &f, &rows), 0);
	f.status_mask = ALL_STATUSES;
	query_links(reg, &f, &rows);
	assert_rows(reg, &rows, "Paris-Paris 0\n");
	rows_free(&rows);
}

static void
test_decades(void **state)
{
	const struct registry *reg = *state;
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };
	uint16_t first = 0;

	assert_true(parse_decade("1940s", &first));
	link_filter_init(&f);
	f.year_from = first;
	f.year_to = (uint16_t)(first + 9);
	query_links(reg, &f, &rows);
	rows_sort(reg, &rows, 0);
	/* As written in the registry, sorted by year, then names. */
	assert_rows(reg, &rows, "Aarhus-Turku 1946\nTurku-Bergen 1946\n");
	rows_free(&rows);
}

static void
test_parse_decade(void **state)
{
	uint16_t y = 0;

	(void)state;
	assert_true(parse_decade("1960", &y));
	assert_int_equal(y, 1960);
	assert_true(parse_decade("1960s", &y));
	assert_int_equal(y, 1960);
	assert_true(parse_decade("800s", &y));
	assert_int_equal(y, 800);
	assert_true(parse_decade("1960S", &y));
	assert_int_equal(y, 1960);
	assert_true(parse_decade("1960's", &y));
	assert_int_equal(y, 1960);
	assert_false(parse_decade("1960'", &y));
	assert_false(parse_decade("'s", &y));
	assert_false(parse_decade("1965", &y));
	assert_false(parse_decade("19999", &y));
	assert_false(parse_decade("60s", &y));
	assert_false(parse_decade("", &y));
	assert_false(parse_decade("s", &y));
	assert_false(parse_decade("0000", &y));
	assert_false(parse_decade("-1960", &y));
	assert_false(parse_decade("1960ss", &y));
	assert_false(parse_decade("196O", &y));
}

static void
test_index_holds_each_end_once(void **state)
{
	const struct registry *reg = *state;
	const link_id *ids;
	size_t n, c, i, total = 0;

	for (c = 0; c < reg->ncities; c++) {
		ids = city_links(reg, (city_id)c, &n);
		for (i = 0; i < n; i++) {
			const struct link *l = &reg->links[ids[i]];

			assert_true(l->city == c || l->partner == c);
		}
		total += n;
	}
	assert_int_equal(total, 2 * reg->nlinks);
}

static void
test_countries(void **state)
{
	(void)state;
	assert_string_equal(country_code(cc("fi")), "FI");
	assert_string_equal(country_code(cc("Finland")), "FI");
	assert_string_equal(country_code(cc("RUSSIA")), "RU");
	assert_string_equal(country_code(cc("Türkiye")), "TR");
	assert_string_equal(country_code(cc("Turkey")), "TR");
	assert_string_equal(country_code(cc("England")), "GB");
	assert_string_equal(country_code(cc("XK")), "XK");
	assert_string_equal(country_name(cc("XK")), "Kosovo");
	assert_int_equal(cc("XX"), COUNTRY_NONE);
	assert_int_equal(cc("Atlantis"), COUNTRY_NONE);
	assert_int_equal(cc(""), COUNTRY_NONE);
	assert_int_equal(cc("F"), COUNTRY_NONE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cities_are_interned_by_folded_name),
		cmocka_unit_test(test_lookup_by_name_alias_and_country),
		cmocka_unit_test(test_partners_are_oriented_and_sorted),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_decades),
		cmocka_unit_test(test_parse_decade),
		cmocka_unit_test(test_index_holds_each_end_once),
		cmocka_unit_test(test_countries),
	};
	int failed;

	failed = cmocka_run_group_tests_name("query", tests, setup, teardown);
	country_cleanup();
	return failed;
}
