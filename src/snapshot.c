/*
 * snapshot.c: the registry as one binary file: a header, the identities of
 * its source files, then the arrays of the registry and its two name
 * tables, with strings as offsets into one string section.  The format is
 * for this machine and this version of twin only: the header records the
 * sizes of the structures, so a snapshot from another build is not used.
 *
 * A snapshot is a cache in the user's directory and may have been damaged.
 * A checksum over the whole file finds damage, and every count, offset and
 * id is checked before it is used, so a bad file means a fresh parse,
 * never a crash or a wrong answer.
 */
#define _DEFAULT_SOURCE		/* MAP_ANONYMOUS, MAP_POPULATE */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "place.h"
#include "snapshot.h"
#include "xalloc.h"

#define SNAPSHOT_MAGIC		"TWINSNAP"
#define SNAPSHOT_VERSION	13

struct snap_header {
	char		magic[8];
	uint32_t	version;
	uint32_t	layout;		/* sizes of the structures, packed */
	uint64_t	checksum;	/* of everything after the header */
	uint64_t	nids, nfiles, ncities, nlinks, naliases, nadj;
	uint64_t	nregions, nstmts, texts_len, has_regions, has_ended;
	uint64_t	has_places;	/* a place per city follows the statements */
	uint64_t	key_cap, key_count, alias_cap, alias_count;
	uint64_t	strings_len;
	uint64_t	names_len;	/* the cities' names and keys */
	uint64_t	paths_len;	/* the source paths, the last section */
	uint64_t	total_len;
};

struct snap_region {
	uint32_t	name_off, name_len, key_off, key_len;
	uint16_t	country;
	uint16_t	unused;
};

struct snap_alias {
	uint32_t	name_off, city_name_off, key_off, key_len;
	uint32_t	line, city, next, region;
	uint16_t	file, country;
};

/* Name tables are stored slot for slot: they hold no pointers. */
#define snap_slot strmap_slot

static uint32_t
layout(void)
{
	uint64_t l = sizeof(struct link) | sizeof(struct city) << 8 |
	    sizeof(struct snap_alias) << 16 | sizeof(struct statement) << 24 |
	    (uint64_t)sizeof(struct snap_region) << 32 |
	    (uint64_t)sizeof(struct file_identity) << 40 |
	    (uint64_t)sizeof(struct place) << 48;

	return (uint32_t)(l ^ l >> 29);
}

/* The section sizes, in the order they follow the header, each padded to 8. */
struct sections {
	size_t	ids, files, cities, regions, links, stmts, places, aliases;
	size_t	adj_start, adj;
	size_t	key_slots, alias_slots, texts, names, strings, paths;
};

static size_t
pad8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

static bool
section_sizes(const struct snap_header *h, struct sections *s)
{
	/* Counts beyond these cannot come from a registry twin made. */
	if (h->nids > 65536 || h->nfiles > 65536 || h->ncities >= CITY_NONE ||
	    h->nlinks >= UINT32_MAX / 2 || h->naliases >= UINT32_MAX ||
	    h->nstmts >= UINT32_MAX || h->nlinks > h->nstmts ||
	    h->nregions >= REGION_NONE || h->texts_len >= UINT32_MAX ||
	    h->has_regions > 1 || h->has_ended > 1 || h->has_places > 1 ||
	    h->nadj > 2 * h->nlinks || h->strings_len >= UINT32_MAX ||
	    h->names_len > UINT32_MAX ||
	    h->paths_len > 65536 * 4096 ||
	    h->key_cap > (uint64_t)1 << 32 || h->alias_cap > (uint64_t)1 << 32 ||
	    h->key_count * 4 > h->key_cap * 3 ||
	    h->alias_count * 4 > h->alias_cap * 3)
		return false;
	s->ids = pad8(h->nids * sizeof(struct file_identity));
	s->files = pad8(h->nfiles * sizeof(uint32_t));
	s->cities = pad8(h->ncities * sizeof(struct city));
	s->regions = pad8(h->nregions * sizeof(struct snap_region));
	s->links = pad8(h->nlinks * sizeof(struct link));
	s->stmts = pad8(h->nstmts * sizeof(struct statement));
	s->places = h->has_places ? pad8(h->ncities * sizeof(struct place)) : 0;
	s->texts = pad8(h->texts_len);
	s->names = pad8(h->names_len);
	s->aliases = pad8(h->naliases * sizeof(struct snap_alias));
	s->adj_start = pad8((h->ncities + 1) * sizeof(uint32_t));
	s->adj = pad8(h->nadj * sizeof(link_id));
	s->key_slots = h->key_cap * sizeof(struct snap_slot);
	s->alias_slots = h->alias_cap * sizeof(struct snap_slot);
	s->strings = h->strings_len;
	s->paths = h->paths_len;
	return true;
}

