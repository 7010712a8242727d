/*
 * prefault.h: fault in, on a thread of its own, memory that the reader is
 * about to fill.
 *
 * The first write to a fresh page costs the thread that makes it a page
 * fault, and the kernel clears the page: about 3 us for 4 KiB on a
 * virtual machine, and a huge page's clearing in one go.  Loading a
 * million rows fills some 50 MB of arrays that way, and the reader, the
 * slower of the two loading threads, took those faults: a tenth of its
 * time.  A third thread takes them instead, in the time the parser's
 * waits leave free on the second core.  Linux's MADV_POPULATE_WRITE
 * faults pages in without reading or writing them, so the thread shares
 * no data with the reader: what it populates is only ever faster to
 * write.  (Faster, not free: where a virtual machine shadows page tables,
 * a small page populated still costs its first writer some 5 us, which a
 * huge page does not; xalloc.c.)  Where the call is missing, nothing is
 * done.
 */
#ifndef TWIN_PREFAULT_H
#define TWIN_PREFAULT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#define PREFAULT_RANGES 6

struct prefault {
	pthread_t	 thread;
	bool		 running;
	size_t		 n;
	size_t		 nfirst;	/* range[0 .. nfirst) come first */
	atomic_bool	 first_done;
	struct prefault_range {
		char	*start;
		size_t	 len;
	}		 range[PREFAULT_RANGES];
};

/* Nothing to fault in, no thread. */
void	prefault_init(struct prefault *);

/* Add a range, to be filled from its start (at most PREFAULT_RANGES);
 * not while the thread runs. */
void	prefault_add(struct prefault *, void *start, size_t len);

/*
 * Add a range to be faulted in whole before any range added with
 * prefault_add(), for memory that is to be used all at once, such as a
 * hash table: its user waits for prefault_first_done().
 */
void	prefault_add_first(struct prefault *, void *start, size_t len);

/*
 * Start the thread on the ranges added, if they are worth one: the
 * ranges are faulted in side by side, a slice of each in turn, as the
 * reader fills them.  Then the ranges are forgotten.
 */
void	prefault_start(struct prefault *);

/* Whether the ranges added with prefault_add_first() are faulted in, or
 * are left to be as they are used (there is no thread). */
static inline bool
prefault_first_done(struct prefault *pf)
{
	return atomic_load_explicit(&pf->first_done, memory_order_acquire);
}

/* Wait for the thread, if it runs: before the memory is given back. */
void	prefault_wait(struct prefault *);

#endif
