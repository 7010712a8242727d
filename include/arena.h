/* arena.h: one bump allocator for every string of a registry, freed at once. */
#ifndef TWIN_ARENA_H
#define TWIN_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;	/* newest block; older ones chain behind */
	char *next;			/* first free byte in head */
	char *end;			/* one past the last byte of head */
};

void	 arena_init(struct arena *);
void	 arena_free(struct arena *);
void	*arena_alloc(struct arena *, size_t size, size_t align);
char	*arena_strndup(struct arena *, const char *s, size_t len);

#endif
