/* xalloc.c: out of memory is not recoverable for a query tool; say so and exit 2. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "xalloc.h"

static void
out_of_memory(void)
{
	fputs("twin: out of memory\n", stderr);
	exit(2);
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		out_of_memory();
	p = realloc(old, n * size != 0 ? n * size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void
grow_array(void **arr, size_t *cap, size_t need, size_t elsize)
{
	size_t ncap;

	if (need <= *cap)
		return;
	ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			out_of_memory();
		ncap *= 2;
	}
	*arr = xreallocarray(*arr, ncap, elsize);
	*cap = ncap;
}
