/*
 * check.c: the warnings of twin check.  Every pass is linear in the size
 * of the registry: duplicates are found by walking each city's slice of
 * the link index with a per-city stamp, never by comparing all pairs.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "place.h"
#include "fold.h"
#include "xalloc.h"

struct checker {
	const struct registry		*reg;
	const struct check_options	*opt;
	size_t				 warnings;
};

static void
warn(struct checker *ck, uint16_t file, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
say(struct checker *ck, enum severity sev, uint16_t file, uint32_t line,
    const char *fmt, va_list ap)
{
	char msg[1400];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	ck->warnings++;
	if (ck->opt->report != NULL)
		ck->opt->report(ck->opt->ctx, ck->reg->files[file], line, sev, msg);
}

static void
warn(struct checker *ck, uint16_t file, uint32_t line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(ck, SEVERITY_WARNING, file, line, fmt, ap);
	va_end(ap);
}

/* A row that loads but cannot be true: an error of twin check's own. */
static void
fail(struct checker *ck, uint16_t file, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
fail(struct checker *ck, uint16_t file, uint32_t line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(ck, SEVERITY_ERROR, file, line, fmt, ap);
	va_end(ap);
}

/*
 * "line 12" when the other row is in the same file, else "FILE:12", in
 * buf.
 */
static const char *
where(const struct checker *ck, uint16_t here, uint16_t file, uint32_t line,
    char *buf, size_t cap)
{
	if (file == here)
		snprintf(buf, cap, "line %lu", (unsigned long)line);
	else
		snprintf(buf, cap, "%s:%lu", ck->reg->files[file],
		    (unsigned long)line);
	return buf;
}

static const char *
name_of(const struct registry *r, city_id c)
{
	return city_name(r, &r->cities[c]);
}

static const char *
city_country(const struct registry *r, city_id c)
{
	return country_code(r->cities[c].country);
}

/*
 * Years that cannot be: in the future, an end before the start, an end
 * of a link said to be active.  Implausibly early years are a warning.
 */
static void
check_years(struct checker *ck, const struct statement *st)
{
	if (st->year > ck->opt->this_year)
		fail(ck, st->file, st->line, "year %u is in the future: expected "
		    "the year the link was made, or nothing when unknown",
		    (unsigned)st->year);
	else if (st->year != 0 && st->year < CHECK_FIRST_YEAR)
		warn(ck, st->file, st->line, "year %u is before %d: expected "
		    "the year the link was made, or nothing when unknown",
		    (unsigned)st->year, CHECK_FIRST_YEAR);
	if (st->ended == 0)
		return;
	if (st->ended > ck->opt->this_year)
		fail(ck, st->file, st->line, "ended year %u is in the future: "
		    "expected the year the link ended or was suspended",
		    (unsigned)st->ended);
	if (st->year != 0 && st->ended < st->year)
		fail(ck, st->file, st->line, "ended year %u is before the year "
		    "%u the link was made: expected an end at or after its start",
		    (unsigned)st->ended, (unsigned)st->year);
	if (st->status == STATUS_ACTIVE)
		fail(ck, st->file, st->line, "ended year %u with status active: "
		    "expected status suspended or ended, or no ended year",
		    (unsigned)st->ended);
}

/*
 * Say how statement st of link l differs from its first statement.  The
 * same link stated from the other end, or in another file, is how
 * registries are kept (each city lists its partners) and is no problem
 * when the facts agree; the same row twice in one file is a slip.
 */
static void
check_restated(struct checker *ck, const struct link *l,
    const struct statement *first, const struct statement *st)
{
	const struct registry *r = ck->reg;
	char other[600], diff[200];
	size_t o = 0;
	city_id a = st->reversed ? l->partner : l->city;
	city_id b = st->reversed ? l->city : l->partner;

	where(ck, st->file, first->file, first->line, other, sizeof(other));
	diff[0] = '\0';
	if (first->year != 0 && st->year != 0 && first->year != st->year)
		o += (size_t)snprintf(diff + o, sizeof(diff) - o,
		    "year %u here, %u there", (unsigned)st->year,
		    (unsigned)first->year);
	if (first->status != st->status)
		o += (size_t)snprintf(diff + o, sizeof(diff) - o,
		    "%sstatus %s here, %s there", o ? "; " : "",
		    status_names[st->status], status_names[first->status]);
	if (first->kind != st->kind)
		o += (size_t)snprintf(diff + o, sizeof(diff) - o,
		    "%skind %s here, %s there", o ? "; " : "",
		    kind_names[st->kind], kind_names[first->kind]);
	if (o > 0)
		warn(ck, st->file, st->line, "conflicts with %s on %s (%s) - %s "
		    "(%s): %s", other, name_of(r, a), city_country(r, a),
		    name_of(r, b), city_country(r, b), diff);
	else if (st->file == first->file && st->reversed == first->reversed &&
	    l->city != l->partner)
		warn(ck, st->file, st->line, "duplicate of %s: %s (%s) - %s (%s)",
		    other, name_of(r, a), city_country(r, a), name_of(r, b),
		    city_country(r, b));
}

/* Links from a city to itself, links stated twice, implausible years. */
static void
check_links(struct checker *ck)
{
	const struct registry *r = ck->reg;
	const struct statement *st;
	const struct link *l;
	size_t i;
	uint32_t k;

	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		st = link_statements(r, l);
		for (k = 0; k < link_nstmts(r, l); k++) {
			if (l->city == l->partner)
				warn(ck, st[k].file, st[k].line, "link from %s (%s) "
				    "to itself", name_of(r, l->city),
				    city_country(r, l->city));
			check_years(ck, &st[k]);
			if (k > 0)
				check_restated(ck, l, &st[0], &st[k]);
		}
	}
}

