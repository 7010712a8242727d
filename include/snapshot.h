/*
 * snapshot.h: a loaded and indexed registry written to a file and read
 * back, so that a script asking about a large registry many times pays for
 * parsing its CSV once.  The snapshot records the identity of the files it
 * was made from; it is used only while they are unchanged.
 */
#ifndef TWIN_SNAPSHOT_H
#define TWIN_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "registry.h"

#include <sys/types.h>

/*
 * What identifies a version of a file: where it is, its size, and its
 * modification and change times.  A user can set the modification time
 * back (touch -r, cp -p, rsync -t) but not the change time.
 */
struct file_identity {
	uint64_t	dev;
	uint64_t	ino;
	uint64_t	size;
	int64_t		mtime_sec;
	int64_t		mtime_nsec;
	int64_t		ctime_sec;
	int64_t		ctime_nsec;
};

/*
 * Write the indexed registry reg, made from files of these identities and
 * these absolute paths (NUL-separated, paths_len bytes, kept so that a
 * snapshot whose files are gone can be dropped), to path: atomically,
 * through a new temporary file of mode 0600 beside it, renamed into place.
 * False on failure, which leaves nothing behind.
 */
bool	snapshot_write(const struct registry *reg,
	    const struct file_identity *ids, size_t nids, const char *paths,
	    size_t paths_len, const char *path);

/*
 * Read the snapshot at path into reg (initialized, empty) if it was made
 * from files of exactly these identities, and if it is a regular file,
 * not a symbolic link, owned by owner and readable and writable by it
 * alone (mode 0600): a snapshot that someone else could have written is
 * not believed.  The snapshot is checked before use: any inconsistency
 * makes this return false, leaving reg empty.  A registry read this way is
 * indexed already.
 */
bool	snapshot_read(struct registry *reg, const struct file_identity *ids,
	    size_t nids, const char *path, uid_t owner);

/* The same for a snapshot's bytes in memory (copied), for the fuzzer. */
bool	snapshot_read_memory(struct registry *reg,
	    const struct file_identity *ids, size_t nids, const void *data,
	    size_t len);

/*
 * The absolute paths of the files a snapshot at path was made from, as
 * written (NUL-separated; *len bytes; free it), or NULL if it is not a
 * snapshot of this version.  For the cache's cleaning.
 */
char	*snapshot_sources(const char *path, size_t *len);

/* Set the checksum of a snapshot in memory to match its bytes (for the fuzzer). */
void	snapshot_seal(void *data, size_t len);

#endif
