/* block.c: one mapping on huge pages for the arrays of a load (block.h). */
#define _DEFAULT_SOURCE		/* MAP_ANONYMOUS, madvise(MADV_HUGEPAGE) */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "block.h"
#include "poison.h"

/* Aligned to a huge page, the kernel can back the block with them. */
#define BLOCK_ALIGN HUGE_PAGE_BYTES

void *
huge_pages_map(size_t len)
{
	char *m, *base;
	size_t head;

	if (len == 0 || len % BLOCK_ALIGN != 0 || len > SIZE_MAX - BLOCK_ALIGN)
		return NULL;
	/* Aligned: map one huge page more and trim the ends. */
	m = mmap(NULL, len + BLOCK_ALIGN, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	base = (char *)(((uintptr_t)m + BLOCK_ALIGN - 1) &
	    ~(uintptr_t)(BLOCK_ALIGN - 1));
	head = (size_t)(base - m);
	if (head > 0)
		(void)munmap(m, head);
	(void)munmap(base + len, BLOCK_ALIGN - head);
#ifdef MADV_HUGEPAGE
	/* Only advice: with huge pages off it is small pages, touched as
	 * they are used. */
	(void)madvise(base, len, MADV_HUGEPAGE);
#endif
	poison(base, len);	/* as the heap is: nothing in use yet */
	return base;
}

bool
block_map(struct block *b, size_t bytes)
{
	memset(b, 0, sizeof(*b));
	if (bytes == 0 || bytes > SIZE_MAX - BLOCK_ALIGN)
		return false;
	b->len = (bytes + BLOCK_ALIGN - 1) & ~(BLOCK_ALIGN - 1);
	if ((b->base = huge_pages_map(b->len)) == NULL)
		b->len = 0;
	return b->base != NULL;
}

void *
block_take(struct block *b, size_t bytes)
{
	size_t room;
	char *p;

	if (b->base == NULL)
		return NULL;
	room = (bytes + BLOCK_TAKE_ALIGN - 1) & ~(size_t)(BLOCK_TAKE_ALIGN - 1);
	if (room < bytes || room > b->len - b->used)
		return NULL;
	p = b->base + b->used;
	b->used += room;
	unpoison(p, bytes);
	return p;
}

bool
block_holds(const struct block *b, const void *p)
{
	uintptr_t at = (uintptr_t)p, from = (uintptr_t)b->base;

	return b->base != NULL && at >= from && at < from + b->len;
}

void
block_free(struct block *b)
{
	if (b->base != NULL) {
		/* Memory mapped here later is the heap's: not poisoned. */
		ASAN_UNPOISON_MEMORY_REGION(b->base, b->len);
		(void)munmap(b->base, b->len);
	}
	memset(b, 0, sizeof(*b));
}
