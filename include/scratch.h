/*
 * scratch.h: one huge page for a load's short-lived arrays.
 *
 * Where the kernel runs in a virtual machine that shadows page tables,
 * the first touch of a 4 KiB page costs a fault of 11-30 us; a huge page
 * of 2 MiB costs one fault, and clearing it about as much as 20 small
 * ones.  Loading Wikipedia's lists (26,000 rows) touched some 90 pages
 * for the records in flight from the parser to the reader, and 100 more
 * for the index's arrays.  The two never live at once, so one scratch
 * page holds the one (and the reader's recent texts) while a file loads,
 * and then the other; the per-city index may stay on it (index.c).
 *
 * Taking from it is bumping an offset; nothing taken is freed alone:
 * scratch_clear() gives back all of it at once, for the next user.
 */
#ifndef TWIN_SCRATCH_H
#define TWIN_SCRATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "xalloc.h"

/* The size of the scratch page: one huge page. */
#define SCRATCH_BYTES HUGE_PAGE_BYTES

struct scratch {
	char	*page;		/* SCRATCH_BYTES, mapped when first taken from */
	size_t	 used;		/* bytes taken since the last clear */
	size_t	 dirty;		/* bytes ever taken: those are not zero */
	bool	 failed;	/* the page could not be mapped: don't retry */
};

/*
 * Zeroed room for n elements of size, aligned for any of them; NULL when
 * the page has no room left (or there is no page), and the caller then
 * allocates the array itself.
 */
void	*scratch_calloc(struct scratch *, size_t n, size_t size);

/* Whether p was taken from the scratch page: not to be freed alone. */
bool	 scratch_holds(const struct scratch *, const void *p);

/* Free p, from malloc() or from the page (where it stays till cleared). */
void	 scratch_release(const struct scratch *, void *p);

/* Give back everything taken; the page stays for what is taken next. */
void	 scratch_clear(struct scratch *);

/* Give the page back to the system. */
void	 scratch_free(struct scratch *);

#endif