static size_t
body_size(const struct sections *s)
{
	return s->ids + s->files + s->cities + s->regions + s->links +
	    s->stmts + s->places + s->aliases + s->adj_start + s->adj +
	    s->key_slots + s->alias_slots + s->texts + s->names + s->strings +
	    s->paths;
}

/*
 * A Fletcher-style sum over 32-bit words in sixteen independent lanes:
 * every word changes both sums of its lane, so damaged bytes, zeroed
 * blocks and swapped words all show.  The lanes are vectors (a GCC and
 * Clang extension) so that a snapshot of tens of megabytes is checked at
 * memory speed.  It guards against damage, not forgery.
 */
typedef uint32_t lanes __attribute__((vector_size(16)));

static uint64_t
checksum(const char *p, size_t n)
{
	lanes a[4] = { { 0 } }, b[4] = { { 0 } }, w;
	uint32_t tail[16] = { 0 }, out[4];
	uint64_t h = n;
	size_t i, j;

	/* The four lanes spelt out: GCC at -O2 keeps a loop of four. */
#define LANE(i)	(memcpy(&w, p + (i) * sizeof(w), sizeof(w)), a[i] += w, \
		 b[i] += a[i])
	for (; n >= sizeof(tail); p += sizeof(tail), n -= sizeof(tail)) {
		LANE(0);
		LANE(1);
		LANE(2);
		LANE(3);
	}
#undef LANE
	memcpy(tail, p, n);
	for (i = 0; i < 4; i++) {
		memcpy(&w, tail + 4 * i, sizeof(w));
		a[i] += w;
		b[i] += a[i];
		for (j = 0; j < 2; j++) {
			memcpy(out, j ? &b[i] : &a[i], sizeof(out));
			/* A product carries a change only upwards: the shift
			 * brings the high bits down, or a change in the top
			 * bits of one sum could cancel one of the next. */
			h = (h ^ out[0] ^ (uint64_t)out[1] << 32) * 0xFF51AFD7ED558CCDULL;
			h ^= h >> 32;
			h = (h ^ out[2] ^ (uint64_t)out[3] << 32) * 0xFF51AFD7ED558CCDULL;
			h ^= h >> 32;
		}
	}
	return h ^ (h >> 33);
}

/* The file being written: sections appended to one buffer. */
struct out {
	char	*buf;
	size_t	 len, cap;
};

static void
out_put(struct out *o, const void *p, size_t n, size_t padded)
{
	grow_array((void **)&o->buf, &o->cap, o->len + padded, 1);
	if (n > 0)
		memcpy(o->buf + o->len, p, n);
	memset(o->buf + o->len + n, 0, padded - n);
	o->len += padded;
}

/* Strings, gathered into one section as the arrays are written. */
static uint32_t
strtab_add(struct out *t, const char *s, size_t len)
{
	uint32_t off = (uint32_t)t->len;

	out_put(t, s, len, len + 1);
	return off;
}

static void
put_slots(struct out *o, const struct strmap *m)
{
	out_put(o, m->slots, m->cap * sizeof(*m->slots),
	    m->cap * sizeof(*m->slots));
}

static bool
write_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	ssize_t w;

	while (n > 0) {
		w = write(fd, c, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		c += w;
		n -= (size_t)w;
	}
	return true;
}

