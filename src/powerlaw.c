/*
 * powerlaw.c: the discrete power-law fit of Clauset, Shalizi and Newman,
 * "Power-law distributions in empirical data", SIAM Review 51 (2009).
 *
 * For a tail x >= xmin, p(x) = x^-alpha / zeta(alpha, xmin).  Setting the
 * derivative of the log-likelihood to zero gives
 *
 *	-zeta'(alpha, xmin) / zeta(alpha, xmin) = mean of ln x over the tail,
 *
 * whose left side is the mean of ln x under the law: it falls steadily
 * from infinity (alpha -> 1) to ln xmin, so bisection finds the one root.
 * Each distinct value but the largest is tried as xmin (as the authors'
 * plfit does), and the one whose fitted law has the smallest
 * Kolmogorov-Smirnov distance from the tail wins, the smaller on a tie.
 */
#include <math.h>
#include <stdlib.h>

#include "powerlaw.h"
#include "xalloc.h"

/* Euler-Maclaurin: N terms summed, then M Bernoulli corrections. */
#define ZETA_TERMS	16
#define ZETA_CORRECTIONS 10

/* B_2j / (2j)! for j = 1..10. */
static const double bernoulli_over_factorial[ZETA_CORRECTIONS] = {
	1.0 / 6 / 2,
	-1.0 / 30 / 24,
	1.0 / 42 / 720,
	-1.0 / 30 / 40320,
	5.0 / 66 / 3628800,
	-691.0 / 2730 / 479001600,
	7.0 / 6 / 87178291200.0,
	-3617.0 / 510 / 20922789888000.0,
	43867.0 / 798 / 6402373705728000.0,
	-174611.0 / 330 / 2432902008176640000.0,
};

/*
 * zeta(s, q) and its derivative in s, both times q^s: the scale keeps
 * (q + k)^-s from underflowing at large s and cancels in their ratio.
 */
static void
scaled_zeta(double s, double q, double *zeta, double *dzeta)
{
	double z = 0, dz = 0, a, la, t, pow_a, dlog, pk;
	int k, j, i;

	for (k = 0; k < ZETA_TERMS; k++) {
		t = pow((q + k) / q, -s);
		z += t;
		dz -= log(q + k) * t;
	}
	a = q + ZETA_TERMS;
	la = log(a);
	pow_a = pow(a / q, -s);			/* q^s a^-s */
	/* The integral from a to infinity, then half the first term left. */
	z += a * pow_a / (s - 1);
	dz -= a * pow_a * (la / (s - 1) + 1 / ((s - 1) * (s - 1)));
	z += pow_a / 2;
	dz -= la * pow_a / 2;
	/* B_2j/(2j)! s(s+1)...(s+2j-2) a^(-s-2j+1), and its derivative. */
	pk = s;
	dlog = 1 / s;
	for (j = 1; j <= ZETA_CORRECTIONS; j++) {
		t = bernoulli_over_factorial[j - 1] * pk * pow_a *
		    pow(a, -(2 * j - 1));
		z += t;
		dz += t * (dlog - la);
		for (i = 2 * j - 1; i <= 2 * j; i++) {
			pk *= s + i;
			dlog += 1 / (s + i);
		}
	}
	*zeta = z;
	*dzeta = dz;
}

double
hurwitz_zeta(double s, double q)
{
	double z, dz;

	scaled_zeta(s, q, &z, &dz);
	return z * pow(q, -s);
}

/* The mean of ln x under the law of exponent s from xmin. */
static double
mean_log(double s, double xmin)
{
	double z, dz;

	scaled_zeta(s, xmin, &z, &dz);
	return -dz / z;
}

/* The exponent whose law has mean_log equal to target; NaN past 200. */
static double
solve_alpha(double target, double xmin)
{
	double lo = 1, hi = 2, mid;
	int i;

	while (mean_log(hi, xmin) > target) {
		lo = hi;
		hi *= 2;
		if (hi > 200)
			return NAN;
	}
	for (i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
		mid = (lo + hi) / 2;
		if (mean_log(mid, xmin) > target)
			lo = mid;
		else
			hi = mid;
	}
	return (lo + hi) / 2;
}

/* P(X <= x) under the law of exponent alpha from xmin. */
static double
law_cdf(double alpha, double xmin, double zmin, double x)
{
	double z, dz;

	scaled_zeta(alpha, x + 1, &z, &dz);
	return 1 - pow(xmin / (x + 1), alpha) * z / zmin;
}

/*
 * The largest gap between the tail's distribution x[0..n) (sorted) and
 * the law's.  The data's CDF is flat between two values and the law's
 * rises, so the gap peaks at a value or just before the next one.
 */
static double
ks_distance(const uint32_t *x, size_t n, double alpha)
{
	double xmin = x[0], zmin, dz, d = 0, p, s_before, s_at;
	size_t i = 0, j;

	scaled_zeta(alpha, xmin, &zmin, &dz);
	while (i < n) {
		for (j = i; j < n && x[j] == x[i]; j++)
			;
		s_before = (double)i / (double)n;
		s_at = (double)j / (double)n;
		if (x[i] > x[0]) {
			p = law_cdf(alpha, xmin, zmin, x[i] - 1.0);
			d = fmax(d, fabs(s_before - p));
		}
		p = law_cdf(alpha, xmin, zmin, x[i]);
		d = fmax(d, fabs(s_at - p));
		i = j;
	}
	return d;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

void
powerlaw_fit(uint32_t *x, size_t n, struct powerlaw *fit)
{
	double *suffix_log, alpha, d;
	size_t i;

	fit->alpha = NAN;
	fit->xmin = 0;
	fit->tail = 0;
	fit->ks = NAN;
	if (n < 2)
		return;
	qsort(x, n, sizeof(*x), cmp_u32);
	/* suffix_log[i]: the sum of ln x over x[i..n). */
	suffix_log = xreallocarray(NULL, n + 1, sizeof(*suffix_log));
	suffix_log[n] = 0;
	for (i = n; i-- > 0;)
		suffix_log[i] = suffix_log[i + 1] + log(x[i]);
	for (i = 0; i < n && x[i] < x[n - 1]; i++) {
		if (i > 0 && x[i] == x[i - 1])
			continue;
		alpha = solve_alpha(suffix_log[i] / (double)(n - i), x[i]);
		if (isnan(alpha))
			continue;
		d = ks_distance(x + i, n - i, alpha);
		if (isnan(fit->ks) || d < fit->ks) {
			fit->alpha = alpha;
			fit->xmin = x[i];
			fit->tail = n - i;
			fit->ks = d;
		}
	}
	free(suffix_log);
}
