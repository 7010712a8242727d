/*
 * world.c: the look-ups into the generated table of country outlines,
 * which the table cannot hold itself since src/mkworld.py rewrites it.
 */
#include <stdlib.h>
#include <string.h>

#include "world_table.h"

const struct world_point *
world_ring(size_t r, size_t *n)
{
	*n = world_ring_start[r + 1] - world_ring_start[r];
	return &world_points[world_ring_start[r]];
}

static int
by_code(const void *key, const void *elem)
{
	const struct world_country *c = elem;

	return strcmp(key, c->code);
}

const struct world_country *
world_find(const char *code)
{
	return bsearch(code, world_countries, world_countries_len,
	    sizeof(world_countries[0]), by_code);
}
