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

/* What identifies a version of a file: where it is, its size and its time. */
struct file_identity {
	uint64_t	dev;
	uint64_t	ino;
	uint64_t	size;
	int64_t		mtime_sec;
	int64_t		mtime_nsec;
};

/*
 * Write the indexed registry reg, made from files of these identities, to
 * path (atomically: a temporary file renamed into place).  False on failure,
 * which leaves nothing behind.
 */
bool	snapshot_write(const struct registry *reg,
	    const struct file_identity *ids, size_t nids, const char *path);

/*
 * Read the snapshot at path into reg (initialized, empty) if it was made
 * from files of exactly these identities.  The snapshot is checked before
 * use: any inconsistency makes this return false, leaving reg empty.  A
 * registry read this way is indexed already.
 */
bool	snapshot_read(struct registry *reg, const struct file_identity *ids,
	    size_t nids, const char *path);

#endif
