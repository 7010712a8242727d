/*
 * cache.c: naming, trusting and cleaning snapshots.  A snapshot is named
 * after the absolute paths of its files (so editing a file replaces its
 * snapshot instead of adding one) and records their identities: device,
 * inode, size, modification and change time.  It is used only when all of
 * them match.  A file changed in the same clock tick as it was read could
 * keep its identity, so no snapshot is written of a file changed in the
 * last two seconds.  Any failure to read or write a snapshot only means
 * parsing.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#define _DEFAULT_SOURCE		/* d_type */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "xalloc.h"

static char *
path_join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s", a, b);
	return p;
}

/* mkdir -p with mode 0700, for the default directory's parents. */
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

/* Does the parent directory of path exist? */
static bool
parent_exists(const char *path)
{
	char *copy = xstrdup(path), *slash;
	struct stat st;
	bool ok;

	while ((slash = strrchr(copy, '/')) != NULL && slash[1] == '\0')
		*slash = '\0';	/* trailing slashes */
	slash = strrchr(copy, '/');
	if (slash == NULL)
		ok = true;	/* relative to the working directory */
	else {
		if (slash == copy)
			slash[1] = '\0';
		else
			*slash = '\0';
		ok = stat(copy, &st) == 0 && S_ISDIR(st.st_mode);
	}
	free(copy);
	return ok;
}

char *
cache_directory(uid_t owner, bool create, const char **why)
{
	const char *env = getenv("TWIN_CACHE"), *base;
	struct stat st;
	bool explicit = false;
	char *dir = NULL, *parent;

	*why = NULL;
	if (env != NULL && strcmp(env, "off") == 0)
		return NULL;
	if (env != NULL && *env != '\0') {
		dir = xstrdup(env);
		explicit = true;
	} else if ((base = getenv("XDG_CACHE_HOME")) != NULL && *base == '/')
		dir = path_join(base, "twin");
	else if ((base = getenv("HOME")) != NULL && *base == '/') {
		parent = path_join(base, ".cache");
		dir = path_join(parent, "twin");
		free(parent);
	} else
		return NULL;

	if (stat(dir, &st) != 0 && errno == ENOENT && create) {
		/*
		 * The default directory is made with its parents, as XDG's
		 * directories are; a directory the user named is made only in
		 * a parent that exists, so that a mistyped path does not
		 * scatter directories.
		 */
		if (explicit && !parent_exists(dir)) {
			*why = "it does not exist, nor does its parent";
			free(dir);
			return NULL;
		}
		if (explicit ? mkdir(dir, 0700) != 0 && errno != EEXIST :
		    !make_dirs(dir)) {
			free(dir);
			return NULL;	/* cannot write there: no cache, no noise */
		}
	}
	if (stat(dir, &st) != 0) {
		free(dir);
		return NULL;
	}
	if (!S_ISDIR(st.st_mode))
		*why = "it is not a directory";
	else if (st.st_uid != owner)
		*why = "it belongs to another user";
	else if (st.st_mode & (S_IWGRP | S_IWOTH))
		*why = "others can write to it";
	if (*why != NULL) {
		free(dir);
		return NULL;
	}
	return dir;
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

/* Say once why the cache directory is not used. */
static void
refuse(const char *why)
{
	const char *env = getenv("TWIN_CACHE");

	cli_error("cache directory %s%s%s: %s, so snapshots are off "
	    "(see TWIN_CACHE in twin(1))", env && *env ? "'" : "",
	    env && *env ? env : "of XDG_CACHE_HOME or HOME",
	    env && *env ? "'" : "", why);
}

void
cache_lookup(struct cache_entry *e, const char *const *files, size_t n,
    const char *how)
{
	char real[PATH_MAX];
	struct stat st;
	uint64_t h = 0xCBF29CE484222325ULL;
	time_t now = time(NULL);
	const char *why;
	size_t i, len;

	memset(e, 0, sizeof(*e));
	e->settled = true;
	e->owner = geteuid();
	if (n == 0)
		return;
	for (i = 0; i < n; i++)
		if (strcmp(files[i], "-") == 0)
			return;
	if ((e->dir = cache_directory(e->owner, true, &why)) == NULL) {
		if (why != NULL)
			refuse(why);
		return;
	}
	e->ids = xcalloc(n, sizeof(*e->ids));
	e->nids = n;
	h = hash_bytes(h, TWIN_VERSION, strlen(TWIN_VERSION) + 1);
	h = hash_bytes(h, how, strlen(how) + 1);
	for (i = 0; i < n; i++) {
		if (stat(files[i], &st) != 0 || !S_ISREG(st.st_mode) ||
		    realpath(files[i], real) == NULL)
			return;
		e->ids[i].dev = (uint64_t)st.st_dev;
		e->ids[i].ino = (uint64_t)st.st_ino;
		e->ids[i].size = (uint64_t)st.st_size;
		e->ids[i].mtime_sec = (int64_t)st.st_mtim.tv_sec;
		e->ids[i].mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
		e->ids[i].ctime_sec = (int64_t)st.st_ctim.tv_sec;
		e->ids[i].ctime_nsec = (int64_t)st.st_ctim.tv_nsec;
		if (st.st_mtim.tv_sec + 2 > now || st.st_ctim.tv_sec + 2 > now)
			e->settled = false;
		h = hash_bytes(h, real, strlen(real) + 1);
		len = strlen(real) + 1;
		e->paths = xreallocarray(e->paths, e->paths_len + len, 1);
		memcpy(e->paths + e->paths_len, real, len);
		e->paths_len += len;
	}
	snprintf(real, sizeof(real), "%016llx.snap", (unsigned long long)h);
	e->path = path_join(e->dir, real);
}

bool
cache_read(const struct cache_entry *e, struct registry *reg)
{
	struct timespec times[2] = { { 0, UTIME_OMIT }, { 0, UTIME_NOW } };
	struct stat st;

	if (e->path == NULL ||
	    !snapshot_read(reg, e->ids, e->nids, e->path, e->owner))
		return false;
	/* Its time says when it was last used, for cache_clean: once a day. */
	if (lstat(e->path, &st) == 0 && st.st_mtim.tv_sec + 86400 < time(NULL))
		utimensat(AT_FDCWD, e->path, times, AT_SYMLINK_NOFOLLOW);
	return true;
}

void
cache_write(const struct cache_entry *e, const struct registry *reg)
{
	if (e->path == NULL || !e->settled)
		return;
	if (snapshot_write(reg, e->ids, e->nids, e->paths, e->paths_len,
	    e->path))
		cache_clean(e->dir, e->path, e->owner, CACHE_MAX_BYTES);
}

void
cache_entry_free(struct cache_entry *e)
{
	free(e->path);
	free(e->dir);
	free(e->ids);
	free(e->paths);
	memset(e, 0, sizeof(*e));
}

/* Does name start with sixteen lower-case hexadecimal digits? */
static bool
hex16(const char *name)
{
	size_t i;

	for (i = 0; i < 16; i++)
		if (!((name[i] >= '0' && name[i] <= '9') ||
		    (name[i] >= 'a' && name[i] <= 'f')))
			return false;
	return true;
}

/* "0123456789abcdef.snap", as cache_lookup names snapshots. */
static bool
snapshot_name(const char *name)
{
	return hex16(name) && strcmp(name + 16, ".snap") == 0;
}

/* "0123456789abcdef.snap.XXXXXX": a snapshot being written, or left over. */
static bool
temporary_name(const char *name)
{
	return hex16(name) && strncmp(name + 16, ".snap.", 6) == 0 &&
	    strlen(name + 22) == 6;
}

struct cached {
	char		*path;
	time_t		 used;
	off_t		 size;
};

static int
compare_used(const void *pa, const void *pb)
{
	const struct cached *a = pa, *b = pb;

	return a->used < b->used ? -1 : a->used > b->used;
}

/* Are the files a snapshot was made from all still there? */
static bool
sources_exist(const char *path)
{
	struct stat st;
	size_t len, i;
	char *paths = snapshot_sources(path, &len);
	bool ok = paths != NULL;

	for (i = 0; ok && i < len; i += strlen(paths + i) + 1)
		ok = stat(paths + i, &st) == 0;
	free(paths);
	return ok;
}

/* The files of dir named like twin's, with their times and sizes. */
static size_t
list_cached(const char *dir, uid_t owner, struct cached **out)
{
	struct dirent *d;
	struct stat st;
	size_t n = 0, cap = 0;
	DIR *dp;
	char *path;

	*out = NULL;
	if ((dp = opendir(dir)) == NULL)
		return 0;
	while ((d = readdir(dp)) != NULL) {
		if (!snapshot_name(d->d_name) && !temporary_name(d->d_name))
			continue;
		path = path_join(dir, d->d_name);
		if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
		    st.st_uid != owner) {
			free(path);
			continue;
		}
		grow_array((void **)out, &cap, n + 1, sizeof(**out));
		(*out)[n].path = path;
		(*out)[n].used = st.st_mtim.tv_sec;
		(*out)[n].size = st.st_size;
		n++;
	}
	closedir(dp);
	return n;
}

