/*
 * cache.c: naming and checking snapshots.  A snapshot is named after the
 * absolute paths of its files (so editing a file replaces its snapshot
 * instead of adding one) and records their identities: device, inode,
 * size and modification time.  It is used only when all of them match.
 * A file changed in the same clock tick as it was read could keep its
 * identity, so no snapshot is written of a file modified in the last two
 * seconds.  Any failure to read or write a snapshot only means parsing.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cache.h"
#include "cli.h"
#include "xalloc.h"

static char *
cache_dir(void)
{
	const char *env = getenv("TWIN_CACHE"), *base;
	char *dir;
	size_t n;

	if (env != NULL && strcmp(env, "off") == 0)
		return NULL;
	if (env != NULL && *env != '\0') {
		dir = xmalloc(strlen(env) + 1);
		strcpy(dir, env);
		return dir;
	}
	if ((base = getenv("XDG_CACHE_HOME")) != NULL && *base == '/') {
		n = strlen(base) + sizeof("/twin");
		dir = xmalloc(n);
		snprintf(dir, n, "%s/twin", base);
		return dir;
	}
	if ((base = getenv("HOME")) != NULL && *base == '/') {
		n = strlen(base) + sizeof("/.cache/twin");
		dir = xmalloc(n);
		snprintf(dir, n, "%s/.cache/twin", base);
		return dir;
	}
	return NULL;
}

/* mkdir -p, for the cache directory only (mode 0700). */
static bool
make_dirs(char *dir)
{
	char *p;

	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			*p = '/';
			return false;
		}
		*p = '/';
	}
	return mkdir(dir, 0700) == 0 || errno == EEXIST;
}

/* FNV-1a, 64 bits: a name for the list of paths, not a security measure. */
static uint64_t
hash_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *c = p;

	while (n-- > 0) {
		h ^= *c++;
		h *= 0x100000001B3ULL;
	}
	return h;
}

void
cache_lookup(struct cache_entry *e, const char *const *files, size_t n)
{
	char real[PATH_MAX];
	struct stat st;
	uint64_t h = 0xCBF29CE484222325ULL;
	time_t now = time(NULL);
	char *dir;
	size_t i, len;

	memset(e, 0, sizeof(*e));
	e->settled = true;
	if (n == 0 || (dir = cache_dir()) == NULL)
		return;
	e->ids = xcalloc(n, sizeof(*e->ids));
	e->nids = n;
	h = hash_bytes(h, TWIN_VERSION, strlen(TWIN_VERSION) + 1);
	for (i = 0; i < n; i++) {
		if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 ||
		    !S_ISREG(st.st_mode) || realpath(files[i], real) == NULL) {
			free(dir);
			return;
		}
		e->ids[i].dev = (uint64_t)st.st_dev;
		e->ids[i].ino = (uint64_t)st.st_ino;
		e->ids[i].size = (uint64_t)st.st_size;
		e->ids[i].mtime_sec = (int64_t)st.st_mtim.tv_sec;
		e->ids[i].mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
		if (st.st_mtim.tv_sec + 2 > now)
			e->settled = false;
		h = hash_bytes(h, real, strlen(real) + 1);
	}
	len = strlen(dir) + 32;
	e->path = xmalloc(len);
	snprintf(e->path, len, "%s/%016llx.snap", dir, (unsigned long long)h);
	free(dir);
}

bool
cache_read(const struct cache_entry *e, struct registry *reg)
{
	if (e->path == NULL)
		return false;
	return snapshot_read(reg, e->ids, e->nids, e->path);
}

void
cache_write(const struct cache_entry *e, const struct registry *reg)
{
	char *dir, *slash;

	if (e->path == NULL || !e->settled)
		return;
	dir = xmalloc(strlen(e->path) + 1);
	strcpy(dir, e->path);
	if ((slash = strrchr(dir, '/')) != NULL)
		*slash = '\0';
	if (make_dirs(dir))
		snapshot_write(reg, e->ids, e->nids, e->path);
	free(dir);
}

void
cache_entry_free(struct cache_entry *e)
{
	free(e->path);
	free(e->ids);
	memset(e, 0, sizeof(*e));
}
