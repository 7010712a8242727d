/*
 * gazetteer.c: reading a GeoNames dump as a stream and settling one place
 * per registry city.  Every line is checked (19 fields, id, coordinates,
 * population), but only rows of the registry's countries have their names
 * folded, and only rows whose names fold to a registry city's are kept, so
 * allCountries.txt (1.5 GB) is read in the memory of a few candidates.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "gazetteer.h"
#include "region.h"
#include "xalloc.h"

#define GAZ_FIELDS	19
#define ADMIN1_FIELDS	4

enum {
	F_ID = 0, F_NAME = 1, F_ASCII = 2, F_ALTERNATE = 3, F_LAT = 4,
	F_LON = 5, F_CLASS = 6, F_CODE = 7, F_COUNTRY = 8, F_ADMIN1 = 10,
	F_POPULATION = 14
};

void
gazetteer_init(struct gazetteer *g)
{
	memset(g, 0, sizeof(*g));
}

void
gazetteer_free(struct gazetteer *g)
{
	size_t i;

	for (i = 0; i < g->nadmin1; i++) {
		free(g->admin1[i].name);
		free(g->admin1[i].ascii);
	}
	free(g->admin1);
	free(g->cands);
	gazetteer_init(g);
}

static bool
fail(struct gazetteer *g, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool
fail(struct gazetteer *g, size_t line, const char *fmt, ...)
{
	va_list ap;

	g->err_line = line;
	va_start(ap, fmt);
	vsnprintf(g->err, sizeof(g->err), fmt, ap);
	va_end(ap);
	return false;
}

/* Split line at tabs into at most max fields, NUL-terminating each. */
static size_t
split_tabs(char *line, char **field, size_t max)
{
	size_t n = 0;
	char *p = line, *tab;

	for (;;) {
		tab = strchr(p, '\t');
		if (n < max)
			field[n] = p;
		n++;
		if (tab == NULL)
			return n;
		*tab = '\0';
		p = tab + 1;
	}
}

/* Read a line into *buf without its line end; false at the end of file. */
static bool
read_line(FILE *f, char **buf, size_t *cap, size_t *len)
{
	ssize_t n = getline(buf, cap, f);

	if (n < 0)
		return false;
	while (n > 0 && ((*buf)[n - 1] == '\n' || (*buf)[n - 1] == '\r'))
		(*buf)[--n] = '\0';
	*len = (size_t)n;
	return true;
}

/* A field shown in a message: at most 40 bytes of it. */
#define SHOWN(s) (int)(strlen(s) > 40 ? 40 : strlen(s)), (s)

static bool
parse_whole(const char *s, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;

	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return false;
		if (v > (max - (uint64_t)(*s - '0')) / 10)
			return false;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = v;
	return true;
}

/* Decimal degrees: digits, sign, point and exponent only (no hex, inf). */
static bool
parse_degrees(const char *s, double limit, double *out)
{
	char *end;
	double v;

	if (*s == '\0' || strspn(s, "0123456789.+-eE") != strlen(s))
		return false;
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || errno != 0 || !isfinite(v) || v < -limit ||
	    v > limit)
		return false;
	*out = v;
	return true;
}

/* How high a seat a feature code names: PPLC, PPLA, PPLA2 ... PPLA4. */
static uint8_t
seat_rank(const char *code)
{
	if (strcmp(code, "PPLC") == 0)
		return 0;
	if (strncmp(code, "PPLA", 4) != 0)
		return 9;
	if (code[4] == '\0')
		return 1;
	if (code[4] >= '2' && code[4] <= '5' && code[5] == '\0')
		return (uint8_t)(code[4] - '0');
	return 9;
}

/*
 * The names a GeoNames row is matched by: the registry's (folded name,
 * country) pairs and its aliases', each leading to the cities it names.
 * A registry name with a qualifier, "Penzing (Vienna)", is matched by the
 * name before it too (VIA_BARE), and then by the qualifier (VIA_PARENT):
 * a district placed at its city.
 */
struct target {
	city_id		 city;
	uint32_t	 next;		/* next target of the key, or UINT32_MAX */
	uint8_t		 via;
};

struct name_index {
	struct strmap	 map;		/* key + country -> keys[] */
	struct {
		uint32_t	 text;	/* offset in texts */
		uint32_t	 len;
		country_t	 country;
		uint32_t	 first;	/* its first target */
	}		*keys;
	size_t		 nkeys, keys_cap;
	char		*texts;
	size_t		 texts_len, texts_cap;
	struct target	*targets;
	size_t		 ntargets, targets_cap;
};