bool
snapshot_write(const struct registry *reg, const struct file_identity *ids,
    size_t nids, const char *paths, size_t paths_len, const char *path)
{
	struct snap_header h;
	struct sections s;
	struct out o = { NULL, 0, 0 }, st = { NULL, 0, 0 };
	struct snap_region *regions;
	struct snap_alias *aliases;
	uint32_t *files;
	char *tmp;
	size_t i, n;
	bool ok;
	int fd;

	if (!reg->indexed || reg->ncities >= CITY_NONE)
		return false;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, SNAPSHOT_MAGIC, 8);
	h.version = SNAPSHOT_VERSION;
	h.layout = layout();
	h.nids = nids;
	h.nfiles = reg->nfiles;
	h.ncities = reg->ncities;
	h.nlinks = reg->nlinks;
	h.naliases = reg->naliases;
	h.nregions = reg->nregions;
	h.nstmts = reg->nstmts;
	h.texts_len = reg->texts_len;
	h.has_regions = reg->has_regions;
	h.has_ended = reg->has_ended;
	h.has_places = reg->places != NULL;
	h.nadj = reg->adj_start[reg->ncities];
	h.key_cap = reg->by_key.cap;
	h.key_count = reg->by_key.count;
	h.alias_cap = reg->alias_by_key.cap;
	h.alias_count = reg->alias_by_key.count;

	files = xcalloc(reg->nfiles, sizeof(*files));
	for (i = 0; i < reg->nfiles; i++)
		files[i] = strtab_add(&st, reg->files[i], strlen(reg->files[i]));
	regions = xcalloc(reg->nregions, sizeof(*regions));
	for (i = 0; i < reg->nregions; i++) {
		const struct region *g = &reg->regions[i];

		regions[i].name_off = strtab_add(&st, g->name, g->name_len);
		regions[i].name_len = g->name_len;
		regions[i].key_off = strtab_add(&st, g->key, g->key_len);
		regions[i].key_len = g->key_len;
		regions[i].country = g->country;
	}
	aliases = xcalloc(reg->naliases, sizeof(*aliases));
	for (i = 0; i < reg->naliases; i++) {
		const struct alias *a = &reg->aliases[i];

		aliases[i].name_off = strtab_add(&st, a->name, strlen(a->name));
		aliases[i].city_name_off = strtab_add(&st, a->city_name,
		    strlen(a->city_name));
		aliases[i].key_off = strtab_add(&st, a->key, a->key_len);
		aliases[i].key_len = a->key_len;
		aliases[i].line = a->line;
		aliases[i].city = a->city;
		aliases[i].next = a->next;
		aliases[i].region = a->region;
		aliases[i].file = a->file;
		aliases[i].country = a->country;
	}
	h.strings_len = st.len;
	h.names_len = reg->names_len;
	h.paths_len = paths_len;
	ok = section_sizes(&h, &s);
	h.total_len = sizeof(h) + body_size(&s);

	out_put(&o, ids, nids * sizeof(*ids), s.ids);
	out_put(&o, files, reg->nfiles * sizeof(*files), s.files);
	/* The cities and their names as they are: they hold no pointer. */
	out_put(&o, reg->cities, reg->ncities * sizeof(struct city), s.cities);
	out_put(&o, regions, reg->nregions * sizeof(*regions), s.regions);
	out_put(&o, reg->links, reg->nlinks * sizeof(struct link), s.links);
	out_put(&o, reg->stmts, reg->nstmts * sizeof(struct statement), s.stmts);
	if (reg->places != NULL)
		out_put(&o, reg->places, reg->ncities * sizeof(struct place),
		    s.places);
	out_put(&o, aliases, reg->naliases * sizeof(*aliases), s.aliases);
	out_put(&o, reg->adj_start, (reg->ncities + 1) * sizeof(uint32_t),
	    s.adj_start);
	out_put(&o, reg->adj, h.nadj * sizeof(link_id), s.adj);
	put_slots(&o, &reg->by_key);
	put_slots(&o, &reg->alias_by_key);
	out_put(&o, reg->texts, reg->texts_len, s.texts);
	out_put(&o, reg->names, reg->names_len, s.names);
	out_put(&o, st.buf, st.len, st.len);
	out_put(&o, paths, paths_len, paths_len);
	h.checksum = checksum(o.buf, o.len);

	/*
	 * A new file of a fresh name, never one that is there already: in a
	 * directory that others could write, a planted symbolic link at a
	 * name known in advance would otherwise be followed.
	 */
	n = strlen(path) + 16;
	tmp = xmalloc(n);
	snprintf(tmp, n, "%s.XXXXXX", path);
	fd = ok ? mkstemp(tmp) : -1;
	ok = fd >= 0 && write_all(fd, &h, sizeof(h)) &&
	    write_all(fd, o.buf, o.len);
	if (fd >= 0 && close(fd) != 0)
		ok = false;
	if (ok && rename(tmp, path) != 0)
		ok = false;
	if (!ok && fd >= 0)
		unlink(tmp);
	free(tmp);
	free(files);
	free(regions);
	free(aliases);
	free(st.buf);
	free(o.buf);
	return ok;
}

