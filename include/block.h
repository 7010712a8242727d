/*
 * block.h: one mapping on huge pages that the arrays of a load are
 * carved from.
 *
 * A registry of some thousands to a few hundred thousand rows reserves
 * arrays of a few hundred kilobytes each (registry_reserve()): too small
 * for huge pages of their own, so malloc() gave them small ones.  Where
 * the kernel runs in a virtual machine that shadows page tables, each
 * small page costs its first toucher 11-16 us, or some 5 us after the
 * prefault thread populated it (prefault.h), and Wikipedia's lists
 * (26,000 rows) touched some 550 of them.  Carved one after the other
 * from one block, the same arrays take two huge pages.
 *
 * Nothing carved is freed alone, nor grown in place: the registry copies
 * an array that outgrows its room out of the block (registry.c), and
 * block_free() gives the whole block back.
 */
#ifndef TWIN_BLOCK_H
#define TWIN_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "xalloc.h"

/* What the arrays carved are aligned to: a cache line, which suits any. */
#define BLOCK_TAKE_ALIGN 64

struct block {
	char	*base;		/* NULL: none */
	size_t	 len, used;
};

/*
 * Map len bytes (a multiple of HUGE_PAGE_BYTES, xalloc.h), zero, aligned
 * to a huge page, on huge pages where the system allows, and out of
 * bounds to AddressSanitizer and valgrind until used (poison.h); NULL if
 * they cannot be mapped.  munmap() them.
 */
void	*huge_pages_map(size_t len);

/* Map a block of at least bytes, zero, on huge pages where the system
 * allows; false if it cannot be mapped (the caller then uses malloc). */
bool	 block_map(struct block *, size_t bytes);

/* Room for bytes in the block, aligned to a cache line; NULL if it has
 * none left. */
void	*block_take(struct block *, size_t bytes);

/* Whether p was carved from the block. */
bool	 block_holds(const struct block *, const void *p);

/* Give the block back, and everything carved from it. */
void	 block_free(struct block *);

#endif
