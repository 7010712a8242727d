/* xalloc.c: out of memory is not recoverable for a query tool; say so and exit 2. */
#define _DEFAULT_SOURCE		/* madvise(MADV_HUGEPAGE) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "poison.h"
#include "xalloc.h"

void
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

char *
xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(xmalloc(len), s, len);
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

/* A capacity of at least need, doubled from cap (or 16). */
static size_t
doubled(size_t cap, size_t need)
{
	size_t ncap = cap ? cap : 16;

	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			out_of_memory();
		ncap *= 2;
	}
	return ncap;
}

void
grow_array(void **arr, size_t *cap, size_t need, size_t elsize)
{
	if (need <= *cap)
		return;
	*cap = doubled(*cap, need);
	*arr = xreallocarray(*arr, *cap, elsize);
}

void
grow_array_out(void **arr, size_t *cap, size_t used, size_t need,
    size_t elsize)
{
	void *own;
	size_t ncap;

	if (need <= *cap)
		return;
	ncap = doubled(*cap, need);
	own = xreallocarray(NULL, ncap, elsize);
	if (used > 0)
		memcpy(own, *arr, used * elsize);
	*arr = own;
	*cap = ncap;
}

void
grow_large_array(void **arr, size_t *cap, size_t used, size_t need,
    size_t elsize)
{
	size_t ncap;

	if (need <= *cap)
		return;
	ncap = doubled(*cap, need);
	*arr = xlarge_realloc(*arr, used, ncap, elsize);
	*cap = ncap;
}

void *
xtable_alloc(size_t n, size_t size)
{
	size_t bytes;
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		out_of_memory();
	bytes = n * size;
	if (bytes < HUGE_PAGE_BYTES)
		return xmalloc(bytes);
	/* posix_memalign, not aligned_alloc: C11 wants the size of the
	 * latter a multiple of the alignment. */
	if (posix_memalign(&p, HUGE_PAGE_BYTES, bytes) != 0)
		out_of_memory();
#ifdef MADV_HUGEPAGE
	/*
	 * Only advice: where huge pages are off, the table works as well.
	 * The whole huge pages only: the rest takes small pages, so that a
	 * table of 2.6 MB is not 4 MB resident.
	 */
	(void)madvise(p, bytes & ~(HUGE_PAGE_BYTES - 1), MADV_HUGEPAGE);
#endif
	return p;
}

bool
xtable_lazy(size_t n, size_t size)
{
	return size == 0 || n < HUGE_PAGE_BYTES / size;
}

/*
 * Zero bytes at p: the whole pages among them are dropped (MADV_DONTNEED),
 * to be faulted in as zeros by whoever first touches them, and only the
 * bytes at either end are cleared here.  malloc() may give back memory
 * used before; memset() of a table of megabytes would fault in every
 * page and then write it again, where the system clears each page once.
 */
static void *
zero_untouched(void *p, size_t bytes)
{
#ifdef MADV_DONTNEED
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t at = (uintptr_t)p, from, to;

	from = (at + page - 1) & ~(page - 1);
	to = (at + bytes) & ~(page - 1);
	if (to > from && madvise((void *)from, to - from, MADV_DONTNEED) == 0) {
		memset(p, 0, from - at);
		memset((void *)to, 0, at + bytes - to);
		/* valgrind cannot see the system zero the pages. */
		unpoison(p, bytes);
		return p;
	}
#endif
	return memset(p, 0, bytes);
}

void *
xtable_calloc(size_t n, size_t size)
{
	/* calloc gives memory fresh from the system as it is, with no pass
	 * to clear it: its pages are faulted in, zero, as they are used. */
	if (xtable_lazy(n, size))
		return xcalloc(n, size);
	/* xtable_alloc checks that n * size does not overflow. */
	return zero_untouched(xtable_alloc(n, size), n * size);
}

/*
 * A table of a sixteenth of a huge page (128 KiB) or more, and less than
 * one, that another thread is to fault in gets a huge page of its own.
 * On a virtual machine that shadows page tables, a 4 KiB page that
 * MADV_POPULATE_WRITE faulted in still costs the first thread to touch it
 * some 5 us, out of the system's sight (the shadow entry is made then):
 * populated, a 2 MiB array of small pages took 2.5-3.3 ms to touch once,
 * the same array on a huge page 0.02 ms.  And calloc() clears a table
 * that it takes from memory used before, on the thread that asked: the
 * reader, which then waits 12 us a page.  On Wikipedia's lists (26,000
 * rows) the tables of spellings (0.56 MB) and of keys (0.19 MB) on huge
 * pages make the cold load 4-6% and 5% faster again (paired runs), at
 * 1.8 and 1.8 MB more resident.  A smaller table is left to small pages:
 * a huge page clears 2 MiB, whatever the table's size.
 */
#define HUGE_PAGE_WORTH (HUGE_PAGE_BYTES / 16)

/*
 * A huge page of zeros, touched nowhere: malloc() may give back memory
 * used before, and pages dropped with MADV_DONTNEED read back as zeros
 * when next faulted in.  NULL where the system has no such calls.
 */
static void *
untouched_huge_page(void)
{
#if defined(MADV_HUGEPAGE) && defined(MADV_DONTNEED)
	void *p;

	if (posix_memalign(&p, HUGE_PAGE_BYTES, HUGE_PAGE_BYTES) != 0)
		out_of_memory();
	(void)madvise(p, HUGE_PAGE_BYTES, MADV_HUGEPAGE);
	return zero_untouched(p, HUGE_PAGE_BYTES);
#else
	return NULL;
#endif
}

void *
xtable_calloc_untouched(size_t n, size_t size)
{
	void *p;
#ifdef MADV_HUGEPAGE
	uintptr_t from, to;
#endif

	if (xtable_lazy(n, size) && n * size >= HUGE_PAGE_WORTH &&
	    (p = untouched_huge_page()) != NULL)
		return p;
	p = xcalloc(n, size);
#ifdef MADV_HUGEPAGE
	if (xtable_lazy(n, size))
		return p;
	from = ((uintptr_t)p + HUGE_PAGE_BYTES - 1) &
	    ~(uintptr_t)(HUGE_PAGE_BYTES - 1);
	to = ((uintptr_t)p + n * size) & ~(uintptr_t)(HUGE_PAGE_BYTES - 1);
	if (to > from)
		(void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#endif
	return p;
}

void *
xlarge_realloc(void *old, size_t old_n, size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		out_of_memory();
	if (n * size < HUGE_PAGE_BYTES)
		return xreallocarray(old, n, size);
	p = xtable_alloc(n, size);
	if (old_n > 0)
		memcpy(p, old, old_n * size);
	free(old);
	return p;
}
