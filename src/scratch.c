/* scratch.c: one huge page for a load's short-lived arrays (scratch.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "block.h"
#include "poison.h"
#include "scratch.h"

/* What the arrays taken are aligned to: a cache line, which suits any. */
#define SCRATCH_ALIGN 64

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
		if (s->failed ||
		    (s->page = huge_pages_map(SCRATCH_BYTES)) == NULL) {
			s->failed = true;
			return NULL;
		}
	}
	at = s->used;
	p = s->page + at;
	s->used += bytes;
	unpoison(p, n * size);
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
		poison(s->page, s->used);
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
