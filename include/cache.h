/*
 * cache.h: where snapshots of registries are kept.  Reading a registry of
 * tens of thousands of links from CSV takes longer than starting a
 * process; a snapshot takes a fraction of that.  Snapshots live in
 * $TWIN_CACHE, else $XDG_CACHE_HOME/twin, else ~/.cache/twin, one per list
 * of registry files; TWIN_CACHE=off turns them off.
 *
 * The directory is used only if it belongs to the user and no one else
 * can write to it, as ssh and tmux treat theirs: anyone who can write
 * there could plant a snapshot with wrong answers.  It is kept bounded:
 * see cache_clean().
 */
#ifndef TWIN_CACHE_H
#define TWIN_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "registry.h"
#include "snapshot.h"

/* The most the snapshots of the cache directory may take together. */
#define CACHE_MAX_BYTES		(256ULL << 20)
/* Snapshots unused for this long are dropped. */
#define CACHE_MAX_AGE_DAYS	30

struct cache_entry {
	char			*path;		/* NULL: files that cannot be cached */
	char			*dir;		/* the cache directory */
	struct file_identity	*ids;
	size_t			 nids;
	char			*paths;		/* the files' absolute paths, NUL-separated */
	size_t			 paths_len;
	uid_t			 owner;		/* whose cache it is: geteuid() */
	bool			 settled;	/* no file changed in the last moments */
};

/*
 * Where the cache is: the directory, made if it is the default one (and,
 * for $TWIN_CACHE, if its parent exists), or NULL when snapshots are off
 * or the directory cannot be trusted; *why then says why (NULL when they
 * are simply off).  owner is the user the directory must belong to.
 */
char	*cache_directory(uid_t owner, bool create, const char **why);

/*
 * Find the snapshot for these registry files, read as how says (the
 * options that change how they are read).  Files that are not regular
 * files (standard input, pipes) are never cached: entry->path is NULL.  A
 * cache directory that is refused is said once on standard error.
 */
void	cache_lookup(struct cache_entry *, const char *const *files, size_t n,
	    const char *how);

/* Read the snapshot into reg if it is there and matches the files. */
bool	cache_read(const struct cache_entry *, struct registry *reg);

/* Write a snapshot of the indexed reg, if it is worth keeping, and clean. */
void	cache_write(const struct cache_entry *, const struct registry *reg);

void	cache_entry_free(struct cache_entry *);

/*
 * Keep the directory bounded: drop snapshots whose files are gone, those
 * unused for CACHE_MAX_AGE_DAYS, then the least recently used until the
 * rest fit in max_bytes (CACHE_MAX_BYTES when twin writes a snapshot);
 * keep is never dropped.  Only the user's files named like twin's
 * snapshots are touched.
 */
void	cache_clean(const char *dir, const char *keep, uid_t owner,
	    unsigned long long max_bytes);

/* What twin cache shows. */
struct cache_usage {
	size_t		snapshots;
	unsigned long long bytes;
};

/* Count the snapshots in dir; with clear, remove them. */
void	cache_usage(const char *dir, bool clear, struct cache_usage *);

#endif
