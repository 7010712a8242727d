/*
 * test_scratch.c: the scratch page of a load (scratch.h), and batches
 * whose records it lends.  Arrays are taken in turn, aligned and zero;
 * cleared, the page is taken from again and what was written is zero once
 * more; what does not fit is refused, for the caller to allocate; a batch
 * that outgrows the records lent copies them to memory of its own.
 */
#include "fixtures.h"

#include "records.h"
#include "scratch.h"

static bool
all_zero(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != 0)
			return false;
	return true;
}

static void
test_scratch_takes_in_turn(void **state)
{
	struct scratch s = { 0 };
	unsigned char *a, *b, *again;
	int on_heap;

	(void)state;
	a = scratch_calloc(&s, 100, 1);
	b = scratch_calloc(&s, 10, sizeof(uint32_t));
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal((uintptr_t)a % 64, 0);
	assert_int_equal((uintptr_t)b % 64, 0);
	assert_ptr_equal(b, a + 128);	/* 100 bytes, to a cache line */
	assert_int_equal(s.used, 128 + 64);
	assert_true(all_zero(a, 100) && all_zero(b, 40));
	assert_true(scratch_holds(&s, a) && scratch_holds(&s, b + 39));
	assert_false(scratch_holds(&s, &on_heap));
	memset(a, 0xAB, 100);
	memset(b, 0xCD, 40);

	/* Cleared: the same room again, zero again. */
	scratch_clear(&s);
	again = scratch_calloc(&s, 200, 1);
	assert_ptr_equal(again, a);
	assert_true(all_zero(again, 200));
	scratch_free(&s);
	assert_null(s.page);
	assert_false(scratch_holds(&s, a));
}

static void
test_scratch_refuses_what_does_not_fit(void **state)
{
	struct scratch s = { 0 };

	(void)state;
	assert_non_null(scratch_calloc(&s, SCRATCH_BYTES / 2 + 1, 1));
	assert_null(scratch_calloc(&s, SCRATCH_BYTES / 2, 1));
	assert_non_null(scratch_calloc(&s, SCRATCH_BYTES / 2 - 64, 1));
	assert_null(scratch_calloc(&s, 1, 1));		/* full */
	scratch_clear(&s);
	assert_null(scratch_calloc(&s, SIZE_MAX / 2, 4));	/* overflows */
	assert_null(scratch_calloc(&s, SCRATCH_BYTES + 1, 1));
	assert_non_null(scratch_calloc(&s, SCRATCH_BYTES, 1));
	scratch_free(&s);
}

/*
 * A batch given 4 records holds 10: the first 4 are copied out, to
 * memory that the heap had given out before and that is zeroed anew.
 */
static void
test_batch_outgrows_records_lent(void **state)
{
	struct scratch s = { 0 };
	struct batch b = { .full = 8 };
	struct record *lent, *rec;
	unsigned long i;
	void *used;

	(void)state;
	used = malloc(8 * sizeof(*rec));
	memset(used, 0xFF, 8 * sizeof(*rec));
	free(used);
	lent = scratch_calloc(&s, 4, sizeof(*lent));
	assert_non_null(lent);
	batch_lend(&b, lent, 4);
	for (i = 0; i < 10; i++) {
		rec = batch_open(&b);
		rec->fields[ROLE_CITY].off = (uint32_t)batch_put(&b, "x", 1);
		rec->fields[ROLE_CITY].len = 1;
		batch_close(&b, 100 + i);
		if (i < 4)
			assert_ptr_equal(b.records, lent);
	}
	assert_false(b.lent);
	assert_false(scratch_holds(&s, b.records));
	assert_int_equal(b.n, 10);
	for (i = 0; i < 10; i++) {
		assert_int_equal(b.records[i].line, 100 + i);
		assert_int_equal(b.records[i].fields[ROLE_CITY].len, 1);
		assert_int_equal(b.records[i].fields[ROLE_COUNTRY].len, 0);
	}
	batch_free(&b);		/* frees its own copy, not the page */
	scratch_free(&s);
}

/*
 * A batch lent 64 bytes of text holds 30 fields of 9 bytes: the text is
 * copied out once full, every field kept, and the page is not freed.
 */
static void
test_batch_outgrows_text_lent(void **state)
{
	struct scratch s = { 0 };
	struct batch b = { .full = 32 };
	char *lent, field[16];
	size_t off[30];
	unsigned long i;

	(void)state;
	lent = scratch_calloc(&s, 64, 1);
	assert_non_null(lent);
	batch_lend_text(&b, lent, 64);
	for (i = 0; i < 30; i++) {
		snprintf(field, sizeof(field), "field %02lu", i);
		batch_open(&b);
		off[i] = batch_put(&b, field, 8);
		batch_close(&b, 2 + i);
		if (i < 7)	/* 7 fields of 9 bytes fit in 64 */
			assert_ptr_equal(b.text, lent);
	}
	assert_false(b.text_lent);
	assert_false(scratch_holds(&s, b.text));
	assert_true(b.text_cap >= 30 * 9);
	for (i = 0; i < 30; i++) {
		snprintf(field, sizeof(field), "field %02lu", i);
		assert_string_equal(b.text + off[i], field);
	}
	batch_free(&b);		/* frees its own copy, not the page */
	scratch_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scratch_takes_in_turn),
		cmocka_unit_test(test_scratch_refuses_what_does_not_fit),
		cmocka_unit_test(test_batch_outgrows_records_lent),
		cmocka_unit_test(test_batch_outgrows_text_lent),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
