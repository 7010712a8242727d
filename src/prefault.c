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

/* Each range is faulted in this many slices, one of each range in turn,
 * of at least PREFAULT_MIN_SLICE bytes (a system call each). */
#define PREFAULT_SLICES 64
#define PREFAULT_MIN_SLICE ((uintptr_t)64 * 1024)

void
prefault_init(struct prefault *pf)
{
	memset(pf, 0, sizeof(*pf));
}

void
prefault_add(struct prefault *pf, void *start, size_t len)
{
	if (pf->n < PREFAULT_RANGES && start != NULL && len > 0) {
		pf->range[pf->n].start = start;
		pf->range[pf->n].len = len;
		pf->n++;
	}
}

#ifdef MADV_POPULATE_WRITE
static void *
prefault_thread(void *arg)
{
	const struct prefault *pf = arg;
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), from[PREFAULT_RANGES],
	    to[PREFAULT_RANGES], step[PREFAULT_RANGES], a, b;
	size_t k;
	bool more;

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
	do {
		more = false;
		for (k = 0; k < pf->n; k++) {
			if (from[k] >= to[k])
				continue;
			a = from[k];
			b = to[k] - a > step[k] ? a + step[k] : to[k];
			from[k] = b;
			more = true;
			/* EINVAL: a kernel before Linux 5.14.  Any other
			 * failure (memory the reader has since moved) leaves
			 * the rest to be faulted as it is written. */
			if (madvise((void *)a, b - a, MADV_POPULATE_WRITE) != 0 &&
			    errno == EINVAL)
				return NULL;
		}
	} while (more);
	return NULL;
}
#endif

void
prefault_start(struct prefault *pf)
{
	size_t k, bytes = 0;

	for (k = 0; k < pf->n; k++)
		bytes += pf->range[k].len;
#ifdef MADV_POPULATE_WRITE
	if (!pf->running && bytes >= PREFAULT_MIN_BYTES && second_core())
		pf->running = pthread_create(&pf->thread, NULL,
		    prefault_thread, pf) == 0;
#endif
	if (!pf->running)
		pf->n = 0;
}

void
prefault_wait(struct prefault *pf)
{
	if (pf->running)
		pthread_join(pf->thread, NULL);
	pf->running = false;
	pf->n = 0;
}