/* Is [off, off + len] a NUL-terminated string inside the string section? */
static bool
valid_string(const char *strings, size_t strings_len, uint32_t off,
    uint32_t len)
{
	return (size_t)off + len < strings_len && strings[off + len] == '\0';
}

/* The section ends in a NUL (read_mapped checks), so any start is one. */
static bool
valid_cstring(size_t strings_len, uint32_t off)
{
	return off < strings_len;
}

/*
 * Map the snapshot: its pages come straight from the page cache, with no
 * copy and no fresh memory to fault in, and are shared with other runs.
 */
static bool
map_file(const char *path, uid_t owner, char **buf, size_t *len)
{
	struct stat st;
	void *p;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return false;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != owner || (st.st_mode & 07777) != 0600 ||
	    (uintmax_t)st.st_size < sizeof(struct snap_header) ||
	    (uintmax_t)st.st_size > SIZE_MAX) {
		close(fd);
		return false;
	}
	*len = (size_t)st.st_size;
	/* Every byte is read (the checksum): map them all in one call. */
#ifdef MAP_POPULATE
	p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
#else
	p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE, fd, 0);
#endif
	close(fd);
	if (p == MAP_FAILED)
		return false;
	*buf = p;
	return true;
}

/* A name table from its slots, whose values must be below nvalues. */
static bool
fill_table(struct strmap *m, struct snap_slot *slots, uint64_t cap,
    uint64_t count, uint64_t nvalues)
{
	uint64_t i, used = 0;

	if (cap == 0)
		return count == 0;
	for (i = 0; i < cap; i++) {
		if (slots[i].hash == 0)	/* empty */
			continue;
		if (slots[i].value >= nvalues)
			return false;
		used++;
	}
	if (used != count)
		return false;
	m->slots = (struct strmap_slot *)slots;
	m->cap = cap;
	m->count = count;
	return true;
}

/*
 * Is off 0 (no text) or the start of a text in texts?  The section ends in
 * a NUL (fill_registry checks), so a text that starts there ends too.
 */
static bool
valid_text(const char *texts, size_t len, uint32_t off)
{
	return off == 0 || (off < len && texts[off - 1] == '\0');
}