static bool
key_match(const void *ctx, uint32_t value, const char *key, size_t len,
    uint16_t country)
{
	const struct name_index *ix = ctx;

	return ix->keys[value].country == country && ix->keys[value].len ==
	    len && memcmp(ix->texts + ix->keys[value].text, key, len) == 0;
}

static void
index_add(struct name_index *ix, const char *key, size_t len,
    country_t country, city_id city, uint8_t via)
{
	uint32_t hash = strmap_hash(key, len, country), *v, t;

	v = strmap_find(&ix->map, key, len, country, hash, key_match, ix);
	if (v == NULL) {
		grow_array((void **)&ix->keys, &ix->keys_cap, ix->nkeys + 1,
		    sizeof(*ix->keys));
		grow_array((void **)&ix->texts, &ix->texts_cap,
		    ix->texts_len + len, 1);
		memcpy(ix->texts + ix->texts_len, key, len);
		ix->keys[ix->nkeys].text = (uint32_t)ix->texts_len;
		ix->keys[ix->nkeys].len = (uint32_t)len;
		ix->keys[ix->nkeys].country = country;
		ix->keys[ix->nkeys].first = UINT32_MAX;
		ix->texts_len += len;
		strmap_put(&ix->map, hash, (uint32_t)ix->nkeys);
		v = &ix->keys[ix->nkeys++].first;
	} else
		v = &ix->keys[*v].first;
	for (t = *v; t != UINT32_MAX; t = ix->targets[t].next)
		if (ix->targets[t].city == city) {
			if (via < ix->targets[t].via)
				ix->targets[t].via = via;
			return;
		}
	grow_array((void **)&ix->targets, &ix->targets_cap, ix->ntargets + 1,
	    sizeof(*ix->targets));
	ix->targets[ix->ntargets].city = city;
	ix->targets[ix->ntargets].via = via;
	ix->targets[ix->ntargets].next = *v;
	*v = (uint32_t)ix->ntargets++;
}

static void
index_add_name(struct name_index *ix, struct fold_buf *fb, const char *s,
    size_t len, country_t country, city_id city, uint8_t via)
{
	if (fold_into(fb, s, len) && fb->len > 0)
		index_add(ix, fb->key, fb->len, country, city, via);
}

static void
index_build(struct name_index *ix, const struct registry *reg)
{
	struct fold_buf fb = { NULL, 0, 0 };
	const struct city *c;
	const char *open, *name;
	size_t i, len;

	memset(ix, 0, sizeof(*ix));
	strmap_init(&ix->map);
	for (i = 0; i < reg->ncities; i++) {
		c = &reg->cities[i];
		index_add(ix, city_key(reg, c), c->key_len, c->country, (city_id)i,
		    VIA_NAME);
	}
	for (i = 0; i < reg->naliases; i++)
		if (reg->aliases[i].city != CITY_NONE)
			index_add(ix, reg->aliases[i].key,
			    reg->aliases[i].key_len, reg->aliases[i].country,
			    reg->aliases[i].city, VIA_NAME);
	/* "Name (Qualifier)": the name, then the qualifier. */
	for (i = 0; i < reg->ncities; i++) {
		c = &reg->cities[i];
		name = city_name(reg, c);
		len = c->name_len;
		if (len < 4 || name[len - 1] != ')')
			continue;
		open = memchr(name, '(', len);
		if (open == NULL || open == name || open[-1] != ' ' ||
		    memchr(open + 1, '(', (size_t)(name + len - open - 1)) !=
		    NULL)
			continue;
		index_add_name(ix, &fb, name, (size_t)(open - name),
		    c->country, (city_id)i, VIA_BARE);
		if (memchr(open, ',', (size_t)(name + len - open)) == NULL)
			index_add_name(ix, &fb, open + 1,
			    (size_t)(name + len - 1 - open - 1), c->country,
			    (city_id)i, VIA_PARENT);
	}
	fold_buf_free(&fb);
}

static void
index_free(struct name_index *ix)
{
	strmap_free(&ix->map);
	free(ix->keys);
	free(ix->texts);
	free(ix->targets);
}

/* The candidates made of the row being read, by city. */
struct row_cities {
	size_t	*cand;		/* indexes into gazetteer.cands */
	size_t	 n, cap;
};

