/* scratch.c: one huge page for a load's short-lived arrays (scratch.h). */
#define _DEFAULT_SOURCE		/* MAP_ANONYMOUS, madvise(MADV_HUGEPAGE) */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "scratch.h"

/*
 * To AddressSanitizer and valgrind the page is as the heap would be: what
 * is not taken is out of bounds, so that an array overrun, or a use after
 * scratch_clear(), is caught as it would be in memory from malloc().
 */
#if defined(__has_include)
#if __has_include(<sanitizer/asan_interface.h>)
#include <sanitizer/asan_interface.h>
#endif
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef ASAN_POISON_MEMORY_REGION
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#endif
#ifndef VALGRIND_MAKE_MEM_NOACCESS
#define VALGRIND_MAKE_MEM_NOACCESS(p, n) ((void)(p), (void)(n))
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

/* What the arrays taken are aligned to: a cache line, which suits any. */
#define SCRATCH_ALIGN 64

static void
hide(char *p, size_t n)
{
	ASAN_POISON_MEMORY_REGION(p, n);
	(void)VALGRIND_MAKE_MEM_NOACCESS(p, n);
}

/* n bytes at p, zero or about to be zeroed, are taken. */
static void
show(char *p, size_t n)
{
	ASAN_UNPOISON_MEMORY_REGION(p, n);
	(void)VALGRIND_MAKE_MEM_DEFINED(p, n);
}

/*
 * SCRATCH_BYTES aligned to their size, so that the kernel can back them
 * with one huge page: twice as much is mapped and the ends are trimmed.
 */
static char *
map_page(void)
{
	char *m, *page;
	size_t head;

	m = mmap(NULL, 2 * SCRATCH_BYTES, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	page = (char *)(((uintptr_t)m + SCRATCH_BYTES - 1) &
	    ~(uintptr_t)(SCRATCH_BYTES - 1));
	head = (size_t)(page - m);
	if (head > 0)
		(void)munmap(m, head);
	(void)munmap(page + SCRATCH_BYTES, SCRATCH_BYTES - head);
#ifdef MADV_HUGEPAGE
	/* Only advice: with huge pages off it is small pages, touched as used. */
	(void)madvise(page, SCRATCH_BYTES, MADV_HUGEPAGE);
#endif
	hide(page, SCRATCH_BYTES);
	return page;
}

void *
scratch_calloc(struct scratch *s, size_t n, size_t size)
{
	size_t bytes, at, end;
	char *p;

	if (size != 0 && n > SCRATCH_BYTES / size)
		return NULL;
	/* Nothing taken is still a place of its own on the page. */
	bytes = n * size != 0 ? n * size : 1;
	bytes = (bytes + SCRATCH_ALIGN - 1) & ~(size_t)(SCRATCH_ALIGN - 1);
	if (bytes > SCRATCH_BYTES - s->used)
		return NULL;
	if (s->page == NULL) {
		if (s->failed || (s->page = map_page()) == NULL) {
			s->failed = true;
			return NULL;
		}
	}
	at = s->used;
	p = s->page + at;
	s->used += bytes;
	show(p, n * size);
	/* Fresh from the kernel it is zero; what was taken before is not. */
	end = at + n * size;
	if (at < s->dirty)
		memset(p, 0, (s->dirty < end ? s->dirty : end) - at);
	if (s->used > s->dirty)
		s->dirty = s->used;
	return p;
}

bool
scratch_holds(const struct scratch *s, const void *p)
{
	uintptr_t at = (uintptr_t)p, from = (uintptr_t)s->page;

	return s->page != NULL && at >= from && at < from + SCRATCH_BYTES;
}

void
scratch_release(const struct scratch *s, void *p)
{
	if (!scratch_holds(s, p))
		free(p);
}

void
scratch_clear(struct scratch *s)
{
	if (s->page != NULL)
		hide(s->page, s->used);
	s->used = 0;
}

void
scratch_free(struct scratch *s)
{
	if (s->page != NULL) {
		/* Memory mapped here later is the heap's: not hidden. */
		ASAN_UNPOISON_MEMORY_REGION(s->page, SCRATCH_BYTES);
		(void)munmap(s->page, SCRATCH_BYTES);
	}
	s->page = NULL;
	s->used = s->dirty = 0;
}