/*
 * A city written without a region while the registry has its name and
 * country in several regions: which one did the row mean?  Each row that
 * names it is reported, with the candidates.
 */
static void
check_unsettled(struct checker *ck)
{
	const struct registry *r = ck->reg;
	const struct statement *st;
	const struct link *l;
	const struct city *c, *h;
	const link_id *ids;
	char list[1000], at[600];
	size_t i, j, n, o, len, nh, homonyms_cap = 0;
	uint32_t k;
	city_id id, *homonyms = NULL;
	const char *region;

	for (i = 0; i < r->nunsettled; i++) {
		c = &r->cities[r->unsettled[i]];
		o = 0;
		list[0] = '\0';
		/* The homonym chain runs newest first: list in file order. */
		nh = 0;
		for (id = registry_first_with_key(r, city_key(r, c), c->key_len);
		    id != CITY_NONE; id = r->cities[id].next_homonym)
			if (r->cities[id].country == c->country &&
			    r->cities[id].region != REGION_NONE) {
				grow_array((void **)&homonyms, &homonyms_cap, nh + 1,
				    sizeof(*homonyms));
				homonyms[nh++] = id;
			}
		for (j = nh; j-- > 0;) {
			h = &r->cities[homonyms[j]];
			region = region_name(r, h->region, &len);
			if (o + len + 100 < sizeof(list))
				o += (size_t)snprintf(list + o, sizeof(list) - o,
				    "%s%s (%s, %.*s; %s)", o ? ", " : "", city_name(r, h),
				    country_code(h->country), (int)len, region,
				    where(ck, c->file, h->file, h->line, at,
				    sizeof(at)));
		}
		ids = city_links(r, r->unsettled[i], &n);
		for (j = 0; j < n; j++) {
			l = &r->links[ids[j]];
			st = link_statements(r, l);
			for (k = 0; k < link_nstmts(r, l); k++)
				warn(ck, st[k].file, st[k].line, "%s (%s) has no "
				    "region, and the registry has that name in "
				    "several regions: %s; expected a region",
				    city_name(r, c), country_code(c->country), list);
		}
	}
	free(homonyms);
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Leading or trailing spaces in a name; what names the name in front. */
static void
check_spaces(struct checker *ck, uint16_t file, uint32_t line,
    const char *what, const char *name, size_t len)
{
	bool lead, trail;

	if (len == 0)
		return;
	lead = is_space(name[0]);
	trail = is_space(name[len - 1]);
	if (!lead && !trail)
		return;
	warn(ck, file, line, "%s '%.*s' has %s: expected the name alone", what,
	    (int)len, name, lead && trail ? "leading and trailing spaces" :
	    lead ? "a leading space" : "a trailing space");
}

/*
 * Invisible format characters in a name (bidirectional overrides and
 * isolates, zero-width characters): a terminal shows the name reordered
 * or as another, so what is read differs from what is there.  The name is
 * quoted with them escaped, so that the message itself shows it plainly.
 */
static void
check_hidden(struct checker *ck, uint16_t file, uint32_t line,
    const char *what, const char *name, size_t len)
{
	char shown[700];
	size_t at = 0, from = 0, n, o = 0;
	int32_t cp, first = -1;

	while ((cp = utf8_next_hidden(name, len, &at, &n)) >= 0 &&
	    o + 32 < sizeof(shown)) {
		if (first < 0)
			first = cp;
		if (at - from > sizeof(shown) - o - 32)
			break;
		memcpy(shown + o, name + from, at - from);
		o += at - from;
		o += (size_t)snprintf(shown + o, sizeof(shown) - o, "\\u{%x}",
		    (unsigned)cp);
		at += n;
		from = at;
	}
	if (first < 0)
		return;
	if (len - from < sizeof(shown) - o - 1) {
		memcpy(shown + o, name + from, len - from);
		o += len - from;
	}
	shown[o] = '\0';
	warn(ck, file, line, "%s '%s' holds the invisible character U+%04X, "
	    "which can change how the text around it is shown: expected a "
	    "name of visible characters", what, shown, (unsigned)first);
}

/* s and t are the same once spaces around them are removed. */
static bool
same_trimmed(const char *s, size_t slen, const char *t, size_t tlen)
{
	while (slen > 0 && is_space(*s))
		s++, slen--;
	while (slen > 0 && is_space(s[slen - 1]))
		slen--;
	while (tlen > 0 && is_space(*t))
		t++, tlen--;
	while (tlen > 0 && is_space(t[tlen - 1]))
		tlen--;
	return slen == tlen && memcmp(s, t, slen) == 0;
}

/* One city written two ways ("Göteborg", "GÖTEBORG"), and stray spaces. */
static void
check_spellings(struct checker *ck)
{
	const struct registry *r = ck->reg;
	const struct variant *v;
	const struct city *c;
	char other[600];
	size_t i;

	for (i = 0; i < r->ncities; i++) {
		c = &r->cities[i];
		if (c->line == 0)
			continue;
		check_spaces(ck, c->file, c->line, "name", city_name(r, c), c->name_len);
		check_hidden(ck, c->file, c->line, "name", city_name(r, c), c->name_len);
	}
	for (i = 0; i < r->nvariants; i++) {
		v = &r->variants[i];
		c = &r->cities[v->city];
		check_spaces(ck, v->file, v->line, "name", v->name, v->name_len);
		check_hidden(ck, v->file, v->line, "name", v->name, v->name_len);
		if (c->line == 0 || same_trimmed(v->name, v->name_len, city_name(r, c),
		    c->name_len))
			continue;
		warn(ck, v->file, v->line, "'%.*s' and '%.*s' (%s) are one city "
		    "in %s, spelled two ways", (int)v->name_len, v->name,
		    (int)c->name_len, city_name(r, c),
		    where(ck, v->file, c->file, c->line, other, sizeof(other)),
		    country_code(c->country));
	}
}

/*
 * Aliases that name no registry city, and registry cities that an alias
 * says are another city (the registry spells one city two ways).
 */
static void
check_aliases(struct checker *ck)
{
	const struct registry *r = ck->reg;
	const struct alias *a;
	const struct city *c, *target;
	char other[600], via[600];
	city_id same;
	size_t i;

	for (i = 0; i < r->naliases; i++) {
		a = &r->aliases[i];
		check_spaces(ck, a->file, a->line, "alias", a->name,
		    strlen(a->name));
		check_spaces(ck, a->file, a->line, "city", a->city_name,
		    strlen(a->city_name));
		check_hidden(ck, a->file, a->line, "alias", a->name,
		    strlen(a->name));
		if (a->city == CITY_NONE) {
			warn(ck, a->file, a->line, "alias '%s' names %s (%s), "
			    "which is not in the registry", a->name,
			    a->city_name, country_code(a->country));
			continue;
		}
		same = registry_find(r, a->key, a->key_len, a->country,
		    REGION_NONE);
		if (same == CITY_NONE || same == a->city)
			continue;
		c = &r->cities[same];
		target = &r->cities[a->city];
		if (c->line == 0)
			continue;
		warn(ck, c->file, c->line, "'%s' and '%s' (%s) are one city in "
		    "%s: %s makes '%s' another name of '%s'", city_name(r, c),
		    city_name(r, target),
		    where(ck, c->file, target->file, target->line, other,
		    sizeof(other)), country_code(c->country),
		    where(ck, c->file, a->file, a->line, via, sizeof(via)),
		    a->name, city_name(r, target));
	}
}

/* Places rows that name no city of the registry: a typo, or a city gone. */
static void
check_places(struct checker *ck)
{
	const struct registry *r = ck->reg;
	const struct place_row *p;
	size_t i;

	for (i = 0; i < r->nplace_rows; i++) {
		p = &r->place_rows[i];
		if (p->city == CITY_NONE)
			warn(ck, p->file, p->line, "place '%s' (%s) names no city "
			    "of the registry", p->name, country_code(p->country));
	}
}

size_t
check_registry(const struct registry *r, const struct check_options *opt)
{
	struct checker ck = { r, opt, 0 };

	check_links(&ck);
	check_unsettled(&ck);
	check_spellings(&ck);
	check_aliases(&ck);
	check_places(&ck);
	return ck.warnings;
}