static bool
fill_registry(struct registry *reg, const struct snap_header *h,
    const struct sections *s, char *p, const char *strings)
{
	const char *texts = p + s->files + s->cities + s->regions + s->links +
	    s->stmts + s->places + s->aliases + s->adj_start + s->adj +
	    s->key_slots + s->alias_slots;
	char *names = (char *)texts + s->texts;
	const struct snap_region *sr;
	const struct snap_alias *sa;
	struct snap_slot *key_slots, *alias_slots;
	const uint32_t *files;
	size_t i, sl = h->strings_len, nl = h->names_len, end;

	files = (const uint32_t *)p;
	reg->cities = (struct city *)(p += s->files);
	p += s->cities;
	reg->nfiles = h->nfiles;
	reg->files = xcalloc(h->nfiles, sizeof(*reg->files));
	for (i = 0; i < h->nfiles; i++) {
		if (!valid_cstring(sl, files[i]))
			return false;
		reg->files[i] = strings + files[i];
	}
	/* The cities are used where they lie, as every array without a
	 * pointer is: only looked at here. */
	reg->ncities = reg->cities_cap = h->ncities;
	reg->names = names;
	reg->names_len = reg->names_cap = nl;
	for (i = 0; i < h->ncities; i++) {
		const struct city *c = &reg->cities[i];

		/* The name, its NUL, the key and its NUL (city_key()). */
		end = (size_t)c->name_off + c->name_len + 1 + c->key_len;
		if (end >= nl || names[c->name_off + c->name_len] != '\0' ||
		    names[end] != '\0' || c->key_len == 0 ||
		    /* a homonym chain runs to older cities, so it cannot loop */
		    (c->next_homonym != CITY_NONE && c->next_homonym >= i) ||
		    (c->region != REGION_NONE && c->region >= h->nregions) ||
		    (c->file >= h->nfiles && c->file != 0) ||
		    !country_valid(c->country))
			return false;
	}

	sr = (const struct snap_region *)p;
	p += s->regions;
	reg->regions = xcalloc(h->nregions ? h->nregions : 1,
	    sizeof(*reg->regions));
	reg->nregions = reg->regions_cap = h->nregions;
	for (i = 0; i < h->nregions; i++) {
		struct region *g = &reg->regions[i];

		if (!valid_string(strings, sl, sr[i].name_off, sr[i].name_len) ||
		    !valid_string(strings, sl, sr[i].key_off, sr[i].key_len) ||
		    !country_valid(sr[i].country))
			return false;
		g->name = strings + sr[i].name_off;
		g->name_len = sr[i].name_len;
		g->key = strings + sr[i].key_off;
		g->key_len = sr[i].key_len;
		g->country = sr[i].country;
	}
	/* Looked up by a city's qualifier, "Portland (US, Oregon)". */
	registry_rehash_regions(reg);
	reg->has_regions = h->has_regions != 0;
	reg->has_ended = h->has_ended != 0;

	/* Arrays without pointers are used where they lie in the snapshot. */
	reg->links = (struct link *)p;
	reg->nlinks = reg->links_cap = h->nlinks;
	p += s->links;
	reg->stmts = (struct statement *)p;
	reg->nstmts = reg->stmts_cap = h->nstmts;
	p += s->stmts;
	for (i = 0; i < h->nlinks; i++)
		if (reg->links[i].city >= h->ncities ||
		    reg->links[i].partner >= h->ncities ||
		    reg->links[i].status >= STATUS_COUNT ||
		    reg->links[i].kind >= KIND_COUNT ||
		    /* each has a statement: its own up to the next's */
		    reg->links[i].stmt >= (i + 1 < h->nlinks ?
		    reg->links[i + 1].stmt : h->nstmts) ||
		    (i == 0 && reg->links[i].stmt != 0))
			return false;
	/* valid_text() takes a text that starts to end: the section must. */
	if (h->texts_len > 0 && texts[h->texts_len - 1] != '\0')
		return false;
	for (i = 0; i < h->nstmts; i++)
		if (reg->stmts[i].status >= STATUS_COUNT ||
		    reg->stmts[i].kind >= KIND_COUNT ||
		    reg->stmts[i].file >= h->nfiles ||
		    !valid_text(texts, h->texts_len, reg->stmts[i].source) ||
		    !valid_text(texts, h->texts_len, reg->stmts[i].note))
			return false;

	if (h->has_places) {
		reg->places = (struct place *)p;
		for (i = 0; i < h->ncities; i++) {
			const struct place *pl = &reg->places[i];

			if (isnan(pl->lat) && isnan(pl->lon))
				continue;
			if (!(fabs(pl->lat) <= 90) || !(fabs(pl->lon) <= 180) ||
			    pl->file >= h->nfiles ||
			    !valid_text(texts, h->texts_len, pl->source))
				return false;
		}
	}
	p += s->places;

	sa = (const struct snap_alias *)p;
	p += s->aliases;
	reg->aliases = xcalloc(h->naliases, sizeof(*reg->aliases));
	reg->naliases = reg->aliases_cap = h->naliases;
	for (i = 0; i < h->naliases; i++) {
		struct alias *a = &reg->aliases[i];

		if (!valid_cstring(sl, sa[i].name_off) ||
		    !valid_cstring(sl, sa[i].city_name_off) ||
		    !valid_string(strings, sl, sa[i].key_off, sa[i].key_len) ||
		    (sa[i].city != CITY_NONE && sa[i].city >= h->ncities) ||
		    (sa[i].next != STRMAP_NONE && sa[i].next >= i) ||
		    sa[i].file >= h->nfiles)
			return false;
		a->name = strings + sa[i].name_off;
		a->city_name = strings + sa[i].city_name_off;
		a->key = strings + sa[i].key_off;
		a->key_len = sa[i].key_len;
		a->line = sa[i].line;
		a->city = sa[i].city;
		a->next = sa[i].next;
		a->file = sa[i].file;
		a->country = sa[i].country;
		a->region = sa[i].region;
		if (a->region != REGION_NONE && a->region >= h->nregions)
			return false;
	}

	reg->adj_start = (uint32_t *)p;
	p += s->adj_start;
	if (reg->adj_start[0] != 0 || reg->adj_start[h->ncities] != h->nadj)
		return false;
	for (i = 0; i < h->ncities; i++)
		if (reg->adj_start[i] > reg->adj_start[i + 1])
			return false;
	reg->adj = (link_id *)p;
	p += s->adj;
	for (i = 0; i < h->nadj; i++)
		if (reg->adj[i] >= h->nlinks)
			return false;

	key_slots = (struct snap_slot *)p;
	alias_slots = (struct snap_slot *)(p + s->key_slots);
	reg->texts = (char *)p + s->key_slots + s->alias_slots;
	reg->texts_len = reg->texts_cap = h->texts_len;
	if (!fill_table(&reg->by_key, key_slots, h->key_cap, h->key_count,
	    h->ncities) ||
	    !fill_table(&reg->alias_by_key, alias_slots, h->alias_cap,
	    h->alias_count, h->naliases))
		return false;
	reg->settled = reg->indexed = true;
	return true;
}

