/* prefault.c: see prefault.h. */
#define _DEFAULT_SOURCE		/* madvise(MADV_POPULATE_WRITE) */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cores.h"
#include "prefault.h"

/* Below this much memory, starting a thread costs more than the faults. */
#define PREFAULT_MIN_BYTES ((size_t)512 * 1024)

/*
 * Each range is faulted in this many slices, of at least
 * PREFAULT_MIN_SLICE bytes (a system call each): the first ranges one
 * after the other, the others a slice of each in turn.  A call holds the
 * process's memory map for its slice, and the other threads' mmap() and
 * munmap() wait for it, with the page faults queued behind them: faulted
 * in whole, the 280 MB of tables of ten million rows held the reader
 * 370 ms at its second batch.
 */
#define PREFAULT_SLICES 64
#define PREFAULT_MIN_SLICE ((uintptr_t)64 * 1024)

void
prefault_init(struct prefault *pf)
{
	memset(pf, 0, sizeof(*pf));
	atomic_init(&pf->first_done, true);
}

/* Put a range at range[at], the ranges from there on one place on. */
static bool
insert_range(struct prefault *pf, size_t at, void *start, size_t len)
{
	if (pf->n == PREFAULT_RANGES || start == NULL || len == 0)
		return false;
	memmove(&pf->range[at + 1], &pf->range[at],
	    (pf->n - at) * sizeof(pf->range[0]));
	pf->range[at].start = start;
	pf->range[at].len = len;
	pf->n++;
	return true;
}

void
prefault_add(struct prefault *pf, void *start, size_t len)
{
	insert_range(pf, pf->n, start, len);
}

void
prefault_add_first(struct prefault *pf, void *start, size_t len)
{
	if (insert_range(pf, pf->nfirst, start, len))
		pf->nfirst++;
}

#ifdef MADV_POPULATE_WRITE
/*
 * Fault in the whole pages of [a, b): false where Linux has no
 * MADV_POPULATE_WRITE (EINVAL: before 5.14).  Any other failure (memory
 * the reader has since moved) leaves the rest to be faulted as it is
 * written.
 */
static bool
populate(uintptr_t a, uintptr_t b)
{
	return b <= a || madvise((void *)a, b - a, MADV_POPULATE_WRITE) == 0 ||
	    errno != EINVAL;
}

/*
 * Fault in the ranges [lo, hi) of from..to a slice of step at a time, a
 * slice of each in turn; false where populate() says it cannot.
 */
static bool
populate_in_turn(uintptr_t *from, const uintptr_t *to, const uintptr_t *step,
    size_t lo, size_t hi)
{
	uintptr_t a, b;
	size_t k;
	bool more;

	do {
		more = false;
		for (k = lo; k < hi; k++) {
			if (from[k] >= to[k])
				continue;
			a = from[k];
			b = to[k] - a > step[k] ? a + step[k] : to[k];
			from[k] = b;
			more = true;
			if (!populate(a, b))
				return false;
		}
	} while (more);
	return true;
}

static void *
prefault_thread(void *arg)
{
	struct prefault *pf = arg;
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), from[PREFAULT_RANGES],
	    to[PREFAULT_RANGES], step[PREFAULT_RANGES];
	size_t k;
	bool ok = true;

	/* The whole pages of each range, in slices of whole pages. */
	for (k = 0; k < pf->n; k++) {
		from[k] = ((uintptr_t)pf->range[k].start + page - 1) & ~(page - 1);
		to[k] = ((uintptr_t)pf->range[k].start + pf->range[k].len) &
		    ~(page - 1);
		if (to[k] < from[k])
			to[k] = from[k];
		step[k] = (to[k] - from[k]) / PREFAULT_SLICES;
		step[k] = step[k] < PREFAULT_MIN_SLICE ? PREFAULT_MIN_SLICE :
		    (step[k] + page - 1) & ~(page - 1);
	}
	for (k = 0; k < pf->nfirst && ok; k++)
		ok = populate_in_turn(from, to, step, k, k + 1);
	atomic_store_explicit(&pf->first_done, true, memory_order_release);
	if (ok)
		(void)populate_in_turn(from, to, step, pf->nfirst, pf->n);
	return NULL;
}
#endif

/* No thread, or no more: ranges forgotten, the first ones left to be
 * faulted in as they are used. */
static void
forget(struct prefault *pf)
{
	pf->n = pf->nfirst = 0;
	atomic_store_explicit(&pf->first_done, true, memory_order_release);
}

void
prefault_start(struct prefault *pf)
{
	size_t k, bytes = 0;

	for (k = 0; k < pf->n; k++)
		bytes += pf->range[k].len;
#ifdef MADV_POPULATE_WRITE
	if (!pf->running && bytes >= PREFAULT_MIN_BYTES && second_core()) {
		atomic_store_explicit(&pf->first_done, pf->nfirst == 0,
		    memory_order_relaxed);
		pf->running = start_thread(&pf->thread, prefault_thread, pf);
	}
#endif
	if (!pf->running)
		forget(pf);
}

void
prefault_wait(struct prefault *pf)
{
	if (pf->running)
		pthread_join(pf->thread, NULL);
	pf->running = false;
	forget(pf);
}