static void
add_candidate(struct gazetteer *g, struct row_cities *seen,
    const struct target *t, const struct gaz_candidate *row)
{
	size_t i;

	for (i = 0; i < seen->n; i++)
		if (g->cands[seen->cand[i]].city == t->city) {
			if (t->via < g->cands[seen->cand[i]].via)
				g->cands[seen->cand[i]].via = t->via;
			return;
		}
	grow_array((void **)&seen->cand, &seen->cap, seen->n + 1,
	    sizeof(*seen->cand));
	grow_array((void **)&g->cands, &g->cands_cap, g->ncands + 1,
	    sizeof(*g->cands));
	seen->cand[seen->n++] = g->ncands;
	g->cands[g->ncands] = *row;
	g->cands[g->ncands].city = t->city;
	g->cands[g->ncands++].via = t->via;
}

/* Fold name[0..len) and match it; false when it is not UTF-8. */
static bool
match_name(struct gazetteer *g, const struct name_index *ix,
    struct row_cities *seen, struct fold_buf *fb, const char *name,
    size_t len, const struct gaz_candidate *row, country_t country)
{
	uint32_t *v, t;

	if (len == 0)
		return true;
	if (!fold_into(fb, name, len))
		return false;
	if (fb->len == 0)
		return true;
	v = strmap_find(&ix->map, fb->key, fb->len, country,
	    strmap_hash(fb->key, fb->len, country), key_match, ix);
	if (v == NULL)
		return true;
	for (t = ix->keys[*v].first; t != UINT32_MAX; t = ix->targets[t].next)
		add_candidate(g, seen, &ix->targets[t], row);
	return true;
}

/* Check one line of the dump, and keep it if it names a registry city. */
static bool
read_row(struct gazetteer *g, const struct name_index *ix, const bool *wanted,
    char *line, size_t lineno, struct fold_buf *fb, struct row_cities *seen)
{
	char *field[GAZ_FIELDS], *p, *comma;
	struct gaz_candidate row;
	country_t country;
	uint64_t v;
	size_t n;

	n = split_tabs(line, field, GAZ_FIELDS);
	if (n != GAZ_FIELDS)
		return fail(g, lineno, "expected %d tab-separated fields (the "
		    "GeoNames format), got %zu", GAZ_FIELDS, n);
	memset(&row, 0, sizeof(row));
	if (!parse_whole(field[F_ID], UINT32_MAX, &v) || v == 0)
		return fail(g, lineno, "bad geonameid '%.*s': expected a "
		    "positive whole number", SHOWN(field[F_ID]));
	row.geonameid = (uint32_t)v;
	if (!parse_degrees(field[F_LAT], 90, &row.lat))
		return fail(g, lineno, "bad latitude '%.*s': expected decimal "
		    "degrees from -90 to 90", SHOWN(field[F_LAT]));
	if (!parse_degrees(field[F_LON], 180, &row.lon))
		return fail(g, lineno, "bad longitude '%.*s': expected decimal "
		    "degrees from -180 to 180", SHOWN(field[F_LON]));
	if (field[F_POPULATION][0] != '\0' &&
	    !parse_whole(field[F_POPULATION], UINT64_MAX / 4, &row.population))
		return fail(g, lineno, "bad population '%.*s': expected a whole "
		    "number", SHOWN(field[F_POPULATION]));
	if (strlen(field[F_COUNTRY]) != 2)
		return true;
	country = country_parse(field[F_COUNTRY], 2);
	if (country == COUNTRY_NONE || !wanted[country])
		return true;
	row.fclass = field[F_CLASS][0];
	row.seat = seat_rank(field[F_CODE]);
	snprintf(row.admin1, sizeof(row.admin1), "%s", field[F_ADMIN1]);
	seen->n = 0;
	if (!match_name(g, ix, seen, fb, field[F_NAME],
	    strlen(field[F_NAME]), &row, country))
		return fail(g, lineno, "the name is not valid UTF-8");
	if (strcmp(field[F_ASCII], field[F_NAME]) != 0 &&
	    !match_name(g, ix, seen, fb, field[F_ASCII],
	    strlen(field[F_ASCII]), &row, country))
		return fail(g, lineno, "the ASCII name is not valid UTF-8");
	for (p = field[F_ALTERNATE]; *p != '\0'; p = comma + 1) {
		comma = strchr(p, ',');
		if (comma == NULL)
			comma = p + strlen(p);
		if (!match_name(g, ix, seen, fb, p, (size_t)(comma - p), &row,
		    country))
			return fail(g, lineno, "an alternate name is not valid "
			    "UTF-8");
		if (*comma == '\0')
			break;
	}
	return true;
}