/* Check the mapped snapshot buf and make reg of it, or unmap it. */
static bool
read_mapped(struct registry *reg, const struct file_identity *ids,
    size_t nids, char *buf, size_t len)
{
	struct snap_header h;
	struct sections s;
	char *body, *strings;

	memcpy(&h, buf, sizeof(h));
	body = buf + sizeof(h);
	if (memcmp(h.magic, SNAPSHOT_MAGIC, 8) != 0 ||
	    h.version != SNAPSHOT_VERSION || h.layout != layout() ||
	    h.total_len != len || h.nids != nids || !section_sizes(&h, &s) ||
	    body_size(&s) != len - sizeof(h) || s.strings == 0 ||
	    memcmp(body, ids, nids * sizeof(*ids)) != 0 ||
	    checksum(body, len - sizeof(h)) != h.checksum)
		goto fail;
	strings = buf + len - s.paths - s.strings;
	if (strings[s.strings - 1] != '\0')
		goto fail;
	/* From here the registry borrows from buf: registry_free frees it. */
	reg->snapshot = buf;
	reg->snapshot_len = len;
	if (!fill_registry(reg, &h, &s, body + s.ids, strings)) {
		registry_free(reg);
		return false;
	}
	return true;
fail:
	munmap(buf, len);
	return false;
}

bool
snapshot_read(struct registry *reg, const struct file_identity *ids,
    size_t nids, const char *path, uid_t owner)
{
	char *buf;
	size_t len;

	if (!map_file(path, owner, &buf, &len))
		return false;
	return read_mapped(reg, ids, nids, buf, len);
}

bool
snapshot_read_memory(struct registry *reg, const struct file_identity *ids,
    size_t nids, const void *data, size_t len)
{
	void *p;

	if (len < sizeof(struct snap_header))
		return false;
	p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	    -1, 0);
	if (p == MAP_FAILED)
		return false;
	memcpy(p, data, len);
	return read_mapped(reg, ids, nids, p, len);
}

void
snapshot_seal(void *data, size_t len)
{
	struct snap_header h;

	if (len < sizeof(h))
		return;
	memcpy(&h, data, sizeof(h));
	h.checksum = checksum((char *)data + sizeof(h), len - sizeof(h));
	memcpy(data, &h, sizeof(h));
}

char *
snapshot_sources(const char *path, size_t *len)
{
	struct snap_header h;
	char *paths;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return NULL;
	if (pread(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h) ||
	    memcmp(h.magic, SNAPSHOT_MAGIC, 8) != 0 ||
	    h.version != SNAPSHOT_VERSION || h.paths_len > h.total_len ||
	    h.paths_len > 65536 * 4096) {
		close(fd);
		return NULL;
	}
	paths = xmalloc(h.paths_len + 1);
	if (pread(fd, paths, h.paths_len, (off_t)(h.total_len - h.paths_len)) !=
	    (ssize_t)h.paths_len) {
		free(paths);
		close(fd);
		return NULL;
	}
	paths[h.paths_len] = '\0';
	*len = h.paths_len;
	close(fd);
	return paths;
}
