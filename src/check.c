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
warn(struct checker *ck, uint16_t file, uint32_t line, const char *fmt, ...)
{
	char msg[1400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	ck->warnings++;
	if (ck->opt->report != NULL)
		ck->opt->report(ck->opt->ctx, ck->reg->files[file], line,
		    SEVERITY_WARNING, msg);
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
city_name(const struct registry *r, city_id c)
{
	return r->cities[c].name;
}

static const char *
city_country(const struct registry *r, city_id c)
{
	return country_code(r->cities[c].country);
}

static void
check_years(struct checker *ck, const struct link *l)
{
	if (l->year == 0)
		return;
	if (l->year > ck->opt->this_year)
		warn(ck, l->file, l->line, "year %u is in the future: expected "
		    "the year the link was made, or nothing when unknown",
		    (unsigned)l->year);
	else if (l->year < CHECK_FIRST_YEAR)
		warn(ck, l->file, l->line, "year %u is before %d: expected "
		    "the year the link was made, or nothing when unknown",
		    (unsigned)l->year, CHECK_FIRST_YEAR);
}

/* Say how l differs from the earlier row first, which joins the same two cities. */
static void
check_twice(struct checker *ck, const struct link *first, const struct link *l)
{
	const struct registry *r = ck->reg;
	char other[600], diff[200];
	size_t o = 0;
	bool reversed = first->city != l->city;

	where(ck, l->file, first->file, first->line, other, sizeof(other));
	diff[0] = '\0';
	if (first->year != 0 && l->year != 0 && first->year != l->year)
		o += (size_t)snprintf(diff + o, sizeof(diff) - o,
		    "year %u here, %u there", (unsigned)l->year,
		    (unsigned)first->year);
	if (first->status != l->status)
		o += (size_t)snprintf(diff + o, sizeof(diff) - o,
		    "%sstatus %s here, %s there", o ? "; " : "",
		    status_names[l->status], status_names[first->status]);
	if (first->kind != l->kind)
		o += (size_t)snprintf(diff + o, sizeof(diff) - o,
		    "%skind %s here, %s there", o ? "; " : "",
		    kind_names[l->kind], kind_names[first->kind]);
	if (o == 0)
		warn(ck, l->file, l->line, "duplicate of %s: %s (%s) - %s (%s)%s",
		    other, city_name(r, l->city), city_country(r, l->city),
		    city_name(r, l->partner), city_country(r, l->partner),
		    reversed ? ", written the other way round" : "");
	else
		warn(ck, l->file, l->line, "conflicts with %s on %s (%s) - %s "
		    "(%s): %s", other, city_name(r, l->city),
		    city_country(r, l->city), city_name(r, l->partner),
		    city_country(r, l->partner), diff);
}

/* Links from a city to itself, links written twice, implausible years. */
static void
check_links(struct checker *ck)
{
	const struct registry *r = ck->reg;
	const struct link *l;
	const link_id *ids;
	city_id c, o;
	link_id *first;
	city_id *stamp;
	size_t i, n;

	for (i = 0; i < r->nlinks; i++) {
		l = &r->links[i];
		if (l->city == l->partner)
			warn(ck, l->file, l->line, "link from %s (%s) to itself",
			    city_name(r, l->city), city_country(r, l->city));
		check_years(ck, l);
	}
	/*
	 * Walk each city's links in file order; stamp[o] == c + 1 says that
	 * a link from c to o was seen, and first[o] is the earliest.  Each
	 * pair is looked at from its lower city id only.
	 */
	stamp = xcalloc(r->ncities + 1, sizeof(*stamp));
	first = xcalloc(r->ncities + 1, sizeof(*first));
	for (c = 0; c < r->ncities; c++) {
		ids = city_links(r, c, &n);
		for (i = 0; i < n; i++) {
			l = &r->links[ids[i]];
			o = link_other(l, c);
			if (o < c)
				continue;
			if (stamp[o] == c + 1)
				check_twice(ck, &r->links[first[o]], l);
			else {
				stamp[o] = c + 1;
				first[o] = ids[i];
			}
		}
	}
	free(stamp);
	free(first);
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
		if (c->line != 0)
			check_spaces(ck, c->file, c->line, "name", c->name,
			    c->name_len);
	}
	for (i = 0; i < r->nvariants; i++) {
		v = &r->variants[i];
		c = &r->cities[v->city];
		check_spaces(ck, v->file, v->line, "name", v->name, v->name_len);
		if (c->line == 0 || same_trimmed(v->name, v->name_len, c->name,
		    c->name_len))
			continue;
		warn(ck, v->file, v->line, "'%.*s' and '%.*s' (%s) are one city "
		    "in %s, spelled two ways", (int)v->name_len, v->name,
		    (int)c->name_len, c->name,
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
		if (a->city == CITY_NONE) {
			warn(ck, a->file, a->line, "alias '%s' names %s (%s), "
			    "which is not in the registry", a->name,
			    a->city_name, country_code(a->country));
			continue;
		}
		same = registry_find(r, a->key, a->key_len, a->country);
		if (same == CITY_NONE || same == a->city)
			continue;
		c = &r->cities[same];
		target = &r->cities[a->city];
		if (c->line == 0)
			continue;
		warn(ck, c->file, c->line, "'%s' and '%s' (%s) are one city in "
		    "%s: %s makes '%s' another name of '%s'", c->name,
		    target->name,
		    where(ck, c->file, target->file, target->line, other,
		    sizeof(other)), country_code(c->country),
		    where(ck, c->file, a->file, a->line, via, sizeof(via)),
		    a->name, target->name);
	}
}

size_t
check_registry(const struct registry *r, const struct check_options *opt)
{
	struct checker ck = { r, opt, 0 };

	check_links(&ck);
	check_spellings(&ck);
	check_aliases(&ck);
	return ck.warnings;
}