bool
gazetteer_read(struct gazetteer *g, const struct registry *reg, FILE *f)
{
	struct fold_buf fb = { NULL, 0, 0 };
	struct row_cities seen = { NULL, 0, 0 };
	struct name_index ix;
	bool *wanted, ok = true;
	char *line = NULL;
	size_t cap = 0, len, lineno = 0, i;

	/* The countries of the registry's cities: other rows are skipped. */
	wanted = xcalloc(NCOUNTRIES, sizeof(*wanted));
	for (i = 0; i < reg->ncities; i++)
		if (reg->cities[i].country < NCOUNTRIES)
			wanted[reg->cities[i].country] = true;
	index_build(&ix, reg);
	while (ok && read_line(f, &line, &cap, &len)) {
		lineno++;
		if (len == 0)
			continue;
		if (memchr(line, '\0', len) != NULL)
			ok = fail(g, lineno, "a NUL byte: expected text");
		else
			ok = read_row(g, &ix, wanted, line, lineno, &fb, &seen);
	}
	g->rows = lineno;
	free(line);
	free(seen.cand);
	free(wanted);
	index_free(&ix);
	fold_buf_free(&fb);
	return ok;
}

static int
compare_admin1(const void *pa, const void *pb)
{
	const struct gaz_admin1 *a = pa, *b = pb;

	if (a->country != b->country)
		return a->country < b->country ? -1 : 1;
	return strcmp(a->code, b->code);
}

bool
gazetteer_read_admin1(struct gazetteer *g, FILE *f)
{
	char *line = NULL, *field[ADMIN1_FIELDS], *dot;
	struct gaz_admin1 *a;
	size_t cap = 0, len, lineno = 0, n;
	country_t country;
	bool ok = true;

	while (ok && read_line(f, &line, &cap, &len)) {
		lineno++;
		if (len == 0)
			continue;
		if (memchr(line, '\0', len) != NULL) {
			ok = fail(g, lineno, "a NUL byte: expected text");
			break;
		}
		n = split_tabs(line, field, ADMIN1_FIELDS);
		if (n != ADMIN1_FIELDS) {
			ok = fail(g, lineno, "expected %d tab-separated fields "
			    "(code, name, ASCII name, geonameid), got %zu",
			    ADMIN1_FIELDS, n);
			break;
		}
		dot = strchr(field[0], '.');
		if (dot == NULL || dot - field[0] != 2 || dot[1] == '\0' ||
		    strlen(dot + 1) > GAZ_ADMIN1_MAX) {
			ok = fail(g, lineno, "bad code '%.*s': expected a country "
			    "code, a period and an admin1 code, such as FI.02",
			    SHOWN(field[0]));
			break;
		}
		if (!utf8_valid(field[1], strlen(field[1])) ||
		    !utf8_valid(field[2], strlen(field[2]))) {
			ok = fail(g, lineno, "the name is not valid UTF-8");
			break;
		}
		country = country_parse(field[0], 2);
		if (country == COUNTRY_NONE)
			continue;
		grow_array((void **)&g->admin1, &g->admin1_cap, g->nadmin1 + 1,
		    sizeof(*g->admin1));
		a = &g->admin1[g->nadmin1++];
		a->country = country;
		snprintf(a->code, sizeof(a->code), "%s", dot + 1);
		a->name = xstrdup(field[1]);
		a->ascii = xstrdup(field[2]);
	}
	free(line);
	if (g->nadmin1 > 0)
		qsort(g->admin1, g->nadmin1, sizeof(*g->admin1),
		    compare_admin1);
	return ok;
}

/* Candidates of one city together, the best first. */
static int
compare_candidates(const void *pa, const void *pb)
{
	const struct gaz_candidate *a = pa, *b = pb;

	if (a->city != b->city)
		return a->city < b->city ? -1 : 1;
	if (a->via != b->via)
		return a->via < b->via ? -1 : 1;
	if ((a->fclass == 'P') != (b->fclass == 'P'))
		return a->fclass == 'P' ? -1 : 1;
	if (a->population != b->population)
		return a->population > b->population ? -1 : 1;
	if (a->seat != b->seat)
		return a->seat < b->seat ? -1 : 1;
	if (a->geonameid != b->geonameid)
		return a->geonameid < b->geonameid ? -1 : 1;
	return 0;
}

