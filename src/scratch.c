/* scratch.c: one huge page for a load's short-lived arrays (scratch.h). */
#define _DEFAULT_SOURCE		/* MAP_ANONYMOUS, madvise(MADV_HUGEPAGE) */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "scratch.h"

/* What the arrays taken are aligned to: a cache line, which suits any. */
#define SCRATCH_ALIGN 64

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
	return page;
}

void *
scratch_calloc(struct scratch *s, size_t n, size_t size)
{
	size_t bytes, at;
	char *p;

	if (size != 0 && n > SCRATCH_BYTES / size)
		return NULL;
	bytes = (n * size + SCRATCH_ALIGN - 1) & ~(size_t)(SCRATCH_ALIGN - 1);
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
	/* Fresh from the kernel it is zero; what was taken before is not. */
	if (at < s->dirty)
		memset(p, 0, (s->dirty < s->used ? s->dirty : s->used) - at);
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
scratch_clear(struct scratch *s)
{
	s->used = 0;
}

void
scratch_free(struct scratch *s)
{
	if (s->page != NULL)
		(void)munmap(s->page, SCRATCH_BYTES);
	s->page = NULL;
	s->used = s->dirty = 0;
}
