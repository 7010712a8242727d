/*
 * test_model.c: the registry model: rows that state one pair of cities
 * are one link, regions tell same-named towns apart, and a name with a
 * qualifier names one city.
 */
#include "fixtures.h"

#include <stdlib.h>

#include "cityname.h"
#include "query.h"
#include "region.h"

static city_id
only_city(const struct registry *reg, const char *typed)
{
	struct city_want want = { COUNTRY_NONE, NULL, false };
	struct fold_buf fb = { NULL, 0, 0 };
	city_id *ids = NULL, c;
	size_t cap = 0, n;

	n = cityname_lookup(reg, typed, &want, &fb, &ids, &cap);
	c = n == 1 ? ids[0] : CITY_NONE;
	free(ids);
	fold_buf_free(&fb);
	return c;
}

static void
test_rows_of_a_pair_are_one_link(void **state)
{
	struct registry reg;
	const struct statement *st;
	const struct link *l;
	const link_id *ids;
	size_t n;

	(void)state;
	load_ok(&reg, "city,country,partner,partner_country,year,status,kind\n"
	    "A,FI,B,SE,1960,,\n"			/* line 2 */
	    "A,FI,C,DE,,,\n"				/* line 3 */
	    "B,SE,A,FI,1950,,partner\n"			/* line 4: earlier */
	    "A,FI,B,SE,2022,suspended,\n"		/* line 5: latest */
	    "C,DE,C,DE,,,\n");				/* line 6: to itself */
	assert_int_equal(reg.nstmts, 5);
	assert_int_equal(reg.nlinks, 3);
	/* Links in the order of their first rows, statements in file order. */
	l = &reg.links[0];
	assert_string_equal(city_name(&reg, &reg.cities[l->city]), "A");
	assert_string_equal(city_name(&reg, &reg.cities[l->partner]), "B");
	assert_int_equal(link_nstmts(&reg, l), 3);
	assert_int_equal(l->year, 1950);		/* the earliest */
	assert_int_equal(l->status, STATUS_SUSPENDED);	/* the latest-dated */
	assert_int_equal(l->kind, KIND_TWIN);		/* the first row's */
	st = link_statements(&reg, l);
	assert_int_equal(st[0].line, 2);
	assert_int_equal(st[0].reversed, 0);
	assert_int_equal(st[1].line, 4);
	assert_int_equal(st[1].reversed, 1);
	assert_int_equal(st[1].kind, KIND_PARTNER);
	assert_int_equal(st[2].line, 5);
	assert_int_equal(link_nstmts(&reg, &reg.links[1]), 1);
	assert_int_equal(link_first(&reg, &reg.links[1])->line, 3);
	assert_int_equal(reg.links[2].city, reg.links[2].partner);
	assert_int_equal(link_nstmts(&reg, &reg.links[2]), 1);
	/* A's index holds each partner once. */
	ids = city_links(&reg, reg.links[0].city, &n);
	assert_int_equal(n, 2);
	assert_int_equal(ids[0], 0);
	assert_int_equal(ids[1], 1);
	/* C: its link to A, and its link to itself once. */
	ids = city_links(&reg, reg.links[2].city, &n);
	assert_int_equal(n, 2);
	registry_free(&reg);
}

static void
test_status_of_undated_statements_is_the_first_rows(void **state)
{
	struct registry reg;

	(void)state;
	load_ok(&reg, "city,country,partner,partner_country,status\n"
	    "A,FI,B,SE,ended\nB,SE,A,FI,active\n");
	assert_int_equal(reg.nlinks, 1);
	assert_int_equal(reg.links[0].status, STATUS_ENDED);
	assert_int_equal(reg.links[0].year, 0);
	registry_free(&reg);
}