enum region_match { REGION_NO, REGION_YES, REGION_UNKNOWN };

static bool
all_letters(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
			return false;
	return true;
}

/*
 * Is candidate c in region want of country?  By the admin1 file's names
 * where it has c's code; else by the code itself where it is letters, as
 * GeoNames writes US states (OR: US-OR); numbers (FI 02) mean nothing
 * without the file.
 */
static enum region_match
in_region(const struct gazetteer *g, const struct registry *reg,
    const struct gaz_candidate *c, country_t country, region_id want)
{
	struct gaz_admin1 key, *a;

	if (c->admin1[0] == '\0')
		return REGION_UNKNOWN;
	key.country = country;
	memcpy(key.code, c->admin1, sizeof(key.code));
	a = g->nadmin1 > 0 ? bsearch(&key, g->admin1, g->nadmin1,
	    sizeof(*g->admin1), compare_admin1) : NULL;
	if (a != NULL)
		return registry_find_region(reg, country, a->name,
		    strlen(a->name)) == want || registry_find_region(reg,
		    country, a->ascii, strlen(a->ascii)) == want ?
		    REGION_YES : REGION_NO;
	if (all_letters(c->admin1) &&
	    region_iso_find(country, c->admin1, strlen(c->admin1)) !=
	    ISO_REGION_NONE)
		return registry_find_region(reg, country, c->admin1,
		    strlen(c->admin1)) == want ? REGION_YES : REGION_NO;
	return REGION_UNKNOWN;
}

/* Settle the city of cands[0..n), which are sorted best first. */
static void
settle_city(const struct gazetteer *g, const struct registry *reg,
    struct gaz_candidate *cands, size_t n, struct gaz_result *out)
{
	const struct city *city = &reg->cities[cands[0].city];
	enum region_match *m = NULL, keep = REGION_YES;
	size_t i, k = 0, nyes = 0, nunknown = 0;

	if (city->region != REGION_NONE) {
		m = xreallocarray(NULL, n, sizeof(*m));
		for (i = 0; i < n; i++) {
			m[i] = in_region(g, reg, &cands[i], city->country,
			    city->region);
			nyes += m[i] == REGION_YES;
			nunknown += m[i] == REGION_UNKNOWN;
		}
		/* Those in the region; else those that could be. */
		if (nyes == 0)
			keep = REGION_UNKNOWN;
		out->region_unchecked = nyes == 0 && nunknown > 0;
		/* Move the kept ones to the front, in order. */
		for (i = 0; i < n; i++)
			if (m[i] == keep) {
				struct gaz_candidate t = cands[i];

				memmove(cands + k + 1, cands + k,
				    (i - k) * sizeof(*cands));
				cands[k++] = t;
			}
		free(m);
		out->nother_region = n - k;
		n = k;
	}
	/* Found by its name: the matches by a part of it do not count. */
	for (k = 1; k < n && cands[k].via == cands[0].via; k++)
		;
	if (n > k)
		n = k;
	out->via = n > 0 ? cands[0].via : VIA_NAME;
	out->ncands = n;
	if (n == 0) {
		out->outcome = GAZ_NOT_FOUND;
		return;
	}
	out->best = &cands[0];
	out->outcome = GAZ_FOUND;
	if (n < 2)
		return;
	out->runner_up = &cands[1];
	if (cands[0].fclass == 'P' && cands[1].fclass == 'P' &&
	    cands[1].population * 2 >= cands[0].population)
		out->outcome = GAZ_AMBIGUOUS;
	if (out->region_unchecked && cands[1].fclass == cands[0].fclass)
		out->outcome = GAZ_AMBIGUOUS;
}

void
gazetteer_settle(struct gazetteer *g, const struct registry *reg,
    struct gaz_result *out)
{
	size_t i, j;

	for (i = 0; i < reg->ncities; i++) {
		memset(&out[i], 0, sizeof(out[i]));
		out[i].outcome = GAZ_NOT_FOUND;
	}
	if (g->ncands == 0)
		return;
	qsort(g->cands, g->ncands, sizeof(*g->cands), compare_candidates);
	for (i = 0; i < g->ncands; i = j) {
		for (j = i + 1; j < g->ncands &&
		    g->cands[j].city == g->cands[i].city; j++)
			;
		settle_city(g, reg, g->cands + i, j - i,
		    &out[g->cands[i].city]);
	}
}
