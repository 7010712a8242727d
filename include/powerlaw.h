/*
 * powerlaw.h: a discrete power law fitted to a degree distribution the
 * way Clauset, Shalizi and Newman (2009) do: for each candidate xmin the
 * exponent by maximum likelihood, and the xmin whose fit is closest to
 * the data by the Kolmogorov-Smirnov distance.
 */
#ifndef TWIN_POWERLAW_H
#define TWIN_POWERLAW_H

#include <stddef.h>
#include <stdint.h>

struct powerlaw {
	double	 alpha;		/* exponent; NaN when no fit exists */
	uint32_t xmin;		/* smallest value of the tail */
	size_t	 tail;		/* values >= xmin */
	double	 ks;		/* Kolmogorov-Smirnov distance of the fit */
};

/* Hurwitz zeta: the sum over k >= 0 of (q + k)^-s, for s > 1, q > 0. */
double	hurwitz_zeta(double s, double q);

/*
 * Fits the n values of x (each >= 1; the order does not matter, x is
 * sorted in place).  A fit needs two distinct values at least.
 */
void	powerlaw_fit(uint32_t *x, size_t n, struct powerlaw *);

#endif
