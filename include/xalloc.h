/* xalloc.h: allocation that ends the program with a message when memory runs out. */
#ifndef TWIN_XALLOC_H
#define TWIN_XALLOC_H

#include <stdbool.h>
#include <stddef.h>

/* The size of a huge page on the systems that have them (x86-64, arm64). */
#define HUGE_PAGE_BYTES ((size_t)2 << 20)

/* Say so and exit with status 2. */
_Noreturn void out_of_memory(void);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
char	*xstrdup(const char *);
void	*xreallocarray(void *, size_t, size_t);

/* Grow *arr (of *cap elements of size elsize) so that it holds at least need. */
void	 grow_array(void **arr, size_t *cap, size_t need, size_t elsize);

/*
 * The same for an array in memory that is not the caller's to reallocate
 * or free (carved from a block, lent from a scratch page): its first used
 * elements are copied to memory of its own, which *arr then is.
 */
void	 grow_array_out(void **arr, size_t *cap, size_t used, size_t need,
	    size_t elsize);

/*
 * The same for an array that may grow large, of which the first used
 * elements are kept: from a huge page on, it is on huge pages, as
 * xlarge_realloc() makes it.
 */
void	 grow_large_array(void **arr, size_t *cap, size_t used, size_t need,
	    size_t elsize);

/*
 * Memory for a hash table of n slots of size bytes, probed at random: a
 * table of megabytes is put on huge pages where the system allows, since
 * with 4 KiB pages nearly every probe would miss the TLB too.  free() it.
 */
void	*xtable_alloc(size_t n, size_t size);
/* The same, zeroed. */
void	*xtable_calloc(size_t n, size_t size);

/*
 * The same, for a table whose pages another thread faults in ahead of
 * use (prefault.h): not cleared here.  calloc leaves memory fresh from
 * the system as it is; a large block is put on huge pages from its first
 * whole one on (the system need not align it), and a table of 128 KiB
 * or more, below a huge page, on a huge page of its own (xalloc.c says
 * why).
 */
void	*xtable_calloc_untouched(size_t n, size_t size);

/* Whether xtable_calloc(n, size) leaves its pages to be faulted in, zero,
 * as they are used, rather than clearing them itself. */
bool	 xtable_lazy(size_t n, size_t size);

/*
 * Grow an array of old_n elements to n (at least old_n), on huge pages
 * when it is large: the page faults of filling a large array with 4 KiB
 * pages cost more than the zeroing they do.  free() it.
 */
void	*xlarge_realloc(void *old, size_t old_n, size_t n, size_t size);

#endif