static void
test_regions_tell_homonyms_apart(void **state)
{
	struct registry reg;
	city_id maine, oregon, bare;

	(void)state;
	load_ok(&reg, "city,region,country,partner,partner_region,"
	    "partner_country\n"
	    "Portland,,US,Corinto,,NI\n"		/* before the regions */
	    "Portland,Maine,US,Arkhangelsk,,RU\n"
	    "Portland,US-OR,US,Sapporo,,JP\n"
	    "Sapporo,,JP,Portland,oregon,US\n"		/* the same region */
	    "Salem,,US,Portland,OR,US\n"
	    "Bergen,,NO,Lyon,,FR\n"
	    "Lyon,Auvergne-Rhône-Alpes,FR,Turku,,FI\n");
	assert_true(reg.has_regions);
	maine = only_city(&reg, "Portland (US, Maine)");
	oregon = only_city(&reg, "Portland (US-OR)");
	bare = only_city(&reg, "Portland (US, no region)");
	assert_int_not_equal(maine, CITY_NONE);
	assert_int_not_equal(oregon, CITY_NONE);
	assert_int_not_equal(bare, CITY_NONE);
	assert_int_equal(only_city(&reg, "Portland (United States, Oregon)"),
	    oregon);
	assert_int_equal(only_city(&reg, "Portland"), CITY_NONE);
	/* Oregon, US-OR, oregon and OR are one region: Sapporo's row and
	 * Salem's join Portland, Oregon. */
	assert_int_equal(reg.nregions, 3);
	assert_int_equal(reg.nlinks, 6);
	assert_int_equal(reg.nunsettled, 1);
	assert_int_equal(reg.unsettled[0], bare);
	/* Lyon without a region is the one Lyon with a region. */
	assert_int_not_equal(registry_find_region(&reg, country_parse("FR", 2),
	    "FR-ARA", 6), REGION_NONE);
	assert_int_equal(reg.cities[only_city(&reg, "Lyon")].region,
	    registry_find_region(&reg, country_parse("FR", 2),
	    "FR-ARA", 6));
	registry_free(&reg);
}

static void
test_forms_name_one_city(void **state)
{
	struct registry reg;
	char form[100];

	(void)state;
	load_ok(&reg, "city,region,country,partner,partner_region,"
	    "partner_country\n"
	    "Portland,Maine,US,Córdoba,,ES\n"
	    "Portland,Oregon,US,Córdoba,,AR\n"
	    "Arakawa (Tokyo),,JP,Córdoba,,ES\n");
	cityname_form(&reg, only_city(&reg, "Córdoba (Spain)"), form,
	    sizeof(form));
	assert_string_equal(form, "Córdoba (ES)");
	cityname_form(&reg, only_city(&reg, "portland (us, maine)"), form,
	    sizeof(form));
	assert_string_equal(form, "Portland (US, Maine)");
	assert_int_equal(only_city(&reg, form),
	    only_city(&reg, "Portland (US-ME)"));
	assert_int_not_equal(only_city(&reg, "Arakawa (Tokyo)"), CITY_NONE);
	assert_int_equal(only_city(&reg, "Portland (US, Texas)"), CITY_NONE);
	assert_int_equal(only_city(&reg, "Portland (Atlantis)"), CITY_NONE);
	registry_free(&reg);
}

/* A source or note kept once is shared by the rows that repeat it. */
static void
test_repeated_texts_are_kept_once(void **state)
{
	struct registry reg;
	const struct statement *st;

	(void)state;
	load_ok(&reg, "city,country,partner,partner_country,source,note\n"
	    "A,FI,B,SE,city page,\n"
	    "A,FI,C,SE,council,city page\n"
	    "A,FI,D,SE, city page ,city\n"
	    "A,FI,E,SE,city pages,\n"
	    "A,FI,F,SE,city page,council\n");
	assert_int_equal(reg.nstmts, 5);
	st = reg.stmts;		/* one link a row: in file order */
	assert_string_equal(registry_text(&reg, st[0].source), "city page");
	assert_int_equal(st[0].note, 0);
	assert_int_equal(st[1].note, st[0].source);
	assert_int_equal(st[2].source, st[0].source);	/* trimmed */
	assert_string_equal(registry_text(&reg, st[2].note), "city");
	assert_string_equal(registry_text(&reg, st[3].source), "city pages");
	assert_int_equal(st[4].source, st[0].source);
	assert_int_equal(st[4].note, st[1].source);
	/* "", "city page", "council", "city", "city pages", with their NULs */
	assert_int_equal(reg.texts_len, 1 + 10 + 8 + 5 + 11);
	registry_free(&reg);
}

/*
 * A registry of many rows with pairs stated again, from either end, and
 * rows to a city itself, indexed on one thread and on two: the same
 * links, statements and per-city lists, and each the pairs a plain count
 * of the rows finds.
 */
#define MANY_CITIES 60
#define MANY_ROWS 4000

static char *
many_rows(unsigned char pairs[MANY_CITIES][MANY_CITIES])
{
	char *text = malloc(64 + MANY_ROWS * 24);
	size_t o;
	unsigned seed = 7, a, b, i;

	assert_non_null(text);
	memset(pairs, 0, MANY_CITIES * MANY_CITIES);
	o = (size_t)sprintf(text, "city,country,partner,partner_country\n");
	for (i = 0; i < MANY_ROWS; i++) {
		seed = seed * 1103515245u + 12345u;
		a = (seed >> 16) % MANY_CITIES;
		seed = seed * 1103515245u + 12345u;
		b = (seed >> 16) % MANY_CITIES;
		o += (size_t)sprintf(text + o, "T%u,FI,T%u,FI\n", a, b);
		pairs[a][b] = pairs[b][a] = 1;
	}
	return text;
}

