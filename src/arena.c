/*
 * arena.c: strings of a registry are never freed one by one, so they are
 * carved from large blocks and released together by arena_free().
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

#define ARENA_BLOCK_SIZE (64 * 1024)

struct arena_block {
	struct arena_block *prev;
	max_align_t data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->next = a->end = NULL;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *prev;

	for (b = a->head; b != NULL; b = prev) {
		prev = b->prev;
		free(b);
	}
	arena_init(a);
}

void *
arena_alloc(struct arena *a, size_t size, size_t align)
{
	uintptr_t p;
	size_t blocksize;
	struct arena_block *b;

	if (a->head != NULL) {
		p = ((uintptr_t)a->next + (align - 1)) & ~(uintptr_t)(align - 1);
		if (p <= (uintptr_t)a->end && size <= (uintptr_t)a->end - p) {
			a->next = (char *)p + size;
			return (void *)p;
		}
	}
	/* A string larger than a block gets a block of its own. */
	blocksize = size + align > ARENA_BLOCK_SIZE ? size + align : ARENA_BLOCK_SIZE;
	b = xmalloc(sizeof(*b) + blocksize);
	b->prev = a->head;
	a->head = b;
	a->next = (char *)b->data;
	a->end = a->next + blocksize;
	p = ((uintptr_t)a->next + (align - 1)) & ~(uintptr_t)(align - 1);
	a->next = (char *)p + size;
	return (void *)p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1, 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
