/*
 * test_powerlaw.c: the Hurwitz zeta and the discrete power-law fit, on
 * values computed apart with mpmath (30 digits).  tests/measures/check.py
 * compares whole degree distributions the same way.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>

#include <cmocka.h>

#include "powerlaw.h"

static void
test_zeta(void **state)
{
	(void)state;
	/* zeta(2, 1) = pi^2 / 6; zeta(3, 2) = zeta(3) - 1. */
	assert_true(fabs(hurwitz_zeta(2, 1) - 1.6449340668482264365) < 1e-14);
	assert_true(fabs(hurwitz_zeta(3, 2) - 0.2020569031595942854) < 1e-15);
	assert_true(fabs(hurwitz_zeta(2.5, 7.5) - 0.0358828874185555289) <
	    1e-16);
	/* Near s = 1 the sum is huge but still right: zeta(1.001, 1). */
	assert_true(fabs(hurwitz_zeta(1.001, 1) / 1000.577288476011627 - 1) < 1e-12);
}

static void
test_fit(void **state)
{
	uint32_t x[] = { 5, 1, 2, 1, 8, 3, 1, 2, 1 };
	struct powerlaw fit;

	(void)state;
	powerlaw_fit(x, sizeof(x) / sizeof(x[0]), &fit);
	assert_true(fabs(fit.alpha - 1.8852647861543232) < 1e-12);
	assert_int_equal(fit.xmin, 1);
	assert_int_equal(fit.tail, 9);
	assert_true(fabs(fit.ks - 0.12138926865808407) < 1e-12);
}

/* One distinct value, or none, has no fit: NaN, never a guess. */
static void
test_no_fit(void **state)
{
	uint32_t same[] = { 3, 3, 3 };
	struct powerlaw fit;

	(void)state;
	powerlaw_fit(same, 3, &fit);
	assert_true(isnan(fit.alpha));
	assert_true(isnan(fit.ks));
	assert_int_equal(fit.tail, 0);
	powerlaw_fit(NULL, 0, &fit);
	assert_true(isnan(fit.alpha));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zeta),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_no_fit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