void
cache_clean(const char *dir, const char *keep, uid_t owner,
    unsigned long long max_bytes)
{
	struct cached *v;
	time_t now = time(NULL);
	unsigned long long total = 0;
	size_t n, i;
	const char *name;

	n = list_cached(dir, owner, &v);
	for (i = 0; i < n; i++) {
		name = strrchr(v[i].path, '/') + 1;
		if (keep != NULL && strcmp(v[i].path, keep) == 0)
			continue;
		if (temporary_name(name) ? v[i].used + 3600 < now :
		    v[i].used + CACHE_MAX_AGE_DAYS * 86400 < now ||
		    !sources_exist(v[i].path)) {
			unlink(v[i].path);
			v[i].size = 0;
		}
	}
	/* The least recently used go first until the rest fit. */
	qsort(v, n, sizeof(*v), compare_used);
	for (i = 0; i < n; i++)
		total += (unsigned long long)v[i].size;
	for (i = 0; i < n && total > max_bytes; i++) {
		if (v[i].size == 0 || (keep != NULL &&
		    strcmp(v[i].path, keep) == 0))
			continue;
		unlink(v[i].path);
		total -= (unsigned long long)v[i].size;
	}
	for (i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

void
cache_usage(const char *dir, bool clear, struct cache_usage *u)
{
	struct cached *v;
	size_t n, i;

	memset(u, 0, sizeof(*u));
	n = list_cached(dir, geteuid(), &v);
	for (i = 0; i < n; i++) {
		if (snapshot_name(strrchr(v[i].path, '/') + 1)) {
			u->snapshots++;
			u->bytes += (unsigned long long)v[i].size;
		}
		if (clear)
			unlink(v[i].path);
		free(v[i].path);
	}
	free(v);
}
