/*
 * cache.h: where snapshots of registries are kept.  Reading a registry of
 * tens of thousands of links from CSV takes longer than starting a
 * process; a snapshot takes a fraction of that.  Snapshots live in
 * $TWIN_CACHE, else $XDG_CACHE_HOME/twin, else ~/.cache/twin, one per list
 * of registry files; TWIN_CACHE=off turns them off.
 */
#ifndef TWIN_CACHE_H
#define TWIN_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "registry.h"
#include "snapshot.h"

struct cache_entry {
	char			*path;		/* NULL: files that cannot be cached */
	struct file_identity	*ids;
	size_t			 nids;
	bool			 settled;	/* no file changed in the last moments */
};

/*
 * Find the snapshot for these registry files.  Files that are not regular
 * files (standard input, pipes) are never cached: entry->path is NULL.
 */
void	cache_lookup(struct cache_entry *, const char *const *files, size_t n);

/* Read the snapshot into reg if it is there and matches the files. */
bool	cache_read(const struct cache_entry *, struct registry *reg);

/* Write a snapshot of the indexed reg, if it is worth keeping. */
void	cache_write(const struct cache_entry *, const struct registry *reg);

void	cache_entry_free(struct cache_entry *);

#endif