static void
test_two_threads_index_as_one(void **state)
{
	static unsigned char pairs[MANY_CITIES][MANY_CITIES];
	struct registry one, two;
	size_t saved = index_threads_min_rows, c, k, n, npairs = 0;
	const link_id *ids;
	char *text = many_rows(pairs);
	unsigned char seen[MANY_CITIES];

	(void)state;
	index_threads_min_rows = SIZE_MAX;
	load_ok(&one, text);
	index_threads_min_rows = 1;
	load_ok(&two, text);
	index_threads_min_rows = saved;
	free(text);

	for (c = 0; c < MANY_CITIES; c++)
		for (k = c; k < MANY_CITIES; k++)
			npairs += pairs[c][k];
	assert_int_equal(one.ncities, MANY_CITIES);
	assert_int_equal(one.nstmts, MANY_ROWS);
	assert_int_equal(one.nlinks, npairs);
	assert_int_equal(two.nlinks, one.nlinks);
	assert_memory_equal(two.links, one.links,
	    one.nlinks * sizeof(*one.links));
	assert_memory_equal(two.stmts, one.stmts,
	    one.nstmts * sizeof(*one.stmts));
	assert_memory_equal(two.adj_start, one.adj_start,
	    (one.ncities + 1) * sizeof(*one.adj_start));
	assert_memory_equal(two.adj, one.adj,
	    one.adj_start[one.ncities] * sizeof(*one.adj));
	/* Each city lists the link to each of its partners once. */
	for (c = 0; c < one.ncities; c++) {
		unsigned me = (unsigned)atoi(city_name(&one, &one.cities[c]) + 1), other;

		memset(seen, 0, sizeof(seen));
		ids = city_links(&one, (city_id)c, &n);
		for (k = 0; k < n; k++) {
			const struct link *l = &one.links[ids[k]];

			assert_true(l->city == c || l->partner == c);
			other = (unsigned)atoi(city_name(&one,
			    &one.cities[l->city == c ? l->partner : l->city]) +
			    1);
			assert_true(pairs[me][other]);
			assert_false(seen[other]);
			seen[other] = 1;
		}
		for (k = 0; k < MANY_CITIES; k++)
			assert_int_equal(seen[k], pairs[me][k]);
	}
	/* Statements grouped by link, in file order within each. */
	for (k = 0; k < one.nlinks; k++) {
		const struct statement *st = link_statements(&one, &one.links[k]);

		for (n = 1; n < link_nstmts(&one, &one.links[k]); n++)
			assert_true(st[n].line > st[n - 1].line);
	}
	registry_free(&one);
	registry_free(&two);
}

static void
test_region_table(void **state)
{
	country_t us = country_parse("US", 2), de = country_parse("DE", 2);
	int oregon = region_iso_find(us, "US-OR", 5);

	(void)state;
	assert_int_not_equal(oregon, ISO_REGION_NONE);
	assert_string_equal(region_iso_code(oregon), "US-OR");
	assert_int_equal(region_iso_find(us, "us-or", 5), oregon);
	assert_int_equal(region_iso_find(us, "Oregon", 6), oregon);
	assert_int_equal(region_iso_find(us, "OR", 2), oregon);
	assert_int_equal(region_iso_find(de, "US-OR", 5), ISO_REGION_NONE);
	/* The iso-codes name and the English one. */
	assert_int_equal(region_iso_find(de, "Bayern", 6),
	    region_iso_find(de, "Bavaria", 7));
	assert_string_equal(region_iso_code(region_iso_find(de, "bavaria", 7)),
	    "DE-BY");
	assert_int_equal(region_iso_find(de, "Atlantis", 8), ISO_REGION_NONE);
	region_cleanup();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_of_a_pair_are_one_link),
		cmocka_unit_test(test_status_of_undated_statements_is_the_first_rows),
		cmocka_unit_test(test_regions_tell_homonyms_apart),
		cmocka_unit_test(test_forms_name_one_city),
		cmocka_unit_test(test_repeated_texts_are_kept_once),
		cmocka_unit_test(test_region_table),
		cmocka_unit_test(test_two_threads_index_as_one),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);

	region_cleanup();
	country_cleanup();
	return failed;
}
